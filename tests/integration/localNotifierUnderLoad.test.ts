import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DYNAMODB_LIMITS } from '../../data/client';
import { startLocalNotifier, type LocalNotifier } from '../../local/startLocalNotifier';
import { readOutbox } from '../../notifier/localOutbox';
import type { OrderEventV1 } from '../../notifier/orderEvent';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { startSlowProxy, type SlowProxy } from '../helpers/slowProxy';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;

// Under a burst, DynamoDB Local on disk (as `npm start` runs it) took up to ~3 s per request on this
// machine: the local notifier must wait that out as the API's requests do, not dead-letter orders.
describe('the local notifier on a DynamoDB Local that answers slowly', () => {
  let h: Harness;
  let proxy: SlowProxy;
  let notifier: LocalNotifier;
  let dir: string;

  beforeAll(async () => {
    h = await createHarness({}, { stream: true });
    dir = mkdtempSync(join(tmpdir(), 'storefront-slow-'));
    proxy = await startSlowProxy(h.endpoint, 0);
    notifier = await startLocalNotifier({ endpoint: proxy.url, tableName: h.tableName, outboxFile: join(dir, 'outbox.jsonl') });
  });

  afterAll(async () => {
    await notifier?.stop();
    await proxy?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes an order placed while every request takes longer than the production per-attempt limit, and dead-letters nothing', async () => {
    // Prepare
    const category = await aCategory(h.db);
    const { productId } = await aProduct(h.db, category.categoryId, { stock: 5 });
    // the catalog's own changes (the search log and first snapshot) handled before answers slow down
    // past the production per-attempt limit
    await notifier.idle();
    proxy.delayMs = DYNAMODB_LIMITS.requestTimeoutMs + 100;

    // Act
    const placed = await h.gql<{ placeOrder: { id: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey: 'slow', items: [{ productId, quantity: 1 }] } },
      token: h.token({ sub: 'slow-buyer' }),
    });
    await notifier.idle();

    // Assess
    expect(placed.body.errors).toBeUndefined();
    const orderId = placed.body.data!.placeOrder.id;
    const lines = readOutbox(notifier.outboxFile);
    expect(lines.filter((line) => line.kind === 'dead-letter')).toEqual([]);
    expect(lines.filter((line) => line.kind === 'message' && (line.body as OrderEventV1).order.id === orderId)).toHaveLength(1);
  }, 120_000);
});
