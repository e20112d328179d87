import { setTimeout as sleep } from 'node:timers/promises';
import { ServiceUnavailableError, TransactionConflictError } from '../core/errors';

/** How DynamoDB reports each action of a cancelled transaction. */
export type CancellationCode =
  | 'None'
  | 'ConditionalCheckFailed'
  | 'ItemCollectionSizeLimitExceeded'
  | 'TransactionConflict'
  | 'ProvisionedThroughputExceeded'
  | 'ThrottlingError'
  | 'ValidationError';

interface TransactionOutcome {
  readonly canceled: boolean;
  readonly data: ReadonlyArray<{ readonly code: CancellationCode }>;
}

export interface TransactionRetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultRetryPolicy: TransactionRetryPolicy = { attempts: 4, baseDelayMs: 50, maxDelayMs: 500 };

export class TransactionFailedError extends Error {
  constructor(readonly codes: readonly CancellationCode[]) {
    super(`Transaction cancelled: ${codes.join(', ')}`);
    this.name = 'TransactionFailedError';
  }
}

/**
 * Runs a write transaction, retrying with full jitter while DynamoDB cancels it only for
 * conflicts with concurrent transactions. Returns the cancellation codes (one per action)
 * when a condition failed, or null when it committed. Conflicts that outlast the retries
 * become TRANSACTION_CONFLICT (retryable); throttling becomes SERVICE_UNAVAILABLE.
 */
export async function writeTransaction(
  send: () => Promise<TransactionOutcome>,
  policy: TransactionRetryPolicy = defaultRetryPolicy,
): Promise<CancellationCode[] | null> {
  for (let attempt = 1; ; attempt++) {
    const outcome = await send();
    if (!outcome.canceled) return null;
    const codes = outcome.data.map((entry) => entry.code);
    if (codes.includes('ConditionalCheckFailed')) return codes;
    if (codes.some((code) => code === 'ThrottlingError' || code === 'ProvisionedThroughputExceeded')) {
      throw new ServiceUnavailableError('The store is busy; retry the request.', { cause: new TransactionFailedError(codes) });
    }
    if (!codes.includes('TransactionConflict')) throw new TransactionFailedError(codes);
    if (attempt >= policy.attempts) {
      throw new TransactionConflictError('The request conflicted with concurrent changes; retry it.', {
        cause: new TransactionFailedError(codes),
      });
    }
    await backOff(attempt, policy);
  }
}

/**
 * Waits before attempt `attempt + 1` of a write that lost to a concurrent one: full jitter over an
 * exponentially growing cap, so writers that collided do not collide again in step.
 */
export async function backOff(attempt: number, policy: TransactionRetryPolicy = defaultRetryPolicy): Promise<void> {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  await sleep(Math.random() * cap);
}
