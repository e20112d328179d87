import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What a client's connections met: refused attempts, per SDK invocation (the same id for all of its attempts). */
export interface RefusedConnections {
  /** Attempts refused, per invocation id. */
  readonly byInvocation: Map<string, number>;
  /** All refused attempts: the faults an outage injected. */
  readonly total: number;
}

const NAME = 'storefrontTestNativeNetworkErrors';

/**
 * Inside Jest, Node's socket errors (`connect ECONNREFUSED`) come from another realm than the
 * SDK's modules: they fail the SDK's `instanceof Error`, and its retry layer wraps them as text
 * and does not retry them (docs/security.md). In a Lambda they are native errors with their
 * `code`, and the SDK retries them. This middleware, just above the HTTP handler, turns such an
 * error back into one of this realm with the same name, message and `code`, so the SDK takes the
 * path it takes in production; it also counts the refused attempts.
 */
export function keepNetworkErrorsNative(client: DynamoDBDocumentClient): RefusedConnections {
  const state = { byInvocation: new Map<string, number>(), total: 0 };
  client.middlewareStack.remove(NAME);
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const foreign = error as { name?: string; message?: string; code?: string; errno?: number; syscall?: string };
        if (foreign.code === 'ECONNREFUSED') {
          const id = (args.request as { headers: Record<string, string> }).headers['amz-sdk-invocation-id'] ?? '';
          state.byInvocation.set(id, (state.byInvocation.get(id) ?? 0) + 1);
          state.total++;
        }
        if (error instanceof Error || typeof foreign.code !== 'string') throw error;
        throw Object.assign(new Error(foreign.message), {
          name: foreign.name ?? 'Error',
          code: foreign.code,
          errno: foreign.errno,
          syscall: foreign.syscall,
        });
      }
    },
    { step: 'deserialize', priority: 'low', name: NAME },
  );
  return state;
}
