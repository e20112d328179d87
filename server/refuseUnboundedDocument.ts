import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { documentBoundsViolation } from './documentBounds';
import { validationFailure } from './validationFailure';
import type { RequestDocument } from './requestDocument';

/** Documents remembered as within bounds, by the SHA-256 of their text; the set starts over when full. */
const MAX_REMEMBERED = 1_000;

/**
 * A check, run when a request's context is built (before Apollo parses and validates the
 * document), that refuses a document sent as text whose shape is out of `DOCUMENT_BOUNDS`
 * (server/documentBounds.ts) with HTTP 400 `GRAPHQL_VALIDATION_FAILED`, as other limits are
 * refused. A document is parsed here once per container: later requests with the same text find
 * it among those already admitted. A document that does not parse is left to Apollo, which
 * answers `GRAPHQL_PARSE_FAILED`.
 *
 * @example
 * const refuseUnbounded = createUnboundedDocumentCheck({ maxTokens: MAX_TOKENS });
 * refuseUnbounded(documentOf(event)); // throws for `{ categories { id } categories { id } … }`
 */
export function createUnboundedDocumentCheck({ maxTokens }: { maxTokens: number }): (document: RequestDocument | undefined) => void {
  const admitted = new Set<string>();
  return (request) => {
    if (request === undefined) return;
    const { text, sha256: key } = request;
    if (admitted.has(key)) return;
    let document: DocumentNode;
    try {
      document = parse(text, { maxTokens });
    } catch {
      return;
    }
    const violation = documentBoundsViolation(document);
    if (violation) throw validationFailure(new GraphQLError(violation.message, { nodes: [violation.node] }));
    if (admitted.size >= MAX_REMEMBERED) admitted.clear();
    admitted.add(key);
  };
}
