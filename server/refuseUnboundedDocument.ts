import { createHash } from 'node:crypto';
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { documentBoundsViolation } from './documentBounds';
import { validationFailure } from './plugins/validationFailure';

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
 * refuseUnbounded(documentTextOf(event)); // throws for `{ categories { id } categories { id } … }`
 */
export function createUnboundedDocumentCheck({ maxTokens }: { maxTokens: number }): (text: string | undefined) => void {
  const admitted = new Set<string>();
  return (text) => {
    if (text === undefined) return;
    const key = createHash('sha256').update(text).digest('hex');
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
