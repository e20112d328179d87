import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Bounds on a document's shape, checked after parsing and before validation. graphql-js's check
 * that fields can be merged (OverlappingFieldsCanBeMerged) compares every pair of fields with the
 * same response name in a selection set, and their sub-selections pair by pair, so within the token
 * limit one field repeated a few hundred times costs hundreds of milliseconds to validate. No
 * client of ours repeats a response name more than a few times in one selection set, or sends more
 * than one operation in a document.
 */
export const DOCUMENT_BOUNDS = {
  /** Fields with the same response name in one selection set, its fragments' fields included. */
  maxSameNameFields: 3,
  /** Fields in one selection set, its fragments' fields included. */
  maxFieldsPerSelectionSet: 100,
  /** Operations in one document (one of them runs). */
  maxOperations: 25,
  /** Fragment definitions in one document. */
  maxFragments: 20,
} as const;

export interface BoundsViolation {
  readonly message: string;
  readonly node: FieldNode | DocumentNode;
}

/**
 * What is out of bounds in `document`, or undefined. Each selection set is counted as validation
 * merges it: its own fields, the fields of its inline fragments, and those of each fragment it
 * spreads (once per fragment, as graphql-js compares a fragment once); the sub-selections of
 * fields with one response name are counted together, as one merged selection set.
 *
 * @example
 * documentBoundsViolation(parse(`{ ${'categories { id } '.repeat(6)}}`)); // { message: 'The response name "categories" …', node }
 */
export function documentBoundsViolation(document: DocumentNode, bounds = DOCUMENT_BOUNDS): BoundsViolation | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operations = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations++;
  }
  if (operations > bounds.maxOperations) {
    return { message: `A document may hold at most ${bounds.maxOperations} operations; send the one to run.`, node: document };
  }
  if (fragments.size > bounds.maxFragments) {
    return { message: `A document may define at most ${bounds.maxFragments} fragments.`, node: document };
  }
  // Fields merge by response name, and the selection sets of merged fields merge too: each group
  // is one response path, whatever the selection sets its fields were written in.
  const pending: SelectionSetNode[][] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) pending.push([definition.selectionSet]);
  }
  while (pending.length > 0) {
    const fields = pending.pop()!.flatMap((selectionSet) => mergedFields(selectionSet, fragments));
    if (fields.length > bounds.maxFieldsPerSelectionSet) {
      return { message: `A selection set may hold at most ${bounds.maxFieldsPerSelectionSet} fields, its fragments' included.`, node: fields[0]! };
    }
    const byName = new Map<string, FieldNode[]>();
    for (const field of fields) {
      const name = field.alias?.value ?? field.name.value;
      const group = byName.get(name) ?? [];
      group.push(field);
      byName.set(name, group);
      if (group.length > bounds.maxSameNameFields) {
        return {
          message: `The response name "${name}" is selected more than ${bounds.maxSameNameFields} times in one selection set (its fragments and merged fields included); select it once.`,
          node: field,
        };
      }
    }
    for (const group of byName.values()) {
      const selectionSets = group.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
      if (selectionSets.length > 0) pending.push(selectionSets);
    }
  }
  return undefined;
}

/** The fields of a selection set as validation merges them: inline fragments flattened, each spread fragment once. */
function mergedFields(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const spread = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return fields;
}
