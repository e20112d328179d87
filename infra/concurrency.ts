import type { StageSettings } from './stages';

/** Lambda's default quota of concurrent executions per account and region. */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1_000;
/** Lambda refuses a reservation that would leave fewer executions than this unreserved. */
export const MIN_UNRESERVED_CONCURRENCY = 100;

/**
 * Why the stages' reservations cannot all be made in one account, if they cannot: stages deployed
 * to the same account (the same `account`, or all environment-agnostic stages together) share
 * its concurrency limit, of which at least 100 executions must stay unreserved.
 */
export function reservationProblems(
  stages: ReadonlyArray<{ readonly stage: StageSettings; readonly account?: string }>,
  accountConcurrency: number = DEFAULT_ACCOUNT_CONCURRENCY,
): Array<{ readonly stages: readonly string[]; readonly message: string }> {
  const byAccount = new Map<string, StageSettings[]>();
  for (const { stage, account } of stages) {
    const key = account ?? 'the deploying account';
    byAccount.set(key, [...(byAccount.get(key) ?? []), stage]);
  }
  const problems: Array<{ readonly stages: readonly string[]; readonly message: string }> = [];
  for (const [account, group] of byAccount) {
    const reserving = group.filter((stage) => stage.reservedConcurrency !== undefined);
    const reserved = reserving.reduce((sum, stage) => sum + stage.reservedConcurrency!, 0);
    if (reserving.length && accountConcurrency - reserved < MIN_UNRESERVED_CONCURRENCY) {
      problems.push({
        stages: reserving.map((stage) => stage.name),
        message:
          `Stages ${reserving.map((stage) => `${stage.name} (${stage.reservedConcurrency})`).join(', ')} reserve ${reserved} ` +
          `concurrent executions in ${account}, leaving ${accountConcurrency - reserved} of its ${accountConcurrency}; ` +
          `Lambda requires at least ${MIN_UNRESERVED_CONCURRENCY} unreserved, so the deploy would fail. Raise the quota ` +
          '(Service Quotas, then `-c accountConcurrency=<n>`) or lower the reservations; check with `aws lambda get-account-settings`.',
      });
    }
  }
  return problems;
}

/**
 * The stages that reserve concurrency while the account's limit is not given: new accounts often
 * have far less than the default quota (10 executions), and Lambda refuses the reservation then.
 */
export function unknownAccountConcurrency(stages: readonly StageSettings[]): Array<{ readonly stages: readonly string[]; readonly message: string }> {
  return stages
    .filter((stage) => stage.reservedConcurrency !== undefined)
    .map((stage) => ({
      stages: [stage.name],
      message:
        `Stage ${stage.name} reserves ${stage.reservedConcurrency} concurrent executions, and the account's limit is unknown: ` +
        `new accounts often have a reduced quota, where Lambda refuses the reservation and the deploy fails. Read the limit with ` +
        '`aws lambda get-account-settings` (AccountLimit.ConcurrentExecutions) and pass it: `npx cdk deploy ' +
        `<stack> -c ${ACCOUNT_CONCURRENCY_CONTEXT}=<limit>\` (raise it first in Service Quotas if it leaves fewer than ` +
        `${MIN_UNRESERVED_CONCURRENCY} unreserved).`,
    }));
}

/** CDK context key of the account's concurrency limit: `npx cdk synth -c accountConcurrency=400`. */
export const ACCOUNT_CONCURRENCY_CONTEXT = 'accountConcurrency';

/**
 * The account concurrency limit from the CDK context (a string on the command line, a number in
 * cdk.json or a test), Lambda's default quota when absent. Anything else fails synth: a mistyped
 * value would otherwise silence the reservation check.
 */
export function accountConcurrencyFrom(value: unknown): number {
  if (value === undefined) return DEFAULT_ACCOUNT_CONCURRENCY;
  const limit = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new Error(
      `Context ${ACCOUNT_CONCURRENCY_CONTEXT}=${JSON.stringify(value)} must be the account's concurrent executions limit, a whole number (aws lambda get-account-settings: AccountLimit.ConcurrentExecutions).`,
    );
  }
  return limit;
}
