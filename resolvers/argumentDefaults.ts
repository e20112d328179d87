import {
  defaultFieldResolver,
  getArgumentValues,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';

/**
 * The schema's one rule for arguments with a default: an explicit `null` means the default.
 * GraphQL passes an explicit `null` (a literal, or a variable sent as null) through and applies
 * the default only when the argument is left out, so `products(sort: null)` would reach the
 * resolver as `sort: null`. Every reader of arguments goes through here: execution (through
 * `withNullAsDefault` on the built schema), the lookahead that prefetches child lists and the
 * page-size limit.
 *
 * @example
 * nullAsDefault(field, { sort: null, first: 5 }) // → { sort: 'NEWEST', first: 5 }
 */
export function nullAsDefault<Args extends Record<string, unknown>>(field: Pick<GraphQLField<unknown, unknown>, 'args'>, args: Args): Args {
  let replaced: Record<string, unknown> | undefined;
  for (const arg of field.args) {
    if (arg.defaultValue !== undefined && args[arg.name] === null) {
      replaced ??= { ...args };
      replaced[arg.name] = arg.defaultValue;
    }
  }
  return (replaced ?? args) as Args;
}

/** A field's argument values in a selection, as its resolver will see them (`null` taken as the default). */
export function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  return nullAsDefault(field, getArgumentValues(field, node, variables));
}

/**
 * The built schema with every field that has an argument with a default resolving its arguments
 * through `nullAsDefault`: done once, on the schema, so no resolver has to remember it.
 */
export function withNullAsDefault(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => arg.defaultValue !== undefined)) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => resolve(source, nullAsDefault(field, args), context, info);
    }
  }
  return schema;
}
