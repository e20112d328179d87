import { TransactionFailedError, writeTransaction, type CancellationCode, type TransactionRetryPolicy } from '../../../data/transact';
import { ServiceUnavailableError, TransactionConflictError } from '../../../core/errors';
import { formatError } from '../../../server/errorBoundary';
import { GraphQLError } from 'graphql';

/** The backoff waits writeTransaction asks for, recorded instead of slept. */
const mockWaits: number[] = [];
jest.mock('node:timers/promises', () => ({
  setTimeout: async (ms: number) => {
    mockWaits.push(ms);
  },
}));

const FAST: TransactionRetryPolicy = { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 };

/** A transaction that DynamoDB answers with each outcome in turn (the last one repeats). */
function sendAnswering(...outcomes: Array<readonly CancellationCode[] | null>) {
  let call = 0;
  const send = jest.fn(async () => {
    const codes = outcomes[Math.min(call++, outcomes.length - 1)];
    return codes ? { canceled: true, data: codes.map((code) => ({ code })) } : { canceled: false, data: [] };
  });
  return send;
}

const clientCode = (error: unknown) => {
  const wrapped = new GraphQLError('x', { originalError: error as Error });
  return formatError({ message: 'x', extensions: {} }, wrapped).extensions?.code;
};

describe('writeTransaction', () => {
  it('returns null when the transaction commits', async () => {
    await expect(writeTransaction(sendAnswering(null), FAST)).resolves.toBeNull();
  });

  it.each<[string, CancellationCode[]]>([
    ['a condition on one action (the failing index names the item)', ['None', 'None', 'ConditionalCheckFailed']],
    ['a condition failure next to a conflict', ['TransactionConflict', 'ConditionalCheckFailed']],
  ])('returns the codes for %s, without retrying', async (_name, codes) => {
    const send = sendAnswering(codes);

    await expect(writeTransaction(send, FAST)).resolves.toEqual(codes);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries conflicts with jittered backoff and succeeds when the conflict clears', async () => {
    const send = sendAnswering(['None', 'TransactionConflict'], ['TransactionConflict', 'None'], null);

    await expect(writeTransaction(send, FAST)).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up after the policy’s attempts with a retryable TRANSACTION_CONFLICT, waiting at most the capped backoff', async () => {
    const send = sendAnswering(['TransactionConflict', 'None']);
    const random = jest.spyOn(Math, 'random').mockReturnValue(0.999);
    mockWaits.length = 0;

    const outcome = writeTransaction(send, FAST);

    await expect(outcome).rejects.toBeInstanceOf(TransactionConflictError);
    await expect(outcome).rejects.toMatchObject({ code: 'TRANSACTION_CONFLICT' });
    await expect(outcome).rejects.toMatchObject({ cause: expect.any(TransactionFailedError) });
    expect(send).toHaveBeenCalledTimes(FAST.attempts);
    // full jitter: each wait is random × min(cap, base × 2^n), so 5, 10 and 20 ms at most
    expect(mockWaits).toEqual([5 * 0.999, 10 * 0.999, 20 * 0.999]);
    random.mockRestore();
  });

  it.each<[string, CancellationCode[]]>([
    ['ThrottlingError', ['None', 'ThrottlingError']],
    ['ProvisionedThroughputExceeded', ['ProvisionedThroughputExceeded', 'None']],
  ])('turns %s into SERVICE_UNAVAILABLE at once', async (_name, codes) => {
    const send = sendAnswering(codes);

    const outcome = writeTransaction(send, FAST);

    await expect(outcome).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(send).toHaveBeenCalledTimes(1);
    expect(clientCode(await outcome.catch((error: unknown) => error))).toBe('SERVICE_UNAVAILABLE');
  });

  it.each<[string, CancellationCode[]]>([
    ['ValidationError', ['ValidationError']],
    ['ItemCollectionSizeLimitExceeded', ['None', 'ItemCollectionSizeLimitExceeded']],
    ['a code DynamoDB may add later', ['SomethingNew' as CancellationCode]],
  ])('reports %s as an unexpected error, masked as INTERNAL_SERVER_ERROR', async (_name, codes) => {
    const outcome = writeTransaction(sendAnswering(codes), FAST);

    await expect(outcome).rejects.toBeInstanceOf(TransactionFailedError);
    expect(clientCode(await outcome.catch((error: unknown) => error))).toBe('INTERNAL_SERVER_ERROR');
  });
});
