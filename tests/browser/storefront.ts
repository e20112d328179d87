import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { putAliasSettings } from '../../data/aliasSettings';
import { createDynamoClient } from '../../data/client';
import { createDb, type Db } from '../../data/db';
import { PROJECT_ROOT } from '../../infra/projectRoot';
import { freePort } from '../../local/dynamoDbLocal';
import { ensureTable } from '../../local/ensureTable';
import { npmStart } from '../helpers/npmStart';
import { sharedDynamoDb, type SharedDynamoDb } from '../helpers/sharedDynamoDb';
import { LOCAL_REQUEST_TIMEOUT_MS } from '../helpers/testTable';

/** Debian's Chromium (.ci/run installs it); no browser download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the browser tests write their screenshots. */
export const ARTIFACTS = join(PROJECT_ROOT, 'tests', 'browser', 'artifacts');

export interface Storefront {
  readonly webUrl: string;
  readonly apiUrl: string;
  readonly db: Db;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * `npm start -- --stage qa` as a user runs it (the API with qa's GET cache, the storefront on its
 * own origin), on the project's DynamoDB Local (DYNAMODB_ENDPOINT) in a table of its own
 * (DYNAMODB_TABLE), made first so the alias's runtime settings can be written before the function
 * reads them. `built`: the production build with CloudFront's headers. `dynamo`: where its table
 * goes; the Jest worker's DynamoDB Local when left out (the bench passes the one it started).
 */
export async function startStorefront({ built = false, dynamo }: { built?: boolean; dynamo?: SharedDynamoDb } = {}): Promise<Storefront> {
  const { dynamoDbEndpoint: endpoint, tableName } = dynamo ?? sharedDynamoDb('storefront');
  // generous timeouts, as for every test table: a retried conditional write would fail its own condition
  const client = createDynamoClient({
    region: 'us-east-1',
    endpoint,
    requestTimeoutMs: LOCAL_REQUEST_TIMEOUT_MS,
    connectionTimeoutMs: LOCAL_REQUEST_TIMEOUT_MS,
  });
  const db = createDb({ client, tableName });
  await ensureTable(endpoint, tableName);
  // read again every 5 s, so a test's change of the settings applies within seconds
  await putAliasSettings(db, { alias: 'local', settings: { refreshSeconds: 5 }, expectedRevision: 0 });
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-browser-'));
  const [port, webPort] = [await freePort(), await freePort()];
  const started = npmStart(
    { PORT: String(port), WEB_PORT: String(webPort), STOREFRONT_DATA_DIR: dataDir, DYNAMODB_ENDPOINT: endpoint, DYNAMODB_TABLE: tableName },
    ['--stage', 'qa', ...(built ? ['--built'] : [])],
  );
  await started.waitFor(/ready in/);
  return {
    webUrl: `http://localhost:${webPort}`,
    apiUrl: `http://localhost:${port}/graphql`,
    db,
    dataDir,
    async stop() {
      await started.interrupt();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's chromium package (.ci/run does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The built storefront (web/dist) served from another origin, with `config.json` naming `apiUrl`: an origin the API does not allow. */
export async function serveBuiltStorefront(apiUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const dist = join(PROJECT_ROOT, 'web', 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` (npm test does).');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/config.json') {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({ apiUrl, auth: { kind: 'local', tokensUrl: apiUrl.replace('/graphql', '/local/tokens') }, payments: { provider: 'local' } }),
      );
      return;
    }
    const file = join(dist, path);
    const found = file.startsWith(dist) && existsSync(file) && statSync(file).isFile() ? file : join(dist, 'index.html');
    response.setHeader('content-type', TYPES[extname(found)] ?? 'application/octet-stream');
    createReadStream(found).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    // the page may still hold connections open (keep-alive, a request in flight): close them too, or close() waits for them
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is (the page's context must bypass the Content-Security-Policy, which refuses the test's script). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: number }>> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: unknown, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
      }
    ).axe;
    return axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
  });
  return result.violations
    .map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }))
    .filter(({ impact }) => impact === 'serious' || impact === 'critical');
}
