import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { UntrustedDocumentError } from '../../core/errors';
import type { Context } from '../../resolvers/context';
import { toGraphQLError } from '../errorBoundary';
import { UNTRUSTED_DOCUMENT_MESSAGE, mustBeTrusted } from '../refuseUntrustedDocument';

/**
 * Where the alias's `trustedDocuments` setting is `require`, refuses a document that is not a
 * trusted one before a resolver runs; admins may still send any document. A document sent as
 * text is refused earlier, before it is parsed, when the context is built
 * (server/refuseUntrustedDocument.ts); this check is what is left for a request by hash only
 * of a document registered earlier (Automatic Persisted Queries), which was valid when registered.
 */
export function trustedDocumentsPlugin(trusted: ReadonlyMap<string, string>): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ queryHash, contextValue }) {
      if (trusted.has(queryHash) || !mustBeTrusted(contextValue)) return;
      throw toGraphQLError(new UntrustedDocumentError(UNTRUSTED_DOCUMENT_MESSAGE));
    },
  };
  return { requestDidStart: async () => listener };
}
