import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { putCustomer } from '../../data/customers';
import type { ProductItem } from '../../data/entities/product';
import { LOCAL_NOTIFIER_CONTEXT } from '../../local/startLocalNotifier';
import { startStreamPoller, type StreamPoller } from '../../local/streamPoller';
import { createNotifierHandler, type NotifierHandler } from '../../notifier/createNotifierHandler';
import { createLocalOutbox, readOutbox, type OutboxLine } from '../../notifier/localOutbox';
import type { LowStockReportV1 } from '../../notifier/lowStockReport';
import { LOW_STOCK_JOB } from '../../runtime/jobs';
import type { OrderEventV1 } from '../../notifier/orderEvent';
import { passesOrderFilters } from '../../runtime/orderStreamFilter';
import orderEventSchema from '../../schema/events/order-event.v1.json';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validOrderEvent = ajv.compile(orderEventSchema);

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelOrder(id: $id) { id status } }`;

describe('order events, from DynamoDB Local’s stream through the notifier', () => {
  let h: Harness;
  let dir: string;
  let outboxFile: string;
  let handler: NotifierHandler;
  let poller: StreamPoller;
  /** Every batch the poller handed to the notifier, with its answer: real stream records. */
  const batches: Array<{ event: DynamoDBStreamEvent; answer: DynamoDBBatchResponse }> = [];
  let product: ProductItem;
  let customer: string;
  let admin: string;

  beforeAll(async () => {
    h = await createHarness({}, { stream: true });
    dir = mkdtempSync(join(tmpdir(), 'storefront-outbox-'));
    outboxFile = join(dir, 'outbox.jsonl');
    const outbox = createLocalOutbox({ file: outboxFile });
    handler = createNotifierHandler({
      config: {
        stage: 'local',
        region: 'us-east-1',
        tableName: h.tableName,
        dynamoDbEndpoint: h.endpoint,
        logLevel: 'ERROR',
        outbox: { kind: 'file', file: outboxFile },
      },
      publisher: outbox.publisher,
      mailer: outbox.mailer,
      // the harness keeps this service's lines out of the test output, in h.logs
      logger: new Logger({ serviceName: 'storefront-api-test', logLevel: 'ERROR' }),
    });
    poller = await startStreamPoller({
      endpoint: h.endpoint,
      tableName: h.tableName,
      filter: passesOrderFilters,
      maxRetries: 1,
      handler: async (event) => {
        const answer = (await handler(event, LOCAL_NOTIFIER_CONTEXT)) as DynamoDBBatchResponse;
        batches.push({ event, answer });
        return answer;
      },
      onDeadLetter: (reason, record) => outbox.deadLetter(reason, record),
    });
    const category = await aCategory(h.db);
    product = await aProduct(h.db, category.categoryId, { stock: 50, price: { amount: 1250, currency: 'EUR' } });
    await putCustomer(h.db, { customerId: 'cust-1', email: 'ada@example.com', name: 'Ada', createdAt: new Date().toISOString() });
    customer = h.token({ sub: 'cust-1' });
    admin = h.token({ sub: 'admin-1', admin: true });
  });

  afterAll(async () => {
    await poller?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const outbox = (): OutboxLine[] => readOutbox(outboxFile);
  const messagesOf = (orderId: string) => outbox().filter((line) => line.kind === 'message' && (line.body as OrderEventV1).order?.id === orderId);
  const emailsTo = (address: string) =>
    outbox().filter((line): line is Extract<OutboxLine, { kind: 'email' }> => line.kind === 'email' && line.to === address);

  async function placeOrder(idempotencyKey: string, quantity = 2): Promise<string> {
    const placed = await h.gql<{ placeOrder: { id: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey, items: [{ productId: product.productId, quantity }] } },
      token: customer,
    });
    return placed.body.data!.placeOrder.id;
  }

  it('publishes exactly one ORDER_PLACED, valid against its schema and with its attributes, and emails the customer once', async () => {
    // Act
    const orderId = await placeOrder('events-1');
    await poller.idle();

    // Assess
    const [message, ...more] = messagesOf(orderId);
    expect(more).toEqual([]);
    expect(message).toMatchObject({
      kind: 'message',
      topic: 'orders',
      attributes: { eventType: 'ORDER_PLACED', orderId, customerId: 'cust-1', stage: 'local' },
    });
    const event = (message as Extract<OutboxLine, { kind: 'message' }>).body as OrderEventV1;
    expect(validOrderEvent(event) ? [] : validOrderEvent.errors).toEqual([]);
    expect(event).toMatchObject({
      eventId: `${orderId}:ORDER_PLACED`,
      order: { status: 'PLACED', total: { amount: 2500, currency: 'EUR' }, lines: [{ sku: product.sku, quantity: 2, lineTotal: { amount: 2500 } }] },
    });
    expect(JSON.stringify(event)).not.toContain('ada@example.com');
    const emails = emailsTo('ada@example.com').filter((email) => email.subject.includes(orderId.slice(0, 8).toUpperCase()));
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain('€25.00');
    expect(emails[0]!.html).toContain('<strong>€25.00</strong>');
  });

  it('publishes ORDER_CANCELLED with a cancellation email when the customer cancels', async () => {
    // Prepare
    const orderId = await placeOrder('events-2');

    // Act
    await h.gql({ query: CANCEL, variables: { id: orderId }, token: customer });
    await poller.idle();

    // Assess
    expect(messagesOf(orderId).map((line) => (line as { attributes: Record<string, string> }).attributes.eventType)).toEqual([
      'ORDER_PLACED',
      'ORDER_CANCELLED',
    ]);
    const cancelled = messagesOf(orderId)[1] as Extract<OutboxLine, { kind: 'message' }>;
    expect(validOrderEvent(cancelled.body)).toBe(true);
    expect((cancelled.body as OrderEventV1).order.status).toBe('CANCELLED');
    expect(emailsTo('ada@example.com').filter((email) => email.subject.includes('is cancelled'))).toHaveLength(1);
  });

  it('publishes nothing for writes that are not order changes (catalog, stock, reviews, profiles)', async () => {
    // Prepare
    await poller.idle();
    const before = outbox().length;
    const handled = batches.length;

    // Act
    await h.gql({
      query: `mutation($id: ID!) { restockProduct(id: $id, quantity: 3) { stock } }`,
      variables: { id: product.productId },
      token: admin,
    });
    await h.gql({
      query: `mutation($input: AddReviewInput!) { addReview(input: $input) { id } }`,
      variables: { input: { productId: product.productId, rating: 5, title: 'Good', body: 'Very good.' } },
      token: customer,
    });
    await putCustomer(h.db, { customerId: 'cust-2', email: 'bo@example.com', createdAt: new Date().toISOString() });
    await poller.idle();

    // Assess: the filter kept every one of them from the handler
    expect(outbox().length).toBe(before);
    expect(batches.length).toBe(handled);
  });

  it('publishes no second event and sends no second email when a batch is delivered again (the stream retries at least once)', async () => {
    // Prepare
    const orderId = await placeOrder('events-3');
    await poller.idle();
    const delivered = batches.find(({ event }) => event.Records.some((record) => JSON.stringify(record).includes(orderId)))!;

    // Act: Lambda hands the same records to the function again
    const answer = (await handler(delivered.event, LOCAL_NOTIFIER_CONTEXT)) as DynamoDBBatchResponse;

    // Assess: both are claimed, so neither the event nor the email goes out again
    expect(answer.batchItemFailures).toEqual([]);
    expect(messagesOf(orderId).map((line) => ((line as { body: OrderEventV1 }).body as OrderEventV1).eventId)).toEqual([`${orderId}:ORDER_PLACED`]);
    expect(emailsTo('ada@example.com').filter((email) => email.subject.includes(orderId.slice(0, 8).toUpperCase()))).toHaveLength(1);
  });

  describe('a poison record', () => {
    let poison: DynamoDBRecord;
    let good: DynamoDBRecord[];

    beforeAll(async () => {
      // an order item without a total, written past the API, between two good orders
      const first = await placeOrder('events-4');
      await h.client.send(
        new PutCommand({
          TableName: h.tableName,
          Item: {
            pk: '$storefront$orderDetail#orderId_broken',
            sk: '$order_1',
            __edb_e__: 'order',
            __edb_v__: '1',
            orderId: 'broken',
            status: 'PLACED',
          },
        }),
      );
      const second = await placeOrder('events-5');
      await poller.idle();
      const records = batches.flatMap(({ event }) => event.Records);
      const find = (text: string) =>
        records.find((record) => record.eventName === 'INSERT' && JSON.stringify(record.dynamodb?.NewImage).includes(text))!;
      poison = find('"broken"');
      good = [find(first), find(second)];
    });

    it('is dead-lettered after its retries, logged, and the order behind it is still published, its email sent once', () => {
      const deadLetters = outbox().filter((line) => line.kind === 'dead-letter');
      const behind = good[1]!.dynamodb!.NewImage!.orderId!.S!;

      expect(deadLetters).toEqual([expect.objectContaining({ record: expect.objectContaining({ eventID: poison.eventID }) })]);
      // retried with the poison record (as Lambda retries from the failed record on): published once all the same
      expect(messagesOf(behind)).toHaveLength(1);
      expect(new Set(messagesOf(behind).map((line) => (line as { body: OrderEventV1 }).body.eventId))).toEqual(new Set([`${behind}:ORDER_PLACED`]));
      expect(emailsTo('ada@example.com').filter((email) => email.subject.includes(behind.slice(0, 8).toUpperCase()))).toHaveLength(1);
      expect(h.logs.some((line) => line.includes('InvalidOrderRecordError'))).toBe(true);
    });

    it('is reported as the one batch item failure while the records around it are processed', async () => {
      // Act: the three real stream records as one batch
      const answer = (await handler({ Records: [good[0]!, poison, good[1]!] }, LOCAL_NOTIFIER_CONTEXT)) as DynamoDBBatchResponse;

      // Assess
      expect(answer.batchItemFailures).toEqual([{ itemIdentifier: poison.dynamodb!.SequenceNumber }]);
    });
  });

  it('runs the low-stock report: the products at or below their threshold, on the admin topic', async () => {
    // Prepare
    const category = await aCategory(h.db);
    const low = await aProduct(h.db, category.categoryId, { stock: 2, sku: 'EVENTS-LOW' });
    await aProduct(h.db, category.categoryId, { stock: 30, sku: 'EVENTS-OK' });

    // Act
    const report = (await handler(LOW_STOCK_JOB, LOCAL_NOTIFIER_CONTEXT)) as LowStockReportV1;

    // Assess
    expect(report.products.map((p) => p.sku)).toContain(low.sku);
    expect(report.products.map((p) => p.sku)).not.toContain('EVENTS-OK');
    expect(report.products.every((p) => p.stock <= p.threshold)).toBe(true);
    const published = outbox().filter((line) => line.kind === 'message' && line.topic === 'admin');
    expect(published.at(-1)).toMatchObject({ attributes: { reportType: 'LOW_STOCK', stage: 'local' }, body: { defaultThreshold: 5 } });
  });
});
