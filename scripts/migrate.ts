// `npm run migrate`: gives every product written before variants its one default variant
// (release/defaultVariantsMigration.ts): paced, resumable from its checkpoints in the table, and a
// no-op once done. The release's pre-traffic hook runs it too, before traffic shifts (docs/variants.md).
import { createDb } from '../data/db';
import { createDynamoClient } from '../data/client';
import { readCheckpoints } from '../data/migrations/runMigration';
import { DEFAULT_VARIANTS_MIGRATION } from '../data/migrations/defaultVariants';
import { runningLocalStack } from '../local/dataDir';
import { UsageError, parseCommandLine, runCommand } from '../local/usageError';
import { MIGRATION_DEFAULTS, migrateDefaultVariants, restartDefaultVariants } from '../release/defaultVariantsMigration';

const USAGE = `Usage:
  npm run migrate [-- options]                        the running npm start stack's table
  npm run migrate -- --table <name> [--region <r>]    a table on AWS (credentials from the environment)
  npm run migrate -- --table <name> --endpoint <url>  a table on another DynamoDB (DynamoDB Local)
Options:
  --segments <n>   parallel scan segments, 1 to 64 (default ${MIGRATION_DEFAULTS.totalSegments}; a resumed run keeps its first run's)
  --rate <n>       writes per second at most, 1 to 10000 (default ${MIGRATION_DEFAULTS.writesPerSecond})
  --status         print where the migration stands and change nothing
  --restart        forget the checkpoints first and scan the whole table again`;

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values } = parseCommandLine({
    options: {
      table: { type: 'string' },
      region: { type: 'string' },
      endpoint: { type: 'string' },
      segments: { type: 'string' },
      rate: { type: 'string' },
      status: { type: 'boolean' },
      restart: { type: 'boolean' },
    },
  });
  const totalSegments = intOption('--segments', values.segments, 1, 64);
  const writesPerSecond = intOption('--rate', values.rate, 1, 10_000);
  if (values.status && values.restart) throw new UsageError('--status changes nothing; leave out --restart.');
  const db = openTable(values);
  if (values.status) return printStatus(db);
  if (values.restart) await restartDefaultVariants(db);
  const report = await migrateDefaultVariants(db, {
    ...(totalSegments ? { totalSegments } : {}),
    ...(writesPerSecond ? { writesPerSecond } : {}),
    onPage: ({ scanned, migrated, segmentsDone, totalSegments: segments }) =>
      console.log(`  ${scanned} items scanned, ${migrated} products migrated, ${segmentsDone}/${segments} segments done`),
  });
  const seconds = report.thisRun.durationMs / 1000;
  console.log(
    `${report.done ? 'Done' : 'Stopped'}: this run scanned ${report.thisRun.scanned} items and migrated ${report.thisRun.migrated} products in ${seconds.toFixed(1)} s` +
      ` (${Math.round(report.thisRun.scanned / Math.max(seconds, 0.001))} items/s); in all ${report.migrated} products migrated.`,
  );
}

function openTable(values: { table?: string; region?: string; endpoint?: string }) {
  if (!values.table) {
    if (values.region || values.endpoint) throw new UsageError('--region and --endpoint go with --table.');
    const stack = runningLocalStack();
    if (!stack) throw new UsageError('No local stack is running: start it with `npm start`, or pass --table <name>.');
    return createDb({ client: createDynamoClient({ region: 'local', endpoint: stack.dynamoDbEndpoint }), tableName: stack.tableName });
  }
  const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? (values.endpoint ? 'local' : undefined);
  if (!region) throw new UsageError('No region: pass --region <region>, or set AWS_REGION.');
  return createDb({ client: createDynamoClient({ region, ...(values.endpoint ? { endpoint: values.endpoint } : {}) }), tableName: values.table });
}

async function printStatus(db: ReturnType<typeof createDb>) {
  const checkpoints = await readCheckpoints(db, DEFAULT_VARIANTS_MIGRATION);
  if (!checkpoints.length) return console.log('Not started.');
  for (const item of checkpoints) {
    console.log(
      `  segment ${item.segment}: ${item.done ? 'done' : 'in progress'}, ${item.scanned} scanned, ${item.migrated} migrated (${item.updatedAt})`,
    );
  }
  const done = checkpoints.length === checkpoints[0]!.totalSegments && checkpoints.every((item) => item.done);
  console.log(done ? 'Done.' : 'Not finished: run `npm run migrate` again to resume.');
}

function intOption(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max}, not "${value}".`);
  return number;
}

runCommand(main, USAGE);
