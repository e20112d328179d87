import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DYNAMODB_LIMITS } from '../../data/client';
import type { ProductItem } from '../../data/entities/product';
import { freePort, startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamoDbLocal';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type GraphqlResponse, type Harness } from '../helpers/handlerHarness';
import { codeOf } from '../helpers/codeOf';
import { countRefusedConnections, type RefusedConnections } from '../helpers/refusedConnections';
import { checkStock } from '../helpers/orderInvariants';
import { recordSuiteCounts } from '../helpers/suiteSummary';

/** Requests the clients send into the outage before it ends (the test asks for more than 20). */
const OUTAGE_REQUESTS = 40;
/** Each client's pause between requests: a steady load, not a flood of instant failures. */
const THINK_MS = 500;
const STOCK = 100_000;
const READ = 'query($id: ID!) { product(id: $id) { id stock } }';
const PLACE = 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }';

interface Sample {
  readonly kind: 'read' | 'order';
  readonly phase: 'before' | 'outage' | 'after';
  readonly code: string;
  readonly worker: number;
  readonly key?: string;
}

/** Resolves once `done()` holds (checked every 20 ms): waits for what the scenario needs, no longer. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await sleep(20);
}

/**
 * Its own DynamoDB Local (persisted to a folder, so the data survives the restart), stopped under a
 * steady mixed load until the clients have sent it OUTAGE_REQUESTS requests and the SDK has retried
 * a refused call to its last attempt, and started again on the same port. The handler, its SDK client
 * and its sockets are the same throughout, with the production timeouts; the refused attempts are
 * counted below the SDK's retry layer, so the test sees the SDK retry them as it does in a Lambda.
 */
describe('a DynamoDB outage under load', () => {
  let local: DynamoDbLocal;
  let port: number;
  let dataDir: string;
  let h: Harness;
  let product: ProductItem;
  let refused: RefusedConnections;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'storefront-outage-'));
    port = await freePort();
    local = await startDynamoDbLocal({ dataDir, port, startTimeoutMs: 120_000 });
    h = await createHarness({}, { endpoint: local.endpoint, productionTimeouts: true });
    refused = countRefusedConnections(h.client);
    product = await aProduct(h.db, (await aCategory(h.db)).categoryId, { stock: STOCK });
  }, 180_000);

  afterAll(async () => {
    await local?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('fails fast with SERVICE_UNAVAILABLE while it is down, and serves the very next request once it is back', async () => {
    // Prepare: 4 clients, each alternating a product read and a one-unit order with a fresh key
    const samples: Sample[] = [];
    let phase: Sample['phase'] = 'before';
    let running = true;
    let sequence = 0;
    const client = async (worker: number) => {
      const token = h.token({ sub: `outage-buyer-${worker}` });
      while (running) {
        const kind = sequence++ % 2 === 0 ? 'read' : 'order';
        const key = `outage-${worker}-${sequence}`;
        const at = phase;
        const response =
          kind === 'read'
            ? await h.gql({ query: READ, variables: { id: product.productId } })
            : await h.gql({
                query: PLACE,
                variables: { input: { idempotencyKey: key, items: [{ productId: product.productId, quantity: 1 }] } },
                token,
              });
        // a request that straddles the stop or the restart belongs to neither phase
        if (at === phase)
          samples.push({
            kind,
            phase: at,
            code: codeOf(response),
            worker,
            ...(kind === 'order' ? { key: `${worker}|${key}` } : {}),
          });
        else samples.push({ kind, phase: 'before', code: 'STRADDLED', worker });
        await sleep(THINK_MS);
      }
    };
    const clients = [0, 1, 2, 3].map(client);

    const servedIn = (at: Sample['phase']) => new Set(samples.filter((sample) => sample.phase === at && sample.code === 'OK').map((s) => s.worker));

    // Act: load until every client has been served, outage, restart on the same port with the same data
    await until(() => servedIn('before').size === 4);
    phase = 'outage';
    await local.stop();
    await until(
      () =>
        samples.filter((sample) => sample.phase === 'outage').length >= OUTAGE_REQUESTS &&
        [...refused.byInvocation.values()].includes(DYNAMODB_LIMITS.maxAttempts),
    );
    running = false;
    await Promise.all(clients);
    local = await startDynamoDbLocal({ dataDir, port, startTimeoutMs: 120_000 });
    const first = await h.gql<{ product: { id: string } }>({ query: READ, variables: { id: product.productId } });
    phase = 'after';
    running = true;
    const after = [0, 1, 2, 3].map(client);
    await until(() => samples.filter((sample) => sample.phase === 'after').length >= 8);
    running = false;
    await Promise.all(after);

    // Retry every order that failed, with its own key, as a client would
    const failedOrders = samples.filter((sample) => sample.kind === 'order' && sample.code !== 'OK' && sample.key);
    const retries: GraphqlResponse[] = [];
    const retryOne = async () => {
      for (let next = failedOrders.pop(); next; next = failedOrders.pop()) {
        const [worker, idempotencyKey] = next.key!.split('|');
        retries.push(
          await h.gql({
            query: PLACE,
            variables: { input: { idempotencyKey, items: [{ productId: product.productId, quantity: 1 }] } },
            token: h.token({ sub: `outage-buyer-${worker}` }),
          }),
        );
      }
    };
    const failedCount = failedOrders.length;
    await Promise.all(Array.from({ length: 8 }, retryOne));

    // Assess
    const during = samples.filter((sample) => sample.phase === 'outage');
    const before = samples.filter((sample) => sample.phase === 'before' && sample.code !== 'STRADDLED');
    const afterRestart = samples.filter((sample) => sample.phase === 'after');
    const report = await checkStock(h.db, { [product.productId]: STOCK });
    const placedIds = report.orders.length;
    const orderedKeys = new Set(samples.filter((sample) => sample.kind === 'order').map((sample) => sample.key));
    const attemptsPerRefusedCall = [...refused.byInvocation.values()];
    const exhausted = attemptsPerRefusedCall.filter((attempts) => attempts === DYNAMODB_LIMITS.maxAttempts).length;
    console.log(
      `outage: ${during.length} requests failed, ${refused.total} connection attempts refused (${exhausted} calls retried to their ${DYNAMODB_LIMITS.maxAttempts} attempts before the SDK's retry quota ran dry); ` +
        `first request after restart: ${codeOf(first)}; before ${before.length} / after ${afterRestart.length} requests (${JSON.stringify([...new Set(afterRestart.map((sample) => sample.code))])}); ` +
        `${failedCount} failed orders retried → ${JSON.stringify([...new Set(retries.map(codeOf))])}; ${placedIds} orders stored`,
    );
    recordSuiteCounts('reliability', {
      faults: refused.total,
      requests: samples.length + retries.length + 1,
      violations: report.violations + during.filter((sample) => sample.code !== 'SERVICE_UNAVAILABLE').length,
    });
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((sample) => sample.code === 'OK')).toBe(true);
    expect(during.length).toBeGreaterThan(20);
    expect(new Set(during.map((sample) => sample.code))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    // the production path: the SDK retried refused calls, up to its bounded attempts and no further
    // (until its retry quota ran dry: from then on a refused call fails at its first attempt)
    expect(Math.max(...attemptsPerRefusedCall)).toBe(DYNAMODB_LIMITS.maxAttempts);
    expect(exhausted).toBeGreaterThan(0);
    expect(codeOf(first)).toBe('OK');
    expect(first.body.data!.product.id).toBe(product.productId);
    expect(afterRestart.length).toBeGreaterThan(0);
    expect(afterRestart.map((sample) => sample.code)).toEqual(afterRestart.map(() => 'OK'));
    expect(retries.every((response) => codeOf(response) === 'OK')).toBe(true);
    expect(report.violations).toBe(0);
    // each key placed at most one order (a retry returns the order an interrupted request placed)
    expect(placedIds).toBeLessThanOrEqual(orderedKeys.size);
  }, 300_000);
});
