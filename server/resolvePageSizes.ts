import {
  Kind,
  TypeInfo,
  getVariableValues,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { argumentValues } from '../resolvers/argumentDefaults';

/** Every argument with this name is a page size (Relay `first`). */
export const PAGE_SIZE_ARGUMENT = 'first';

export interface PageSize {
  /** `Type.field` of the connection field. */
  readonly coordinate: string;
  /** The value the resolver will receive: literal, variable or schema default (also for an explicit `null`). */
  readonly value: unknown;
  readonly node: FieldNode;
}

export interface ResolvedPageSizes {
  readonly sizes: readonly PageSize[];
  /**
   * The operation (with the fragments it uses) where every page size is written as the integer
   * it resolves to, so a cost rule that reads `first: 100` literals also prices `first: $n` and
   * an omitted `first` by their real values.
   */
  readonly document: DocumentNode;
}

interface PlannedField {
  readonly coordinate: string;
  readonly field: GraphQLField<unknown, unknown>;
  readonly node: FieldNode;
}

interface Plan {
  readonly fields: readonly PlannedField[];
  /** The operation with the fragments it uses: what the cost rule prices. */
  readonly scope: DocumentNode;
  /** The answer for every request when the operation selects no connection field. */
  readonly withoutPages: ResolvedPageSizes;
}

/** Where the connection fields of an operation are: found once per parsed operation. */
const plans = new WeakMap<OperationDefinitionNode, Plan>();

function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Plan {
  const cached = plans.get(operation);
  if (cached) return cached;
  const fields: PlannedField[] = [];
  const typeInfo = new TypeInfo(schema);
  const scope: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...usedFragments(document, operation)] };
  visit(
    scope,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (field?.args.some((arg) => arg.name === PAGE_SIZE_ARGUMENT)) {
          fields.push({ coordinate: `${typeInfo.getParentType()?.name}.${field.name}`, field, node });
        }
      },
    }),
  );
  const plan = { fields, scope, withoutPages: { sizes: [], document: scope } };
  plans.set(operation, plan);
  return plan;
}

/**
 * The page size of every connection field the operation selects, as execution will see it.
 * Undefined when the variables do not coerce (execution then refuses them with HTTP 400 before
 * any resolver runs). Where the fields are is worked out once per operation; each request only
 * reads their values, and builds `document` only if asked.
 */
export function resolvePageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): ResolvedPageSizes | undefined {
  const definitions = operation.variableDefinitions ?? [];
  const coerced = definitions.length ? getVariableValues(schema, definitions, variables ?? {}, { maxErrors: 1 }) : { coerced: {} };
  if (coerced.errors) return undefined;
  const plan = planOf(schema, document, operation);
  if (!plan.fields.length) return plan.withoutPages;
  const values = coerced.coerced;
  const sizes: PageSize[] = plan.fields.map(({ coordinate, field, node }) => ({
    coordinate,
    value: argumentValues(field, node, values)[PAGE_SIZE_ARGUMENT],
    node,
  }));
  let rewritten: DocumentNode | undefined;
  return {
    sizes,
    get document() {
      return (rewritten ??= withPageSizes(plan.scope, sizes));
    },
  };
}

/** The operation with every resolved page size written as an integer literal. */
function withPageSizes(scope: DocumentNode, sizes: readonly PageSize[]): DocumentNode {
  const byNode = new Map(sizes.map((size) => [size.node, size.value]));
  return visit(scope, {
    Field(node) {
      const value = byNode.get(node);
      if (typeof value !== 'number') return undefined;
      const others = (node.arguments ?? []).filter((arg) => arg.name.value !== PAGE_SIZE_ARGUMENT);
      const literal = { kind: Kind.INT, value: String(value) } as const;
      return {
        ...node,
        arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: PAGE_SIZE_ARGUMENT }, value: literal }, ...others],
      };
    },
  });
}

/** The fragment definitions the operation spreads, directly or through other fragments. */
function usedFragments(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const byName = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (!fragment || used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [...used.values()];
}
