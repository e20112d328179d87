import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { BadRequestError } from '../../core/errors';
import type { Context } from '../../resolvers/context';
import { toGraphQLError } from '../errorBoundary';

/**
 * Fields whose answers must never come from the stage's GET cache: a cart changes with every
 * mutation and belongs to whoever holds its id, so a cached copy would be stale or shared.
 */
export const POST_ONLY_FIELDS: ReadonlySet<string> = new Set(['Query.cart', 'Customer.cart']);

export const POST_ONLY_MESSAGE = 'Carts are read by POST: answers to GET are cached and shared.';

/** The first post-only field the document selects (through fragments too), as `Type.field`; undefined when none. */
export function postOnlyFieldOf(schema: GraphQLSchema, document: DocumentNode): string | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: string | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const name = parent && field ? `${parent.name}.${field.name}` : undefined;
        if (!found && name && POST_ONLY_FIELDS.has(name)) found = name;
      },
    }),
  );
  return found;
}

/**
 * Refuses a GET whose document selects a post-only field (BAD_REQUEST, before any resolver runs):
 * the refusal depends on the document only, so it is the same for every request with its cache key.
 */
export function postOnlyFieldsPlugin(): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ request, document, schema }) {
      if (request.http?.method !== 'GET') return;
      const field = postOnlyFieldOf(schema, document);
      if (field) throw toGraphQLError(new BadRequestError(`${POST_ONLY_MESSAGE} (${field})`));
    },
  };
  return { requestDidStart: async () => listener };
}
