// `npm start`: the whole API and the storefront on this machine. Flags: --fresh (drop local data),
// --port N (the API; PORT), --stage <name> (dev by default), --built (the storefront's production
// build, web/dist, with the security headers CloudFront sends). WEB_PORT moves the storefront (3000).
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { JavaMissingError } from './dynamoDbLocal';
import { startLocalStack } from './startLocalStack';
import { localDataDir } from './dataDir';

async function main() {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean', default: false },
      built: { type: 'boolean', default: false },
      port: { type: 'string' },
      stage: { type: 'string', default: 'dev' },
    },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid port "${values.port ?? process.env.PORT}".`);
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const started = Date.now();
  const stack = await startLocalStack({
    port,
    dataDir: localDataDir(),
    fresh: values.fresh,
    dynamoDbEndpoint: process.env.DYNAMODB_ENDPOINT || undefined,
    stageName: values.stage,
    webPort: webPortOf(process.env.WEB_PORT),
    builtWeb: values.built,
    notifierLog: (line) => console.log(line),
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
  console.log(
    [
      '',
      `Storefront GraphQL API ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  Storefront:   ${stack.webUrl}`,
      `  GraphQL:      ${stack.url}` + (stage.introspection ? '   (open it in a browser for Apollo Sandbox)' : ''),
      `  Stage:        ${stage.name} (gateway and function settings: CORS ${stage.corsOrigins.join(', ')}; ` +
        `GET cache ${stage.cache.enabled ? `on, ${stage.cache.ttlSeconds} s` : 'off'}; introspection ${stage.introspection ? 'on' : 'off'})`,
      `  DynamoDB:     ${stack.dynamoDbEndpoint}   table ${stack.tableName}`,
      `  Order events: ${displayPath(stack.notifier.outboxFile)} (SNS and SES stand-in; \`npm run job -- low-stock\` runs the daily report)`,
      `  Demo data:    ${stack.seeded.categories} categories, ${stack.seeded.products} products, ${stack.seeded.reviews} reviews` +
        (stack.seeded.created ? '' : ' (already present)'),
      ...(stack.reseeded ? ['  (The local table was made for an older layout: it was dropped and seeded again.)'] : []),
      '',
      '  Customer token (demo-customer):',
      `    Authorization: Bearer ${stack.tokens.customer}`,
      '  Admin token (demo-admin):',
      `    Authorization: Bearer ${stack.tokens.admin}`,
      '',
      '  More tokens: npm run token -- --sub <id> [--admin]',
      '  Runtime settings: npm run settings -- set local logLevel=INFO   (one log line per request)',
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

function webPortOf(value: string | undefined): number {
  const port = Number(value || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid WEB_PORT "${value}".`);
  return port;
}

main().catch((error: unknown) => {
  if (error instanceof JavaMissingError) {
    console.error(`\n${error.message}\n`);
  } else if (error instanceof Error && error.message.startsWith('Unknown stage')) {
    console.error(`\n${error.message} Run \`npm start -- --stage <name>\`.\n`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error('\nThe port is in use: stop the other server or run `PORT=4001 npm start`.\n');
  } else {
    console.error(error);
  }
  process.exit(1);
});
