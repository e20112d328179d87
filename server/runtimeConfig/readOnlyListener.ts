import type { GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { ErrorCode } from '../errors';

export const READ_ONLY_MESSAGE = 'The store is read-only for maintenance; reads work, changes will be possible again shortly.';

/** While the alias's `readOnly` switch is on, mutations are refused before any resolver runs; reads go on. */
export function readOnlyListener(): GraphQLRequestListener<Context> {
  return {
    async didResolveOperation({ operation, contextValue }) {
      if (operation?.operation === 'mutation' && contextValue.settings.readOnly) {
        throw new GraphQLError(READ_ONLY_MESSAGE, {
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503, headers: new Map([['retry-after', '60']]) } },
        });
      }
    },
  };
}
