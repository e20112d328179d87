import { createHash } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** One attempt of one DynamoDB command, as it is about to go on the wire. */
export interface DynamoAttempt {
  /** `GetItemCommand`, `TransactWriteItemsCommand`, … */
  readonly command: string;
  /** 1 for the first attempt, 2 and 3 for the SDK's retries. */
  readonly attempt: number;
  /** The serialized request (unique per request when the keys are). */
  readonly body: string;
  /** The SDK's id of the command invocation: the same for all of its attempts. */
  readonly invocationId: string;
}

/** What DynamoDB answers instead: an AWS error response, or an exception on the client side. */
export type Fault =
  | { readonly kind: 'response'; readonly status: number; readonly type: string; readonly message: string; readonly extra?: Record<string, unknown> }
  | { readonly kind: 'throw'; readonly error: Error };

export type FaultPlan = (attempt: DynamoAttempt) => Fault | undefined;

export interface FaultInjector {
  /** Replace to change what is injected from the next attempt on; undefined injects nothing. */
  plan: FaultPlan | undefined;
  /** Attempts seen and faults injected since the injector was installed (or `reset()`). */
  readonly attempts: number;
  readonly injected: number;
  reset(): void;
}

const NAME = 'storefrontTestFaultInjector';

/**
 * Installs a fault injector below the SDK's retry layer: the innermost middleware, just above the
 * HTTP handler. Each attempt the retry middleware makes goes through it, and an injected error
 * response is deserialized by the SDK exactly like one from DynamoDB, so the SDK's own retry
 * and error classification see it as real.
 */
export function injectFaults(client: DynamoDBDocumentClient, plan?: FaultPlan): FaultInjector {
  const state = { plan, attempts: 0, injected: 0, reset: () => ((state.attempts = 0), (state.injected = 0)) };
  client.middlewareStack.remove(NAME);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as { headers: Record<string, string>; body?: unknown };
      state.attempts++;
      const fault = state.plan?.({
        command: String(context.commandName),
        attempt: Number(/attempt=(\d+)/.exec(request.headers['amz-sdk-request'] ?? '')?.[1] ?? 1),
        body: bodyText(request.body),
        invocationId: request.headers['amz-sdk-invocation-id'] ?? '',
      });
      if (!fault) return next(args);
      state.injected++;
      if (fault.kind === 'throw') throw fault.error;
      const body = new TextEncoder().encode(
        JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${fault.type}`, message: fault.message, ...fault.extra }),
      );
      const response = {
        statusCode: fault.status,
        reason: 'Injected',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'INJECTED0000000000000000000000000000000000000000000000' },
        body,
      };
      return { response, output: undefined as never };
    },
    { step: 'deserialize', priority: 'low', name: NAME },
  );
  return state;
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return '';
}

export const ACCOUNT_ID = '123456789012';
export const TABLE_ARN = `arn:aws:dynamodb:eu-west-1:${ACCOUNT_ID}:table/storefront-prod`;

/** DynamoDB throttling, as the SDK retries it. */
export function throttled(): Fault {
  return {
    kind: 'response',
    status: 400,
    type: 'ProvisionedThroughputExceededException',
    message: `The level of configured provisioned throughput for the table was exceeded (${TABLE_ARN}). Consider increasing your provisioning level with the UpdateTable API.`,
  };
}

export function awsError(type: string, message: string, status = 400, extra?: Record<string, unknown>): Fault {
  return { kind: 'response', status, type, message, ...(extra ? { extra } : {}) };
}

/** A transaction DynamoDB cancelled, with one reason per action ("None" for the others). */
export function transactionCanceled(reasons: readonly string[]): Fault {
  return awsError(
    'TransactionCanceledException',
    `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.join(', ')}]`,
    400,
    { CancellationReasons: reasons.map((code) => (code === 'None' ? { Code: 'None' } : { Code: code, Message: `${code} on ${TABLE_ARN}` })) },
  );
}

/** A number in [0, 1) that depends only on the seed and the key: faults that repeat run after run. */
export function seededChance(seed: string, key: string): number {
  return createHash('sha256').update(`${seed}\0${key}`).digest().readUIntBE(0, 6) / 2 ** 48;
}

/**
 * Throttles each attempt with probability `p`, independently. The draw depends only on the seed
 * and `keyOf(attempt)`: by default the request body and attempt number, so requests with
 * distinct, fixed keys get the same faults run after run; key on `invocationId` for draws that
 * differ between runs.
 */
export function throttleAttempts(
  p: number,
  seed = 'throttle',
  keyOf: (attempt: DynamoAttempt) => string = ({ body, attempt }) => `${attempt}\0${body}`,
): FaultPlan {
  return (attempt) => (seededChance(seed, keyOf(attempt)) < p ? throttled() : undefined);
}
