import { resolvers } from '../../resolvers';

/**
 * Counts calls of every resolver the schema is built from. Importing this module wraps them, so
 * import it before the harness builds its server (a plain top-of-file import does).
 */
export const resolverCalls = { count: 0 };

for (const typeResolvers of Object.values(resolvers) as Array<Record<string, unknown>>) {
  if (typeof typeResolvers !== 'object' || typeResolvers === null || typeof (typeResolvers as { serialize?: unknown }).serialize === 'function')
    continue;
  for (const [field, resolve] of Object.entries(typeResolvers)) {
    if (typeof resolve !== 'function') continue;
    typeResolvers[field] = function counted(this: unknown, ...args: unknown[]) {
      resolverCalls.count++;
      return (resolve as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}
