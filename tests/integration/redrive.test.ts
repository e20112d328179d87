import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { putCustomer } from '../../data/customers';
import { localStackFile } from '../../local/dataDir';
import { createLocalDeadLetters } from '../../local/localDeadLetters';
import { startLocalNotifier, type LocalNotifier } from '../../local/startLocalNotifier';
import { createLocalOutbox, readOutbox, type OutboxLine } from '../../notifier/localOutbox';
import type { OrderEventV1 } from '../../notifier/orderEvent';
import { aCategory, aProduct } from '../factories/catalog';
import { loadCommandInProcess, type InProcessCommand } from '../helpers/commandInProcess';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { runCommand } from '../helpers/runCommand';
import { startSlowProxy, type SlowProxy } from '../helpers/slowProxy';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;

/** `npm run job -- <args>` on the data folder `dataDir`: its output and exit code. */
const job = (dataDir: string, ...args: string[]) =>
  runCommand('scripts/job.ts', args, { STOREFRONT_DATA_DIR: dataDir, AWS_REGION: '', AWS_DEFAULT_REGION: '' });

describe('npm run job -- redrive, on the local stack', () => {
  let h: Harness;
  let proxy: SlowProxy;
  let notifier: LocalNotifier;
  let dataDir: string;
  let outboxFile: string;
  let productId: string;

  beforeAll(async () => {
    h = await createHarness({}, { stream: true });
    dataDir = mkdtempSync(join(tmpdir(), 'storefront-redrive-'));
    outboxFile = join(dataDir, 'outbox.jsonl');
    // as `npm start` writes it: the running stack's DynamoDB Local and table, for npm run job
    writeFileSync(localStackFile(dataDir), JSON.stringify({ dynamoDbEndpoint: h.endpoint, tableName: h.tableName, pid: process.pid }));
    proxy = await startSlowProxy(h.endpoint, 0);
    notifier = await startLocalNotifier({ endpoint: proxy.url, tableName: h.tableName, outboxFile });
    const category = await aCategory(h.db);
    productId = (await aProduct(h.db, category.categoryId, { stock: 20 })).productId;
  });

  afterAll(async () => {
    await notifier?.stop();
    await proxy?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const outbox = (): OutboxLine[] => readOutbox(outboxFile);
  const waiting = () => createLocalDeadLetters({ file: outboxFile, outbox: { removeDeadLetter: () => undefined } }).receive();
  const messagesOf = (orderId: string) => outbox().filter((line) => line.kind === 'message' && (line.body as OrderEventV1).order?.id === orderId);
  const emailsTo = (address: string) => outbox().filter((line) => line.kind === 'email' && line.to === address);

  it('sends what a dead-lettered order still lacks (its email, not its event again), once, and removes the dead letter', async () => {
    // Prepare: the customer's address cannot be read while the order is processed, after its event went out
    const customerId = randomUUID();
    const email = `${customerId}@example.com`;
    await putCustomer(h.db, { customerId, email, name: 'Ada', createdAt: new Date().toISOString() });
    proxy.failWhen = (target, body) => target.endsWith('.GetItem') && body.includes(`#customerId_${customerId}"`);
    const placed = await h.gql<{ placeOrder: { id: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey: 'redrive', items: [{ productId, quantity: 1 }] } },
      token: h.token({ sub: customerId }),
    });
    const orderId = placed.body.data!.placeOrder.id;
    await notifier.idle();
    proxy.failWhen = undefined;
    expect((await waiting()).map((letter) => (letter.records.kind === 'records' ? letter.records.records.length : 0))).toEqual([1]);
    expect(messagesOf(orderId)).toHaveLength(1);
    expect(emailsTo(email)).toHaveLength(0);

    // Act
    const first = await job(dataDir, 'redrive');
    const second = await job(dataDir, 'redrive');

    // Assess: one event, one email, the dead letter gone; the second run finds nothing
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(`ORDER_PLACED ${orderId}: already published, email sent`);
    expect(first.stdout).toContain('1 redriven and removed, 0 kept');
    expect(messagesOf(orderId)).toHaveLength(1);
    expect(emailsTo(email)).toHaveLength(1);
    expect(await waiting()).toEqual([]);
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout).toContain('No dead letters: nothing to redrive.');
  }, 180_000);

  it('keeps a dead letter whose redrive fails, and says why', async () => {
    // Prepare: a dead letter for an order the table does not hold
    const [record] = outbox().flatMap((line) =>
      line.kind === 'dead-letter' ? [line.record as { dynamodb: { NewImage: Record<string, unknown> } }] : [],
    );
    const orphan = structuredClone(record!);
    orphan.dynamodb.NewImage.orderId = { S: 'no-such-order' };
    createLocalOutbox({ file: outboxFile }).deadLetter('retries exhausted (2)', orphan);

    // Act
    const result = await job(dataDir, 'redrive');

    // Assess
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/kept +\S+ +\(retries exhausted \(2\)\): Order no-such-order is not in the table\./);
    expect(result.stdout).toContain('0 redriven and removed, 1 kept (failed)');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    expect(await waiting()).toHaveLength(1);
  }, 120_000);

  // The command's own code in this process (tests/helpers/commandInProcess.ts): the line each
  // mistake gets. tests/e2e/commandMistakes.test.ts runs it as a process for the exit code 2, the
  // usage and no stack trace.
  describe('its mistakes', () => {
    const command = () => (jobInProcess ??= loadCommandInProcess('scripts/job.ts'));
    let jobInProcess: InProcessCommand | undefined;

    it.each([
      [['redrive', '--stage', 'nowhere'], /Unknown stage "nowhere"/],
      [['redrive', '--region', 'eu-west-1'], /^--region goes with --stage\.$/],
      [['redrive', '--stage', 'qa'], /^No region: pass --region <region>, or set AWS_REGION\.$/],
      [['redrive-all'], /^Unknown job "redrive-all"\.$/],
    ])('answers a mistake (%j) with a one-line usage error', async (args, message) => {
      const outcome = await command().run(args, { STOREFRONT_DATA_DIR: dataDir, AWS_REGION: '', AWS_DEFAULT_REGION: '' });

      expect(outcome.usageError).toMatch(message);
    });

    it('says when no local stack is running, and exits with 2', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'storefront-nostack-'));
      try {
        const outcome = await command().run(['redrive'], { STOREFRONT_DATA_DIR: empty });

        expect(outcome.code).toBe(2);
        expect(outcome.stderr).toContain('No local stack is running.');
        expect(outcome.stderr).not.toMatch(/\n\s+at /);
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    });
  });
});
