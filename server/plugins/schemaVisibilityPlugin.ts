import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerValidationErrorCode } from '@apollo/server/errors';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode } from 'graphql';
import type { Context } from '../../resolvers/context';
import { validationFailure } from '../validationFailure';

export const INTROSPECTION_DISABLED_MESSAGE = 'GraphQL introspection is disabled.';
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** Whether a parsed document asks for `__schema`/`__type`: checked once per document. */
const introspectionVerdicts = new WeakMap<DocumentNode, GraphQLError | null>();

/**
 * Schema details follow each request's runtime settings (`settings.introspection`: on in dev
 * and locally, off in qa and prod). When off, `__schema` and `__type` are refused before
 * execution (HTTP 400, `validationErrorCode: INTROSPECTION_DISABLED`; `__typename` still works),
 * and "Did you mean …?" suggestions are cut from every error message (validation and variable
 * coercion alike), so the schema cannot be guessed field by field either.
 *
 * The check runs on every request, documents from Apollo's validated-document cache included,
 * so switching introspection off at runtime takes effect on the next request.
 */
export function schemaVisibilityPlugin(): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ schema, document, contextValue }) {
      if (contextValue.settings.introspection) return;
      let refused = introspectionVerdicts.get(document);
      if (refused === undefined) {
        refused = validate(schema, document, [NoSchemaIntrospectionCustomRule])[0] ?? null;
        introspectionVerdicts.set(document, refused);
      }
      if (refused) {
        throw validationFailure(new GraphQLError(INTROSPECTION_DISABLED_MESSAGE, { nodes: refused.nodes }), {
          validationErrorCode: ApolloServerValidationErrorCode.INTROSPECTION_DISABLED,
        });
      }
    },
    async didEncounterErrors({ errors, contextValue }) {
      // without settings (cannot happen once the context is built), hide rather than show
      if (contextValue?.settings?.introspection) return;
      for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
    },
  };
  return { requestDidStart: async () => listener };
}
