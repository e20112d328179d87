import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What a client's connections met: refused attempts, per SDK invocation (the same id for all of its attempts). */
export interface RefusedConnections {
  /** Attempts refused, per invocation id. */
  readonly byInvocation: Map<string, number>;
  /** All refused attempts: the faults an outage injected. */
  readonly total: number;
}

const NAME = 'storefrontTestRefusedConnections';

/**
 * Counts the attempts a client's HTTP handler saw refused (`ECONNREFUSED`), per SDK invocation,
 * just above the HTTP handler and below the SDK's retry layer: a test reads from it whether the
 * SDK retried a refused call, and how often, as it does in a Lambda.
 */
export function countRefusedConnections(client: DynamoDBDocumentClient): RefusedConnections {
  const state = { byInvocation: new Map<string, number>(), total: 0 };
  client.middlewareStack.remove(NAME);
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if ((error as { code?: string }).code === 'ECONNREFUSED') {
          const id = (args.request as { headers: Record<string, string> }).headers['amz-sdk-invocation-id'] ?? '';
          state.byInvocation.set(id, (state.byInvocation.get(id) ?? 0) + 1);
          state.total++;
        }
        throw error;
      }
    },
    { step: 'deserialize', priority: 'low', name: NAME },
  );
  return state;
}
