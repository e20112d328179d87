import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ServiceUnavailableError } from '../../core/errors';
import type { Context } from '../../resolvers/context';
import { toGraphQLError } from '../errorBoundary';

export const READ_ONLY_MESSAGE = 'The store is read-only for maintenance; reads work, changes will be possible again shortly.';

/** While the alias's `readOnly` switch is on, mutations are refused before any resolver runs; reads go on. */
export function readOnlyPlugin(): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ operation, contextValue }) {
      if (operation?.operation === 'mutation' && contextValue.settings.readOnly) {
        throw toGraphQLError(new ServiceUnavailableError(READ_ONLY_MESSAGE, { retryAfterSeconds: 60 }));
      }
    },
  };
  return { requestDidStart: async () => listener };
}
