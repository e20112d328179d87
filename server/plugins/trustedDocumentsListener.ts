import { UntrustedDocumentError } from '../../core/errors';
import type { Context } from '../context';
import { toGraphQLError } from '../errorBoundary';
import type { PipelineListener } from './requestPipelinePlugin';

export const UNTRUSTED_DOCUMENT_MESSAGE = 'This API runs the operations of its own clients only: send a trusted document by its hash.';

/**
 * Where the alias's `trustedDocuments` setting is `require`, refuses any document that is not a
 * trusted one before a resolver runs; admins may still send any document (operations, support).
 */
export function trustedDocumentsListener(trusted: ReadonlyMap<string, string>): PipelineListener<Context> {
  return {
    async didResolveOperation({ queryHash, contextValue }) {
      if (contextValue.settings.trustedDocuments !== 'require' || trusted.has(queryHash)) return;
      if (contextValue.actor.kind === 'customer' && contextValue.actor.isAdmin) return;
      throw toGraphQLError(new UntrustedDocumentError(UNTRUSTED_DOCUMENT_MESSAGE));
    },
  };
}
