// `npm run settings -- get <alias>` / `set <alias> key=value [...]` / `unset <alias> key [...]`
// Reads and changes an alias's runtime settings (its settings item in the stage's table). Locally
// it talks to the DynamoDB Local of a running `npm start`; with --table (and AWS credentials in
// the environment) to a deployed stage's table. The running functions pick changes up within
// the refreshSeconds in force (default 60 s), without a redeploy; the command says how long.
import { createDynamoClient } from '../data/client';
import { createDb } from '../data/db';
import { getAliasSettings, putAliasSettings } from '../data/aliasSettings';
import { SettingsEditError, editSettings } from '../runtime/settings/editSettings';
import { applyStoredSettings, parseStoredSettings } from '../runtime/settings/settingsSchema';
import { SETTING_KEYS, defaultRuntimeSettings } from '../runtime/settings/runtimeSettings';
import { LOCAL_ALIAS } from '../runtime/settings/aliasOf';
import { runningLocalStack } from '../local/dataDir';
import { UsageError, parseCommandLine, runCommand } from '../local/usageError';

const USAGE = `Usage:
  npm run settings -- get <alias>
  npm run settings -- set <alias> key=value [key=value ...]
  npm run settings -- unset <alias> key [key ...]
Options: --table <name> --region <region>   (a deployed stage's table; credentials from the environment)
Aliases: dev, qa, prod (with --table), or ${LOCAL_ALIAS} (the function npm start runs). Keys: ${SETTING_KEYS.join(', ')}
Example: npm run settings -- set ${LOCAL_ALIAS} logLevel=INFO`;

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: { table: { type: 'string' }, region: { type: 'string' } },
  });
  const [command, alias, ...rest] = positionals;
  if (!command) throw new UsageError('No command given.');
  if (!['get', 'set', 'unset'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  if (!alias) throw new UsageError(`\`${command}\` needs an alias.`);
  if (command === 'get' && rest.length) throw new UsageError(`\`get\` takes one alias, not "${rest.join(' ')}".`);
  if (command !== 'get' && !rest.length) throw new UsageError(`\`${command}\` needs at least one ${command === 'set' ? 'key=value' : 'key'}.`);
  const db = openTable(values.table, values.region);
  const item = await getAliasSettings(db, { alias });
  const stored = item ? parseStoredSettings(item.settings) : { ok: true as const, settings: {} };
  if (command === 'get') {
    console.log(JSON.stringify({ alias, revision: item?.revision ?? 0, updatedAt: item?.updatedAt, settings: item?.settings ?? {} }, null, 2));
    if (!stored.ok) console.error(`The stored settings are invalid, so the alias runs on its defaults:\n  ${stored.problems.join('\n  ')}`);
    return;
  }
  const base = stored.ok ? stored.settings : {};
  const next = command === 'set' ? editSettings(base, rest) : editSettings(base, [], rest);
  const saved = await putAliasSettings(db, {
    alias,
    settings: next,
    expectedRevision: item?.revision ?? 0,
    updatedBy: process.env.USER ?? 'npm run settings',
  });
  // a running function reads the item again once the interval it last read has passed (runtime/settings/settingsStore.ts)
  const { refreshSeconds } = applyStoredSettings(defaultRuntimeSettings(), base);
  console.log(JSON.stringify({ alias, revision: saved.revision, settings: saved.settings }, null, 2));
  console.log(
    `Saved. Functions of alias "${alias}" apply it at their first request after at most ${refreshSeconds} s ` +
      `(the refreshSeconds in force); a function that starts meanwhile applies it at once.`,
  );
  if (!values.table && alias !== LOCAL_ALIAS) {
    console.log(
      `Note: this is the local table, whose function reads alias "${LOCAL_ALIAS}" only: "${alias}" is stored here but applies nowhere. ` +
        `For a deployed stage, add --table <TableName> --region <region>.`,
    );
  }
}

function openTable(table: string | undefined, region: string | undefined) {
  if (table) {
    return createDb({ client: createDynamoClient({ region: region ?? process.env.AWS_REGION ?? 'us-east-1' }), tableName: table });
  }
  const running = runningLocalStack();
  if (!running) throw new NoLocalStackError();
  return createDb({ client: createDynamoClient({ region: 'us-east-1', endpoint: running.dynamoDbEndpoint }), tableName: running.tableName });
}

class NoLocalStackError extends Error {
  constructor() {
    super('No local stack is running. Start it with `npm start`, or pass --table <name> [--region <region>] for a deployed stage.');
    this.name = 'NoLocalStackError';
  }
}

runCommand(main, USAGE, (error) => {
  if (error instanceof SettingsEditError) {
    console.error(`Nothing was changed:\n  ${error.problems.join('\n  ')}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof NoLocalStackError ? 2 : 1);
});
