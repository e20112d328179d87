// `npm run job -- low-stock`: runs the notifier's daily low-stock report now, against the running
// `npm start` stack; it lands in .data/outbox.jsonl like the scheduled one. On a deployed stage:
// aws lambda invoke --function-name storefront-notifier-<stage>:<stage> --payload '{"job":"low-stock"}' out.json
//
// `npm run job -- redrive [--stage <name>] [--region <region>]`: sends what the notifier's dead
// letters still lack and removes the ones that made it (docs/events.md). Without --stage, the
// running `npm start` stack's dead letters (its outbox file); with it, the stage's SQS dead-letter
// queue, with AWS credentials from the environment.
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { LowStockReportV1 } from '../notifier/lowStockReport';
import { LOW_STOCK_JOB } from '../runtime/jobs';
import { redriveDeadLetters, type RedriveOptions, type RedriveOutcome } from '../notifier/redrive';
import { NOTIFIER_SERVICE_NAME } from '../runtime/serviceNames';
import { RedriveSetupError, openStageRedrive } from '../notifier/stageRedrive';
import { LOCAL_NOTIFIER_CONTEXT, createLocalNotifierHandler } from '../local/startLocalNotifier';
import { openLocalRedrive } from '../local/localRedrive';
import { localDataDir, runningLocalStack } from '../local/dataDir';
import { getStage } from '../infra/stages';
import { UsageError, parseCommandLine, runCommand } from '../local/usageError';

const USAGE = `Usage:
  npm run job -- low-stock                                    the low-stock report, on the running npm start stack
  npm run job -- redrive                                      the running npm start stack's dead letters
  npm run job -- redrive --stage <name> [--region <region>]   a deployed stage's (AWS credentials from the environment)`;

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: { stage: { type: 'string' }, region: { type: 'string' } },
  });
  const [name, ...extra] = positionals;
  if (!name) throw new UsageError('No job named.');
  if (name !== 'low-stock' && name !== 'redrive') throw new UsageError(`Unknown job "${name}".`);
  if (extra.length) throw new UsageError(`One job at a time, not "${positionals.join(' ')}".`);
  if (name === 'low-stock' && (values.stage || values.region)) throw new UsageError('low-stock runs on the local stack only.');
  if (values.region && !values.stage) throw new UsageError('--region goes with --stage.');
  if (name === 'redrive') return redrive(values.stage, values.region);
  return lowStock();
}

async function lowStock() {
  const { dynamoDbEndpoint, tableName, outboxFile } = localStack();
  const { handler } = createLocalNotifierHandler({
    endpoint: dynamoDbEndpoint,
    tableName,
    outboxFile,
    log: (line) => console.log(line),
    logLevel: 'ERROR',
  });
  const report = (await handler(LOW_STOCK_JOB, LOCAL_NOTIFIER_CONTEXT)) as LowStockReportV1;
  for (const product of report.products)
    console.log(`  ${product.sku.padEnd(12)} ${String(product.stock).padStart(5)} in stock (threshold ${product.threshold})  ${product.name}`);
  console.log(`${report.products.length} product(s) at or below their threshold (default ${report.defaultThreshold}); written to ${outboxFile}`);
}

async function redrive(stageName: string | undefined, region: string | undefined) {
  // what happened is printed below, one line per dead letter
  const logger = new Logger({ serviceName: NOTIFIER_SERVICE_NAME, logLevel: 'SILENT' });
  let target: RedriveOptions;
  if (stageName) {
    try {
      getStage(stageName);
    } catch (error) {
      throw new UsageError((error as Error).message, { cause: error });
    }
    const where = region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    if (!where) throw new UsageError('No region: pass --region <region>, or set AWS_REGION.');
    target = await openStageRedrive({ stage: stageName, region: where, logger });
  } else {
    const { dynamoDbEndpoint, tableName, outboxFile } = localStack();
    target = openLocalRedrive({ endpoint: dynamoDbEndpoint, tableName, outboxFile, logger });
  }
  console.log(`Dead letters in ${target.queue.name}:`);
  const outcomes = await redriveDeadLetters(target);
  for (const outcome of outcomes) console.log(describe(outcome));
  for (const { id, error } of target.queue.unreadable ?? []) console.log(`  skipped  ${id}: ${error.message} (left in the queue)`);
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  console.log(outcomes.length ? `${outcomes.length - failed} redriven and removed, ${failed} kept (failed)` : 'No dead letters: nothing to redrive.');
  if (failed) process.exitCode = 1;
}

function describe(outcome: RedriveOutcome): string {
  const { letter } = outcome;
  if (!outcome.ok) return `  kept     ${letter.id}  (${letter.reason}): ${outcome.error.message}`;
  const sent = outcome.deliveries.map(
    ({ event, published, email }) => `${event.eventType} ${event.order.id}: ${published ? 'published' : 'already published'}, email ${email}`,
  );
  return `  redriven ${letter.id}  ${sent.join('; ') || 'no order event in it'}`;
}

function localStack() {
  const dataDir = localDataDir();
  const stack =
    runningLocalStack(dataDir) ?? fail('No local stack is running. Start it with `npm start` first, or pass --stage <name> for a deployed stage.');
  return { ...stack, outboxFile: join(dataDir, 'outbox.jsonl') };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

runCommand(main, USAGE, (error: unknown) => {
  if (error instanceof RedriveSetupError) fail(error.message);
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
