import { randomUUID } from 'node:crypto';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Logger } from '@aws-lambda-powertools/logger';
import { mockClient } from 'aws-sdk-client-mock';
import { putCustomer } from '../../data/customers';
import { createCustomerContacts } from '../../notifier/customerContacts';
import type { Email, TopicMessage } from '../../notifier/outbox';
import { redriveDeadLetters } from '../../notifier/redrive';
import { createSqsDeadLetters } from '../../notifier/sqsDeadLetters';
import { readStreamBatch } from '../../notifier/streamBatchRecords';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;
const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/111122223333/storefront-notifier-dlq-qa';

// A stage's redrive: SQS is mocked (nothing local stands in for it), with Lambda's documented
// on-failure record; the batch it describes is read again from DynamoDB Local's real stream.
describe('redrive of a stage dead letter: the batch read again from the stream, sent once, the message deleted', () => {
  const sqs = mockClient(SQSClient);
  let h: Harness;
  let streams: DynamoDBStreamsClient;
  const published: TopicMessage[] = [];
  const sent: Email[] = [];
  let failPublish = false;
  let productId: string;
  let streamArn: string;

  beforeAll(async () => {
    h = await createHarness({}, { stream: true });
    const config = { endpoint: h.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
    streams = new DynamoDBStreamsClient(config);
    const category = await aCategory(h.db);
    productId = (await aProduct(h.db, category.categoryId, { stock: 20 })).productId;
    const dynamo = new DynamoDBClient(config);
    streamArn = (await dynamo.send(new DescribeTableCommand({ TableName: h.tableName }))).Table!.LatestStreamArn!;
    dynamo.destroy();
  });

  afterAll(() => {
    streams?.destroy();
    sqs.restore();
  });

  /** The order's INSERT record in the table's stream, as the dead letter describes it: shard and sequence number. */
  async function orderRecordPosition(orderId: string): Promise<{ shardId: string; sequenceNumber: string }> {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const { ShardId } of StreamDescription?.Shards ?? []) {
      let { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
      for (let read = 0; ShardIterator && read < 20; read++) {
        const answer = await streams.send(new GetRecordsCommand({ ShardIterator }));
        const found = (answer.Records ?? []).find((record) => record.eventName === 'INSERT' && record.dynamodb?.NewImage?.orderId?.S === orderId);
        if (found) return { shardId: ShardId!, sequenceNumber: found.dynamodb!.SequenceNumber! };
        if (!answer.Records?.length) break;
        ShardIterator = answer.NextShardIterator;
      }
    }
    throw new Error(`No stream record for order ${orderId}`);
  }

  async function deadLetteredOrder(): Promise<{ orderId: string; email: string; body: string }> {
    const customerId = randomUUID();
    const email = `${customerId}@example.com`;
    await putCustomer(h.db, { customerId, email, name: 'Ada', createdAt: new Date().toISOString() });
    const placed = await h.gql<{ placeOrder: { id: string } }>({
      query: PLACE,
      variables: { input: { idempotencyKey: 'stage-redrive', items: [{ productId, quantity: 1 }] } },
      token: h.token({ sub: customerId }),
    });
    const orderId = placed.body.data!.placeOrder.id;
    const { shardId, sequenceNumber } = await orderRecordPosition(orderId);
    const body = JSON.stringify({
      requestContext: {
        requestId: randomUUID(),
        functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:storefront-notifier-qa:qa',
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 6,
      },
      responseContext: { statusCode: 200, executedVersion: '7', functionError: 'Unhandled' },
      version: '1.0',
      timestamp: new Date().toISOString(),
      DDBStreamBatchInfo: { shardId, startSequenceNumber: sequenceNumber, endSequenceNumber: sequenceNumber, batchSize: 1, streamArn },
    });
    offer({ MessageId: `m-${orderId}`, ReceiptHandle: `r-${orderId}`, Body: body });
    return { orderId, email, body };
  }

  /** The queue holds this one message (again, as SQS shows a message again once its visibility timeout ends). */
  function offer(message: { MessageId: string; ReceiptHandle: string; Body: string }) {
    const pages = [[message]];
    sqs.reset();
    sqs.on(ReceiveMessageCommand).callsFake(async () => ({ Messages: pages.shift() ?? [] }));
    sqs.on(DeleteMessageCommand).resolves({});
  }

  const redrive = () =>
    redriveDeadLetters({
      queue: createSqsDeadLetters({ client: new SQSClient({ region: 'eu-west-1' }), queueUrl: QUEUE_URL }),
      deps: {
        db: h.db,
        stage: 'qa',
        publisher: {
          async publish(message) {
            if (failPublish) throw new Error('SNS is down');
            published.push(message);
          },
        },
        mailer: { send: async (email) => void sent.push(email) },
        contacts: createCustomerContacts({ db: h.db }),
        logger: new Logger({ serviceName: 'storefront-api-test', logLevel: 'SILENT' }),
      },
      readStreamBatch: (batch) => readStreamBatch(streams, batch),
    });

  it('publishes the order’s event and emails the customer once, and deletes the message by its receipt handle', async () => {
    // Prepare
    const { orderId, email } = await deadLetteredOrder();

    // Act
    const outcomes = await redrive();

    // Assess
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true]);
    expect(published.filter((message) => message.attributes.orderId === orderId)).toHaveLength(1);
    expect(sent.filter((message) => message.to === email)).toHaveLength(1);
    expect(sqs.commandCalls(DeleteMessageCommand).map((call) => call.args[0].input)).toEqual([
      { QueueUrl: QUEUE_URL, ReceiptHandle: `r-${orderId}` },
    ]);
  });

  it('keeps the message when the publish fails, and a later redrive sends the event once', async () => {
    // Prepare
    const { orderId, body } = await deadLetteredOrder();
    failPublish = true;

    // Act
    const failed = await redrive();
    const deletedAfterFailure = sqs.commandCalls(DeleteMessageCommand).length;
    failPublish = false;
    offer({ MessageId: `m-${orderId}`, ReceiptHandle: `r2-${orderId}`, Body: body });
    const retried = await redrive();
    offer({ MessageId: `m-${orderId}`, ReceiptHandle: `r3-${orderId}`, Body: body });
    const again = await redrive();

    // Assess: kept (no DeleteMessage) while SNS failed; then published once, even when redriven twice
    expect(failed.map((outcome) => (outcome.ok ? 'ok' : outcome.error.message))).toEqual(['SNS is down']);
    expect(deletedAfterFailure).toBe(0);
    expect(retried.map((outcome) => outcome.ok)).toEqual([true]);
    expect(again.map((outcome) => outcome.ok && outcome.deliveries.map((delivery) => [delivery.published, delivery.email]))).toEqual([
      [[false, 'already sent']],
    ]);
    expect(published.filter((message) => message.attributes.orderId === orderId)).toHaveLength(1);
  });
});
