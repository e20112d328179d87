import { publicCustomerId } from '../../resolvers/customer/publicCustomerId';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOutbox } from '../../notifier/localOutbox';
import { PROJECT_ROOT } from '../../infra/projectRoot';
import { stopLeftover } from '../../local/dynamoDbLocal';
import { npmStart, type NpmStart } from '../helpers/npmStart';

/** `npm start` with the storefront on a free port. */
const start = (env: NodeJS.ProcessEnv, args: string[] = []) => npmStart({ WEB_PORT: '0', ...env }, args);

const portIsClosed = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('npm start', () => {
  /**
   * Two starts on one data folder, the second test going on from the first: a first start, killed
   * outright; a second on the data it left, stopped with Ctrl-C.
   */
  describe('run after run on the same data', () => {
    let dataDir: string;
    /** The start the last test left running, stopped after all. */
    let running: NpmStart | undefined;
    /** The port of the DynamoDB Local the first start, killed outright, left running. */
    let leftPort: number | undefined;

    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'storefront-e2e-'));
    });

    afterAll(async () => {
      if (running && running.child.exitCode === null && running.child.signalCode === null) await running.interrupt();
      // the DynamoDB Local the killed start left, should no start after it have stopped it
      await stopLeftover(join(dataDir, 'dynamodb'));
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('serves the seeded API and the storefront; killed outright, it leaves its DynamoDB Local running (no exit handler runs)', async () => {
      const first = (running = start({ STOREFRONT_DATA_DIR: dataDir, PORT: '0' }));
      const [, url] = await first.waitFor(/GraphQL:\s+(http:\/\/localhost:\d+\/graphql)/);
      const [, dynamoPort] = await first.waitFor(/DynamoDB:\s+http:\/\/127\.0\.0\.1:(\d+)/);
      const [, token] = await first.waitFor(/Customer token[^\n]*\n\s+Authorization: Bearer (\S+)/);
      const order = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id orders { edges { node { status } } } } }' }),
      });
      expect(await order.json()).toEqual({
        data: { me: { id: publicCustomerId('demo-customer'), orders: { edges: [{ node: { status: 'PLACED' } }] } } },
        // npm start runs the dev stage's settings, which show every caller what a request cost
        extensions: { cost: expect.objectContaining({ readUnits: expect.any(Number), dynamoRequests: expect.any(Number) }) },
      });

      // the storefront from Vite's dev server, on an origin of its own that the gateway allows, configured for this API
      const [, webUrl] = await first.waitFor(/Storefront:\s+(http:\/\/localhost:\d+)/);
      const page = await fetch(`${webUrl}/product/any`);
      const entry = await fetch(`${webUrl}/src/main.tsx`);
      const config = (await (await fetch(`${webUrl}/config.json`)).json()) as { apiUrl: string; auth: { kind: string; tokensUrl: string } };
      const preflight = await fetch(url!, { method: 'OPTIONS', headers: { origin: webUrl!, 'access-control-request-method': 'GET' } });
      const demoUsers = (await (await fetch(config.auth.tokensUrl, { headers: { origin: webUrl! } })).json()) as { users: Array<{ sub: string }> };
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      // the app's entry compiled for the browser (the browser tests run the production build)
      expect(entry.status).toBe(200);
      expect(entry.headers.get('content-type')).toMatch(/javascript/);
      expect(await entry.text()).toMatch(/from "\/src\/App\.tsx/);
      expect(config).toEqual({
        apiUrl: url,
        auth: { kind: 'local', tokensUrl: expect.stringMatching(/\/local\/tokens$/) },
        payments: { provider: 'local' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(webUrl);
      expect(demoUsers.users.map((user) => user.sub)).toEqual(['demo-customer', 'demo-admin']);

      // `npm run token` signs with the same stored key
      const adminToken = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--sub', 'ops-1', '--admin'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, STOREFRONT_DATA_DIR: dataDir },
      })
        .toString()
        .trim();
      const asAdmin = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ query: 'mutation { createCategory(input: { name: "Cups", slug: "cups" }) { slug } }' }),
      });
      expect(await asAdmin.json()).toEqual({
        data: { createCategory: { slug: 'cups' } },
        extensions: { cost: expect.objectContaining({ writeUnits: expect.any(Number) }) },
      });

      first.child.kill('SIGKILL');
      await first.exited;
      leftPort = Number(dynamoPort);
      expect(await portIsClosed(leftPort)).toBe(false);
    }, 120_000);

    it('keeps the data for the next start, which stops the DynamoDB Local left running first, publishes an order placed on it to .data/outbox.jsonl within seconds, runs the low-stock job on demand, and stops DynamoDB Local too on Ctrl-C', async () => {
      // Prepare
      const stack = (running = start({ STOREFRONT_DATA_DIR: dataDir, PORT: '0' }));
      const [, dynamoPort] = await stack.waitFor(/DynamoDB:\s+http:\/\/127\.0\.0\.1:(\d+)/);
      const leftoverStopped = await portIsClosed(leftPort!);
      await stack.waitFor(/already present/);
      const [, url] = await stack.waitFor(/GraphQL:\s+(http:\/\/localhost:\d+\/graphql)/);
      const [, token] = await stack.waitFor(/Customer token[^\n]*\n\s+Authorization: Bearer (\S+)/);
      await stack.waitFor(/Order events:\s+\S*outbox\.jsonl/);
      const gql = async (query: string, variables?: object) =>
        (await (
          await fetch(url!, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query, variables }),
          })
        ).json()) as { data: any };
      const { productBySku } = (await gql('{ productBySku(sku: "TEA-001") { id } }')).data;
      const { categories } = (await gql('{ categories { slug } }')).data as { categories: Array<{ slug: string }> };

      // Act
      const { placeOrder } = (
        await gql('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
          input: { idempotencyKey: 'e2e-outbox', items: [{ productId: productBySku.id, quantity: 1 }] },
        })
      ).data;
      await stack.waitFor(new RegExp(`\\[outbox\\] orders topic: ORDER_PLACED ${placeOrder.id}`), 30_000);
      await stack.waitFor(/\[outbox\] email to dana@example\.com/, 30_000);
      const job = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/job.ts', 'low-stock'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, STOREFRONT_DATA_DIR: dataDir },
      }).toString();
      const exitCode = await stack.interrupt();

      // Assess: the leftover was stopped; the first run's category is still there; the order's event
      // and the report are in the outbox; Ctrl-C stopped everything
      expect(leftoverStopped).toBe(true);
      const lines = readOutbox(join(dataDir, 'outbox.jsonl')).map(
        (line) => line as { kind: string; topic?: string; attributes?: Record<string, string> },
      );
      expect(categories.map((category) => category.slug)).toContain('cups');
      expect(lines.filter((line) => line.attributes?.orderId === placeOrder.id).map((line) => line.attributes!.eventType)).toEqual(['ORDER_PLACED']);
      expect(job).toMatch(/product\(s\) at or below their threshold \(default 5\)/);
      expect(lines.at(-1)).toMatchObject({ kind: 'message', topic: 'admin', attributes: { reportType: 'LOW_STOCK', stage: 'local' } });
      expect(exitCode).toBe(0);
      expect(await portIsClosed(Number(dynamoPort))).toBe(true);
    }, 120_000);
  });

  it('stops with a clear message when Java is missing', async () => {
    // a PATH that has node but no java
    const dataDir = mkdtempSync(join(tmpdir(), 'storefront-e2e-'));
    try {
      const bin = join(dataDir, 'bin');
      mkdirSync(bin);
      symlinkSync(process.execPath, join(bin, 'node'));
      const child = start({ STOREFRONT_DATA_DIR: dataDir, PORT: '0', PATH: bin });

      const [message] = await child.waitFor(/DynamoDB Local needs Java 17 or newer[^\n]*/);

      expect(await child.exited).toBe(1);
      expect(message).toMatch(/Install a JDK/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
