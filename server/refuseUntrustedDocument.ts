import { UntrustedDocumentError } from '../core/errors';
import type { Context } from '../resolvers/context';
import type { RequestDocument } from './requestDocument';

export const UNTRUSTED_DOCUMENT_MESSAGE = 'This API runs the operations of its own clients only: send a trusted document by its hash.';

/** Whether a request may run trusted documents only: its alias requires them, and the caller is not an admin. */
export function mustBeTrusted({ settings, actor }: Pick<Context, 'settings' | 'actor'>): boolean {
  return settings.trustedDocuments === 'require' && !(actor.kind === 'customer' && actor.isAdmin);
}

/**
 * Where only trusted documents run, refuses a document sent as text that is not a trusted one,
 * by the SHA-256 of its text, before Apollo parses or validates it: an unknown field or argument
 * gets `TRUSTED_DOCUMENT_REQUIRED` like any other untrusted document, never "Cannot query field …",
 * so the schema cannot be mapped by trial. Called when the request's context is built, so the
 * verified token says who is an admin (admins may send any document). A request by hash only is
 * left to Apollo (an unknown hash is `PERSISTED_QUERY_NOT_FOUND`; trustedDocumentsPlugin refuses
 * a registered document that is not trusted).
 *
 * @throws UntrustedDocumentError (400 TRUSTED_DOCUMENT_REQUIRED)
 * @example
 * refuseUntrustedDocument(trusted, context, documentOf(event));
 */
export function refuseUntrustedDocument(
  trusted: ReadonlyMap<string, string>,
  context: Pick<Context, 'settings' | 'actor'>,
  document: RequestDocument | undefined,
): void {
  if (document === undefined || !mustBeTrusted(context)) return;
  if (!trusted.has(document.sha256)) throw new UntrustedDocumentError(UNTRUSTED_DOCUMENT_MESSAGE);
}
