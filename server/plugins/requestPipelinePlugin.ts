import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

/** The request hooks our listeners use. */
const HOOKS = ['didResolveOperation', 'didEncounterErrors', 'willSendResponse'] as const;
type Hook = (typeof HOOKS)[number];

/** A request listener of the pipeline: only the hooks it wires. */
export type PipelineListener<TContext extends BaseContext> = Pick<GraphQLRequestListener<TContext>, Hook>;

/**
 * Our per-request concerns (error correlation, schema visibility, query limits, read-only mode,
 * logs and metrics) as one Apollo plugin. Apollo calls every hook of every plugin on every request
 * and awaits a promise for each, one plugin after another for some hooks, whether or not the
 * plugin has that hook; so the concerns are plain request listeners, merged once into a single
 * listener that, per hook, calls the listeners that have it, in the order given. As with separate
 * plugins, every listener runs and the first failure is the one Apollo sees.
 *
 * The listeners keep no state between hooks: what a request needs is in its context. A listener
 * with any other hook is refused when the plugin is built (the type says so too), rather than
 * having that hook silently never called.
 */
export function requestPipelinePlugin<TContext extends BaseContext>(
  listeners: ReadonlyArray<PipelineListener<TContext>>,
): ApolloServerPlugin<TContext> {
  for (const listener of listeners) {
    const unwired = Object.keys(listener).filter((key) => !(HOOKS as readonly string[]).includes(key));
    if (unwired.length) throw new Error(`requestPipelinePlugin wires ${HOOKS.join(', ')} only; a listener also has ${unwired.join(', ')}.`);
  }
  const merged: GraphQLRequestListener<TContext> = {};
  for (const hook of HOOKS) {
    const withHook = listeners.filter((listener) => listener[hook]);
    if (withHook.length) Object.assign(merged, { [hook]: inOrder(withHook, hook) });
  }
  return { requestDidStart: async () => merged };
}

function inOrder<TContext extends BaseContext>(listeners: ReadonlyArray<PipelineListener<TContext>>, hook: Hook) {
  return async (requestContext: never): Promise<void> => {
    let failure: { error: unknown } | undefined;
    for (const listener of listeners) {
      try {
        await (listener[hook] as (requestContext: never) => Promise<void>)(requestContext);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  };
}
