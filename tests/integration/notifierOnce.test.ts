import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBBatchResponse } from 'aws-lambda';
import { putCustomer } from '../../data/customers';
import { createMetrics } from '../../runtime/createMetrics';
import { LOCAL_NOTIFIER_CONTEXT } from '../../local/startLocalNotifier';
import { startStreamPoller, type StreamPoller } from '../../local/streamPoller';
import { createCustomerContacts } from '../../notifier/customerContacts';
import { createNotifierHandler } from '../../notifier/createNotifierHandler';
import type { TopicMessage } from '../../notifier/outbox';
import { EMAILS_REFUSED_METRIC } from '../../notifier/sendEmail';
import { createSesMailer } from '../../notifier/sesMailer';
import { passesOrderFilters } from '../../runtime/orderStreamFilter';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { SES_ANSWERS, startSesEndpoint, type SesEndpoint } from '../helpers/sesEndpoint';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;

describe('notifier: each event published once across retries; SES refusals for good are not retried', () => {
  let h: Harness;
  let ses: SesEndpoint;
  let poller: StreamPoller;
  const published: TopicMessage[] = [];
  const deadLetters: unknown[] = [];
  /** How many of the next publishes fail (before the message goes out). */
  const publishFailures: Array<'fail'> = [];
  let productId: string;

  beforeAll(async () => {
    h = await createHarness({}, { stream: true });
    ses = await startSesEndpoint();
    const handler = createNotifierHandler({
      config: {
        stage: 'qa',
        region: 'eu-west-1',
        tableName: h.tableName,
        dynamoDbEndpoint: h.endpoint,
        logLevel: 'INFO',
        outbox: { kind: 'file', file: '/dev/null' },
      },
      db: h.db,
      publisher: {
        async publish(message) {
          if (publishFailures.shift()) throw new Error('SNS publish timed out');
          published.push(message);
        },
      },
      // the real SES client and mailer, on an endpoint answering as SES does
      mailer: createSesMailer({ client: ses.client(), sender: { from: 'Shop <shop@example.com>' } }),
      contacts: createCustomerContacts({ db: h.db }),
      logger: new Logger({ serviceName: 'storefront-api-test', logLevel: 'INFO' }),
      metrics: createMetrics({ serviceName: 'storefront-api-test', stage: 'qa' }),
    });
    poller = await startStreamPoller({
      endpoint: h.endpoint,
      tableName: h.tableName,
      filter: passesOrderFilters,
      maxRetries: 5,
      intervalMs: 50,
      handler: (event) => handler(event, LOCAL_NOTIFIER_CONTEXT) as Promise<DynamoDBBatchResponse>,
      onDeadLetter: (_reason, record) => deadLetters.push(record),
    });
    const category = await aCategory(h.db);
    productId = (await aProduct(h.db, category.categoryId, { stock: 50 })).productId;
  });

  afterAll(async () => {
    await poller?.stop();
    await ses?.close();
  });

  beforeEach(() => {
    ses.answers = [];
    ses.requests.length = 0;
    publishFailures.length = 0;
    h.logs.length = 0;
  });

  /** Places an order for a new customer with an email address; its id and the address. */
  const place = async (): Promise<{ orderId: string; email: string }> => {
    const customerId = randomUUID();
    const email = `${customerId}@example.com`;
    await putCustomer(h.db, { customerId, email, name: 'Ada', createdAt: new Date().toISOString() });
    const placed = await h.gql<{ placeOrder: { id: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey: 'once', items: [{ productId, quantity: 1 }] } },
      token: h.token({ sub: customerId }),
    });
    await poller.idle();
    return { orderId: placed.body.data!.placeOrder.id, email };
  };
  const publishedFor = (orderId: string) => published.filter((message) => message.attributes.orderId === orderId);
  const sentTo = (email: string) => ses.requests.filter((request) => request.Destination?.ToAddresses?.[0] === email);
  const refusedCounts = () =>
    h.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line._aws && line[EMAILS_REFUSED_METRIC] !== undefined)
      .map((line) => line[EMAILS_REFUSED_METRIC]);

  it('publishes ORDER_PLACED once when the record is retried after the publish (a throttled email)', async () => {
    // Prepare: SES throttles the first send, so the record fails after its event went out
    ses.answers = [SES_ANSWERS.throttled];

    // Act
    const { orderId, email } = await place();

    // Assess: retried (two sends), published once, emailed once, nothing dead-lettered
    expect(sentTo(email)).toHaveLength(2);
    expect(publishedFor(orderId)).toHaveLength(1);
    expect(deadLetters).toEqual([]);
  });

  it('gives the claim back when the publish fails, so the retry publishes', async () => {
    // Prepare
    publishFailures.push('fail');

    // Act
    const { orderId, email } = await place();

    // Assess
    expect(publishedFor(orderId)).toHaveLength(1);
    expect(sentTo(email)).toHaveLength(1);
    expect(deadLetters).toEqual([]);
  });

  it('keeps the publish claimed under the notification entity’s key prefix, next to the email’s', async () => {
    // Act
    const { orderId } = await place();

    // Assess: both claims exist, and their partition keys differ only after the entity's prefix
    const eventId = `${orderId}:ORDER_PLACED`;
    const items = await Promise.all(
      (['sns', 'email'] as const).map(async (channel) => {
        const { Item } = await h.client.send(
          new GetCommand({
            TableName: h.tableName,
            Key: h.db.entities.notification.get({ eventId, channel }).params().Key as Record<string, unknown>,
          }),
        );
        return Item;
      }),
    );
    expect(items.map((item) => item?.channel)).toEqual(['sns', 'email']);
    const [sns, email] = items.map((item) => String(item!.pk));
    const prefix = '$storefront#channel_';
    expect(sns.startsWith(prefix) && email.startsWith(prefix)).toBe(true);
  });

  it.each([
    ['an unverified recipient (SES sandbox)', SES_ANSWERS.unverifiedRecipient, 'MessageRejected'],
    ['access denied to the sender', SES_ANSWERS.accessDenied, 'AccessDeniedException'],
    ['a suspended account', SES_ANSWERS.accountSuspended, 'AccountSuspendedException'],
  ])('does not retry an email refused for good (%s): logged, counted, the record succeeds', async (_case, answer, reason) => {
    // Prepare
    ses.answers = [answer];

    // Act
    const { orderId, email } = await place();

    // Assess: one send, one publish, no retry, no dead letter; an ERROR line and one EmailsRefused
    expect(sentTo(email)).toHaveLength(1);
    expect(publishedFor(orderId)).toHaveLength(1);
    expect(deadLetters).toEqual([]);
    const refusals = h.logs.filter((line) => line.includes('Email refused for good'));
    expect(refusals).toHaveLength(1);
    expect(JSON.parse(refusals[0]!)).toMatchObject({ level: 'ERROR', reason, eventId: `${orderId}:ORDER_PLACED` });
    expect(h.logs.some((line) => line.includes('Order record failed'))).toBe(false);
    expect(refusedCounts()).toEqual([1]);
  });

  it('retries an email SES failed with a 5xx, and sends it once it is taken', async () => {
    ses.answers = [SES_ANSWERS.internal];

    const { orderId, email } = await place();

    expect(sentTo(email)).toHaveLength(2);
    expect(publishedFor(orderId)).toHaveLength(1);
    expect(refusedCounts()).toEqual([]);
  });
});
