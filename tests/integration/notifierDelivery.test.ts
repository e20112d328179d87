import { randomUUID } from 'node:crypto';
import { CognitoIdentityProviderClient, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { Logger } from '@aws-lambda-powertools/logger';
import { mockClient } from 'aws-sdk-client-mock';
import type { DynamoDBBatchResponse } from 'aws-lambda';
import { LOCAL_NOTIFIER_CONTEXT } from '../../local/startLocalNotifier';
import { startStreamPoller, type StreamPoller } from '../../local/streamPoller';
import { createCustomerContacts } from '../../notifier/customerContacts';
import { createNotifierHandler } from '../../notifier/createNotifierHandler';
import type { Email, TopicMessage } from '../../notifier/outbox';
import { passesOrderFilters } from '../../runtime/orderStreamFilter';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;

describe('notifier delivery: a failed email, and a customer known only to the user pool', () => {
  const cognito = mockClient(CognitoIdentityProviderClient);
  let h: Harness;
  let poller: StreamPoller;
  const published: TopicMessage[] = [];
  const sent: Email[] = [];
  const deadLetters: unknown[] = [];
  let failNextEmail = false;
  let productId: string;

  beforeAll(async () => {
    h = await createHarness({}, { stream: true });
    const handler = createNotifierHandler({
      config: {
        stage: 'qa',
        region: 'eu-west-1',
        tableName: h.tableName,
        dynamoDbEndpoint: h.endpoint,
        logLevel: 'ERROR',
        outbox: { kind: 'file', file: '/dev/null' },
      },
      db: h.db,
      publisher: { publish: async (message) => void published.push(message) },
      mailer: {
        async send(email) {
          if (failNextEmail) {
            failNextEmail = false;
            throw new Error('SES throttled the send');
          }
          sent.push(email);
        },
      },
      // a customer without a profile is looked up in the stage's user pool (the SDK client is mocked: nothing local stands in for Cognito)
      contacts: createCustomerContacts({
        db: h.db,
        userPool: { client: new CognitoIdentityProviderClient({ region: 'eu-west-1' }), userPoolId: 'eu-west-1_Pool' },
      }),
      logger: new Logger({ serviceName: 'storefront-api-test', logLevel: 'ERROR' }),
    });
    poller = await startStreamPoller({
      endpoint: h.endpoint,
      tableName: h.tableName,
      filter: passesOrderFilters,
      maxRetries: 2,
      handler: (event) => handler(event, LOCAL_NOTIFIER_CONTEXT) as Promise<DynamoDBBatchResponse>,
      onDeadLetter: (_reason, record) => deadLetters.push(record),
    });
    const category = await aCategory(h.db);
    productId = (await aProduct(h.db, category.categoryId, { stock: 20 })).productId;
  });

  afterAll(async () => {
    await poller?.stop();
    cognito.restore();
  });

  const place = async (sub: string, idempotencyKey: string) =>
    (
      await h.gql<{ placeOrder: { id: string } }>({
        query: PLACE,
        variables: { input: { idempotencyKey, items: [{ productId, quantity: 1 }] } },
        token: h.token({ sub }),
      })
    ).body.data!.placeOrder.id;

  it('retries a record whose email failed and sends the email exactly once, once SES takes it', async () => {
    // Prepare
    const sub = randomUUID();
    cognito.on(ListUsersCommand).resolves({ Users: [{ Attributes: [{ Name: 'email', Value: 'grace@example.com' }] }] });
    failNextEmail = true;

    // Act
    const orderId = await place(sub, 'failing-email');
    await poller.idle();

    // Assess: published once (the retry finds the publish claimed); mailed once; nothing dead-lettered
    expect(published.filter((message) => message.attributes.orderId === orderId)).toHaveLength(1);
    expect(sent.filter((email) => email.to === 'grace@example.com')).toHaveLength(1);
    expect(deadLetters).toEqual([]);
  });

  it('finds the address of a customer without a profile in the user pool, by sub', async () => {
    // Prepare
    const sub = randomUUID();
    cognito.reset();
    cognito.on(ListUsersCommand).resolves({
      Users: [
        {
          Attributes: [
            { Name: 'email', Value: 'linus@example.com' },
            { Name: 'name', Value: 'Linus' },
          ],
        },
      ],
    });

    // Act
    await place(sub, 'pool-only');
    await poller.idle();

    // Assess
    expect(cognito.commandCalls(ListUsersCommand).map((call) => call.args[0].input)).toEqual([
      { UserPoolId: 'eu-west-1_Pool', Filter: `sub = "${sub}"`, Limit: 1, AttributesToGet: ['email', 'name'] },
    ]);
    expect(sent.find((email) => email.to === 'linus@example.com')?.text).toContain('Hello Linus,');
  });

  it('sends no email, and still publishes, for a customer with no address anywhere', async () => {
    cognito.reset();
    cognito.on(ListUsersCommand).resolves({ Users: [] });
    const before = sent.length;

    const orderId = await place(randomUUID(), 'no-address');
    await poller.idle();

    expect(published.filter((message) => message.attributes.orderId === orderId)).toHaveLength(1);
    expect(sent.length).toBe(before);
  });
});
