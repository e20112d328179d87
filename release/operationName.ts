import { Kind, parse } from 'graphql';

/**
 * The name of a trusted document's operation. A document carries the fragments it spreads, printed
 * before its operation (on one line, as the manifest holds it), so the name is read from the parsed
 * document, not from its first word.
 *
 * @example
 * operationName('fragment F on Cart { id } mutation CartLinesAdd { … }'); // 'CartLinesAdd'
 */
export function operationName(document: string): string {
  for (const definition of parse(document, { noLocation: true }).definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value ?? 'an anonymous operation';
  }
  return 'an anonymous operation';
}
