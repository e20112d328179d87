import { isObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { argumentValues } from './argumentDefaults';

/**
 * Arguments of the first selection of `fieldName` on the field being resolved, or undefined if
 * it is not selected (an explicit `null` taken as the default). Lets a resolver fetch a child list in the same request as the parent.
 */
export function selectedFieldArgs(info: GraphQLResolveInfo, typeName: string, fieldName: string): Record<string, unknown> | undefined {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return undefined;
  const fieldDef = type.getFields()[fieldName];
  if (!fieldDef) return undefined;
  const visit = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): Record<string, unknown> | undefined => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === 'Field' && selection.name.value === fieldName) {
        return argumentValues(fieldDef, selection, info.variableValues);
      }
      if (selection.kind === 'InlineFragment') {
        const found = visit(selection.selectionSet, seen);
        if (found) return found;
      }
      if (selection.kind === 'FragmentSpread' && !seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const found = visit(info.fragments[selection.name.value]?.selectionSet, seen);
        if (found) return found;
      }
    }
    return undefined;
  };
  for (const node of info.fieldNodes) {
    const found = visit(node.selectionSet, new Set());
    if (found) return found;
  }
  return undefined;
}
