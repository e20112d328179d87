// `npm start`: the whole API and the storefront on this machine. Flags: --fresh (drop local data),
// --port N (the API; PORT), --stage <name> (dev by default), --built (the storefront's production
// build, web/dist, built first when missing, with the security headers CloudFront sends). WEB_PORT
// moves the storefront (3000).
import { relative } from 'node:path';
import { stages } from '../infra/stages';
import { JavaMissingError } from './dynamoDbLocal';
import { PortInUseError, assertPortFree } from './portInUse';
import { startLocalStack } from './startLocalStack';
import { localDataDir } from './dataDir';
import { UsageError, parseCommandLine, runCommand } from './usageError';

const USAGE = `Usage: npm start [-- --fresh] [--stage <${Object.keys(stages).join('|')}>] [--built] [--port <n>]
  --fresh        start from an empty table (seeded again)
  --stage <name> that stage's gateway and function settings (dev by default)
  --built        the storefront's production build (web/dist, built when missing)
  --port <n>     the API's port (PORT, 4000 by default)
Environment: PORT, WEB_PORT (the storefront, 3000 by default), DYNAMODB_ENDPOINT (a DynamoDB Local you already run),
  DYNAMODB_TABLE (the table to use, storefront-local by default)`;

async function main() {
  const { values } = parseCommandLine({
    options: {
      fresh: { type: 'boolean', default: false },
      built: { type: 'boolean', default: false },
      port: { type: 'string' },
      stage: { type: 'string', default: 'dev' },
    },
  });
  if (!Object.hasOwn(stages, values.stage)) throw new UsageError(`Unknown stage "${values.stage}"; known stages: ${Object.keys(stages).join(', ')}.`);
  const port = values.port === undefined ? portOf('PORT', process.env.PORT, 4000) : portOf('--port', values.port, 4000);
  const webPort = portOf('WEB_PORT', process.env.WEB_PORT, 3000);
  if (port !== 0 && port === webPort) throw new UsageError(`The API and the storefront cannot share port ${port}: set PORT and WEB_PORT apart.`);
  // before DynamoDB Local starts (seconds): a taken port is named at once
  await assertPortFree(port, values.port === undefined ? 'PORT, the API' : '--port, the API');
  await assertPortFree(webPort, 'WEB_PORT, the storefront', 'localhost');
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const started = Date.now();
  const stack = await startLocalStack({
    port,
    dataDir: localDataDir(),
    fresh: values.fresh,
    dynamoDbEndpoint: process.env.DYNAMODB_ENDPOINT || undefined,
    tableName: process.env.DYNAMODB_TABLE || undefined,
    stageName: values.stage,
    webPort,
    builtWeb: values.built,
    notifierLog: (line) => console.log(line),
    log: (line) => console.log(line),
  });
  const { stage } = stack;
  // before the banner: whoever reads it may press Ctrl-C at once
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  const overrides = Object.entries(stack.localSettings.settings);
  console.log(
    [
      '',
      `Storefront GraphQL API ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  Storefront:   ${stack.webUrl}`,
      `  GraphQL:      ${stack.url}` + (stage.introspection ? '   (open it in a browser for Apollo Sandbox)' : ''),
      `  Stage:        ${stage.name} (gateway and function settings: CORS ${stack.corsOrigins.join(', ')}; ` +
        `GET cache ${stage.cache.enabled ? `on, ${stage.cache.ttlSeconds} s` : 'off'}; introspection ${stage.introspection ? 'on' : 'off'})`,
      `  DynamoDB:     ${stack.dynamoDbEndpoint}   table ${stack.tableName}` + (stack.tableReset ? ' (deleted and created again: --fresh)' : ''),
      `  Order events: ${displayPath(stack.notifier.outboxFile)} (SNS and SES stand-in; \`npm run job -- low-stock\` runs the daily report)`,
      `  Demo data:    ${stack.seeded.categories} categories, ${stack.seeded.products} products, ${stack.seeded.reviews} reviews` +
        (stack.seeded.created ? '' : ' (already present)'),
      ...(stack.reseeded ? ['  (The local table was made for an older layout: it was dropped and seeded again.)'] : []),
      `  Settings:     alias ${stack.localSettings.alias}: ` +
        (overrides.length ? overrides.map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(' ') : 'the defaults (no overrides)'),
      '',
      '  Customer token (demo-customer):',
      `    Authorization: Bearer ${stack.tokens.customer}`,
      '  Admin token (demo-admin):',
      `    Authorization: Bearer ${stack.tokens.admin}`,
      '',
      '  More tokens: npm run token -- --sub <id> [--admin]',
      `  Runtime settings: npm run settings -- set ${stack.localSettings.alias} logLevel=INFO   (one log line per request)`,
      '  Ctrl-C stops the API and DynamoDB Local.',
      '',
    ].join('\n'),
  );
}

/** A path under the working directory relative to it, any other absolute. */
function displayPath(path: string): string {
  const local = relative(process.cwd(), path);
  return local.startsWith('..') ? path : local;
}

/** A port from a flag or the environment: a whole number 0–65535 (0: any free port). */
function portOf(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new UsageError(`${name} must be a port number (0–65535), not "${value}".`);
  return port;
}

runCommand(main, USAGE, (error) => {
  if (error instanceof JavaMissingError) {
    console.error(`\n${error.message}\n`);
  } else if (error instanceof PortInUseError) {
    const [setting] = error.purpose.split(',');
    const other = setting === '--port' ? `npm start -- --port ${error.port + 1}` : `${setting}=${error.port + 1} npm start`;
    console.error(`\n${error.message} Stop the other server, or choose another port: \`${other}\`.\n`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    const { port } = error as NodeJS.ErrnoException & { port?: number };
    console.error(`\nPort ${port} is in use: stop the other server, or run \`PORT=${(port ?? 4000) + 1} npm start\`.\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
