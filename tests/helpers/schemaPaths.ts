import { getNamedType, isAbstractType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/** One field path from a root type to a target type: `Query.product → Product.reviews → …`. */
export interface SchemaPath {
  readonly root: 'Query' | 'Mutation';
  readonly steps: ReadonlyArray<{ readonly parent: string; readonly field: GraphQLField<unknown, unknown> }>;
  /** The target type the path ends on. */
  readonly target: string;
}

/**
 * Every path from the Query and Mutation roots to one of `targets` (through other targets too:
 * `me → orders → … → items → product → reviews → … → author` is a path to a Customer), never
 * going through the same type twice. Derived from the schema, so a field added later is part of
 * the list without anyone remembering to add it.
 */
export function pathsToTypes(schema: GraphQLSchema, targets: ReadonlySet<string>): SchemaPath[] {
  const paths: SchemaPath[] = [];
  const walk = (root: SchemaPath['root'], type: GraphQLObjectType, steps: SchemaPath['steps'], visited: ReadonlySet<string>) => {
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isAbstractType(named))
        throw new Error(`${type.name}.${field.name} returns the abstract type ${named.name}: teach pathsToTypes its possible types.`);
      if (!isObjectType(named)) continue;
      const next = [...steps, { parent: type.name, field }];
      if (visited.has(named.name)) continue;
      if (targets.has(named.name)) paths.push({ root, steps: next, target: named.name });
      walk(root, named, next, new Set([...visited, named.name]));
    }
  };
  for (const root of ['Query', 'Mutation'] as const) {
    const type = schema.getType(root);
    if (isObjectType(type)) walk(root, type, [], new Set([root]));
  }
  return paths;
}

export function describePath(path: SchemaPath): string {
  return `${path.root}.${path.steps.map((step) => step.field.name).join('.')} → ${path.target}`;
}
