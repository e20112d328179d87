import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { discountCodeKey } from '../../data/entities/discountCode';
import { getDiscountCodes, insertDiscountCode } from '../../data/discountCodes';
import { getOrderWithLines } from '../../data/orders';
import { getProduct } from '../../data/products';
import { LOCAL_TEST_CARDS } from '../../domain/payments/localProvider';
import { startLocalHoldExpiry } from '../../local/localHoldExpiry';
import { LOCAL_NOTIFIER_CONTEXT } from '../../local/startLocalNotifier';
import { startStreamPoller, type StreamPoller } from '../../local/streamPoller';
import { createNotifierHandler, type NotifierHandler } from '../../notifier/createNotifierHandler';
import { createLocalOutbox, readOutbox, type OutboxLine } from '../../notifier/localOutbox';
import type { OrderEventV1 } from '../../notifier/orderEvent';
import { passesOrderFilters } from '../../runtime/orderStreamFilter';
import { aCategory, aProduct } from '../factories/catalog';
import { aCart, createCheckoutKit, type CheckoutKit } from '../helpers/checkoutKit';

const BEGIN = `mutation($input: CheckoutBeginInput!) { checkoutBegin(input: $input) { order { id } userErrors { code } } }`;
const CONFIRM = `mutation($input: CheckoutPaymentConfirmInput!) { checkoutPaymentConfirm(input: $input) { order { status } userErrors { code } } }`;

describe('abandoned checkouts: the TTL deletion of a hold marker, through the notifier', () => {
  let kit: CheckoutKit;
  let dir: string;
  let outboxFile: string;
  let handler: NotifierHandler;
  let poller: StreamPoller;
  let categoryId: string;

  beforeAll(async () => {
    kit = await createCheckoutKit({}, { stream: true });
    categoryId = (await aCategory(kit.h.db)).categoryId;
    dir = mkdtempSync(join(tmpdir(), 'storefront-abandoned-'));
    outboxFile = join(dir, 'outbox.jsonl');
    const outbox = createLocalOutbox({ file: outboxFile });
    handler = createNotifierHandler({
      config: {
        stage: 'local',
        region: 'us-east-1',
        tableName: kit.h.tableName,
        dynamoDbEndpoint: kit.h.endpoint,
        logLevel: 'ERROR',
        outbox: { kind: 'file', file: outboxFile },
      },
      publisher: outbox.publisher,
      mailer: outbox.mailer,
      logger: new Logger({ serviceName: 'storefront-api-test', logLevel: 'ERROR' }),
      now: kit.clock,
    });
    poller = await startStreamPoller({
      endpoint: kit.h.endpoint,
      tableName: kit.h.tableName,
      filter: passesOrderFilters,
      maxRetries: 1,
      handler: async (event) => (await handler(event, LOCAL_NOTIFIER_CONTEXT)) as DynamoDBBatchResponse,
    });
  });

  afterAll(async () => {
    await poller?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const markerKey = (orderId: string) => kit.h.db.entities.orderHold.get({ orderId }).params() as { Key: Record<string, unknown>; TableName: string };
  const readMarker = async (orderId: string) =>
    (await kit.h.db.documentClient.send(new GetCommand({ ...markerKey(orderId), ConsistentRead: true }))).Item;

  /** What DynamoDB's TTL does to an expired marker: it deletes it, and the stream carries a REMOVE whose userIdentity is the service. */
  async function ttlDeletes(orderId: string, marker: Record<string, unknown>): Promise<DynamoDBRecord> {
    await kit.h.db.documentClient.send(new DeleteCommand(markerKey(orderId)));
    return {
      eventID: `ttl-${orderId}`,
      eventName: 'REMOVE',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      eventSourceARN: 'arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/2026-01-01T00:00:00.000',
      userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' },
      dynamodb: {
        Keys: marshall(markerKey(orderId).Key) as never,
        OldImage: marshall(marker) as never,
        SequenceNumber: '1',
        SizeBytes: 100,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    } as DynamoDBRecord;
  }
  const deliver = (record: DynamoDBRecord) => handler({ Records: [record] }, LOCAL_NOTIFIER_CONTEXT) as Promise<DynamoDBBatchResponse>;
  const eventTypesOf = (orderId: string) =>
    readOutbox(outboxFile)
      .filter((line): line is Extract<OutboxLine, { kind: 'message' }> => line.kind === 'message')
      .map((line) => line.body as OrderEventV1)
      .filter((event) => event.order?.id === orderId)
      .map((event) => event.eventType);

  async function begin(customerId: string, productId: string, discountCodes: string[] = []) {
    const cart = await aCart(kit.h.db, customerId, [{ productId, quantity: 2 }], { discountCodes });
    const { body } = await kit.h.gql<{ checkoutBegin: { order: { id: string } | null; userErrors: unknown[] } }>({
      query: BEGIN,
      variables: { input: { cartId: cart.cartId, idempotencyKey: `abandon-${cart.cartId}` } },
      token: kit.h.token({ sub: customerId }),
    });
    return body.data!.checkoutBegin.order!.id;
  }

  it('records an abandoned checkout once: CANCELLED with one ORDER_CANCELLED, its discount use given back and its holds folded back', async () => {
    // Prepare: a pending order holding 2 of 5 units and the only use of a code
    const product = await aProduct(kit.h.db, categoryId, { stock: 5 });
    const now = kit.clock();
    await insertDiscountCode(kit.h.db, {
      codeKey: discountCodeKey('ABANDON'),
      code: 'ABANDON',
      kind: 'PERCENTAGE',
      value: 10,
      startsAt: new Date(now.getTime() - 60_000).toISOString(),
      usageLimit: 1,
      usageCount: 0,
      oncePerCustomer: true,
      createdAt: now.toISOString(),
    });
    const orderId = await begin('shopper-abandon', product.productId, ['ABANDON']);
    const marker = await readMarker(orderId);
    const held = await getProduct(kit.h.db, { productId: product.productId, consistent: true });
    const codeTaken = (await getDiscountCodes(kit.h.db, ['ABANDON']))[0]!.item!.usageCount;

    // Act: the hold expires, TTL deletes the marker, and the record is delivered twice (Lambda delivers at least once)
    kit.clock.advanceMinutes(11);
    const record = await ttlDeletes(orderId, marker!);
    const answers = [await deliver(record), await deliver(record)];
    await poller.idle();

    // Assess
    expect(marker).toMatchObject({ expiresAt: Math.floor(now.getTime() / 1000) + 600 });
    expect(held!.stock).toBe(3);
    expect(codeTaken).toBe(1);
    expect(answers).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    const { order } = (await getOrderWithLines(kit.h.db, { orderId, consistent: true }))!;
    expect(order).toMatchObject({ status: 'CANCELLED', paymentStatus: 'FAILED' });
    expect(order.history!.filter((entry) => entry.status === 'CANCELLED')).toEqual([expect.objectContaining({ note: 'hold expired' })]);
    expect(eventTypesOf(orderId)).toEqual(['ORDER_PENDING_PAYMENT', 'ORDER_CANCELLED']);
    expect((await getDiscountCodes(kit.h.db, ['ABANDON'], { customerId: 'shopper-abandon' }))[0]).toMatchObject({
      item: expect.objectContaining({ usageCount: 0 }),
      usedByCustomer: false,
    });
    const after = await getProduct(kit.h.db, { productId: product.productId, consistent: true });
    expect(after).toMatchObject({ stock: 5, holds: {} });
  });

  it('leaves a paid order alone: paying removed its marker, and a late TTL record for it changes nothing', async () => {
    // Prepare
    const product = await aProduct(kit.h.db, categoryId, { stock: 5 });
    const orderId = await begin('shopper-paid', product.productId);
    const marker = await readMarker(orderId);
    const { body } = await kit.h.gql<{ checkoutPaymentConfirm: { order: { status: string } } }>({
      query: CONFIRM,
      variables: { input: { orderId, paymentMethod: LOCAL_TEST_CARDS.approve, idempotencyKey: 'pay' } },
      token: kit.h.token({ sub: 'shopper-paid' }),
    });
    const markerAfterPaying = await readMarker(orderId);

    // Act
    kit.clock.advanceMinutes(11);
    const answer = await deliver(await ttlDeletes(orderId, marker!));
    await poller.idle();

    // Assess
    expect(body.data!.checkoutPaymentConfirm.order.status).toBe('PAID');
    expect(markerAfterPaying).toBeUndefined();
    expect(answer).toEqual({ batchItemFailures: [] });
    expect((await getOrderWithLines(kit.h.db, { orderId, consistent: true }))!.order).toMatchObject({ status: 'PAID', version: 2 });
    expect(eventTypesOf(orderId)).toEqual(['ORDER_PENDING_PAYMENT', 'ORDER_PAID']);
    expect((await getProduct(kit.h.db, { productId: product.productId, consistent: true }))!.stock).toBe(3);
  });

  it('has npm start stand in for TTL: its sweep deletes only expired markers and their orders are recorded cancelled', async () => {
    // Prepare: one pending order past its hold, one started after the clock moved
    const product = await aProduct(kit.h.db, categoryId, { stock: 10 });
    const expired = await begin('shopper-local-expired', product.productId);
    kit.clock.advanceMinutes(11);
    const live = await begin('shopper-local-live', product.productId);
    const expiry = startLocalHoldExpiry({
      db: kit.h.db,
      notify: (event) => handler(event, LOCAL_NOTIFIER_CONTEXT),
      now: kit.clock,
      intervalMs: 3_600_000,
    });

    // Act
    const deleted = await expiry.sweep();
    expiry.stop();
    await poller.idle();

    // Assess
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await readMarker(expired)).toBeUndefined();
    expect(await readMarker(live)).toBeDefined();
    expect((await getOrderWithLines(kit.h.db, { orderId: expired, consistent: true }))!.order.status).toBe('CANCELLED');
    expect((await getOrderWithLines(kit.h.db, { orderId: live, consistent: true }))!.order.status).toBe('PENDING_PAYMENT');
    expect(eventTypesOf(expired)).toEqual(['ORDER_PENDING_PAYMENT', 'ORDER_CANCELLED']);
  });
});
