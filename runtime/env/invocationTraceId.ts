import type { Env } from './readEnv';

/**
 * The X-Ray trace id of the invocation under way. Lambda sets it in the environment anew for each
 * invocation, so it is read per request, not with the deploy-time configuration.
 */
export function invocationTraceId(env: Env = process.env): string | undefined {
  return env._X_AMZN_TRACE_ID;
}
