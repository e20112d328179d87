// `npm run job -- low-stock`: runs the notifier's daily low-stock report now, against the running
// `npm start` stack; it lands in .data/outbox.jsonl like the scheduled one. On a deployed stage:
// aws lambda invoke --function-name storefront-notifier-<stage>:<stage> --payload '{"job":"low-stock"}' out.json
import { join } from 'node:path';
import { LOW_STOCK_JOB, type LowStockReportV1 } from '../notifier/lowStockReport';
import { LOCAL_NOTIFIER_CONTEXT, createLocalNotifierHandler } from '../local/startLocalNotifier';
import { localDataDir, runningLocalStack } from '../local/dataDir';
import { UsageError, parseCommandLine, runCommand } from '../local/usageError';

const JOBS = { 'low-stock': LOW_STOCK_JOB } as const;

const USAGE = `Usage: npm run job -- <${Object.keys(JOBS).join('|')}>   (against the running \`npm start\` stack)`;

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { positionals } = parseCommandLine({ allowPositionals: true, options: {} });
  const [name, ...extra] = positionals;
  if (!name) throw new UsageError('No job named.');
  if (!Object.hasOwn(JOBS, name)) throw new UsageError(`Unknown job "${name}".`);
  if (extra.length) throw new UsageError(`One job at a time, not "${positionals.join(' ')}".`);
  const dataDir = localDataDir();
  const { dynamoDbEndpoint, tableName } = runningLocalStack(dataDir) ?? fail('No local stack is running. Start it with `npm start` first.');
  const outboxFile = join(dataDir, 'outbox.jsonl');
  const { handler } = createLocalNotifierHandler({
    endpoint: dynamoDbEndpoint,
    tableName,
    outboxFile,
    log: (line) => console.log(line),
    logLevel: 'ERROR',
  });
  const report = (await handler(JOBS[name as keyof typeof JOBS], LOCAL_NOTIFIER_CONTEXT)) as LowStockReportV1;
  for (const product of report.products)
    console.log(`  ${product.sku.padEnd(12)} ${String(product.stock).padStart(5)} in stock (threshold ${product.threshold})  ${product.name}`);
  console.log(`${report.products.length} product(s) at or below their threshold (default ${report.defaultThreshold}); written to ${outboxFile}`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

runCommand(main, USAGE);
