// `npm run settings -- get <alias>` / `set <alias> key=value [...]` / `unset <alias> key [...]`
// Reads and changes an alias's runtime settings (its settings item in the stage's table). Locally
// it talks to the DynamoDB Local of a running `npm start`; with --table (and AWS credentials in
// the environment) to a deployed stage's table. The running functions pick changes up within
// the alias's refreshSeconds (default 60 s), without a redeploy.
import { parseArgs } from 'node:util';
import { createDynamoClient } from '../data/client';
import { createDb } from '../data/db';
import { getAliasSettings, putAliasSettings } from '../data/aliasSettings';
import { SETTING_KEYS, SettingsEditError, editSettings } from '../server/settings/editSettings';
import { parseStoredSettings } from '../server/settings/settingsSchema';
import { runningLocalStack } from '../local/dataDir';

const USAGE = `Usage:
  npm run settings -- get <alias>
  npm run settings -- set <alias> key=value [key=value ...]
  npm run settings -- unset <alias> key [key ...]
Options: --table <name> --region <region>   (a deployed stage's table; credentials from the environment)
Aliases: dev, qa, prod, or local (npm start). Keys: ${SETTING_KEYS.join(', ')}
Example: npm run settings -- set prod logLevel=DEBUG readOnly=true`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { table: { type: 'string' }, region: { type: 'string' } },
  });
  const [command, alias, ...rest] = positionals;
  if (!command || !alias || !['get', 'set', 'unset'].includes(command) || (command !== 'get' && !rest.length)) {
    fail(USAGE);
  }
  const db = openTable(values.table, values.region);
  const item = await getAliasSettings(db, { alias: alias! });
  const stored = item ? parseStoredSettings(item.settings) : { ok: true as const, settings: {} };
  if (command === 'get') {
    console.log(JSON.stringify({ alias, revision: item?.revision ?? 0, updatedAt: item?.updatedAt, settings: item?.settings ?? {} }, null, 2));
    if (!stored.ok) console.error(`The stored settings are invalid, so the alias runs on its defaults:\n  ${stored.problems.join('\n  ')}`);
    return;
  }
  const base = stored.ok ? stored.settings : {};
  const next = command === 'set' ? editSettings(base, rest) : editSettings(base, [], rest);
  const saved = await putAliasSettings(db, {
    alias: alias!,
    settings: next,
    expectedRevision: item?.revision ?? 0,
    updatedBy: process.env.USER ?? 'npm run settings',
  });
  console.log(JSON.stringify({ alias, revision: saved.revision, settings: saved.settings }, null, 2));
  console.log(`Saved. Running functions of "${alias}" apply it within their refresh interval.`);
}

function openTable(table: string | undefined, region: string | undefined) {
  if (table) {
    return createDb({ client: createDynamoClient({ region: region ?? process.env.AWS_REGION ?? 'us-east-1' }), tableName: table });
  }
  const { dynamoDbEndpoint, tableName } =
    runningLocalStack() ??
    fail('No local stack is running. Start it with `npm start`, or pass --table <name> [--region <region>] for a deployed stage.');
  return createDb({ client: createDynamoClient({ region: 'us-east-1', endpoint: dynamoDbEndpoint }), tableName });
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

main().catch((error: unknown) => {
  if (error instanceof SettingsEditError) fail(`Nothing was changed:\n  ${error.problems.join('\n  ')}`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
