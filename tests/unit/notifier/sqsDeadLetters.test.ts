import { DeleteMessageCommand, GetQueueUrlCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, TrimmedDataAccessException } from '@aws-sdk/client-dynamodb-streams';
import { GetFunctionConfigurationCommand, LambdaClient, ListEventSourceMappingsCommand, ResourceNotFoundException } from '@aws-sdk/client-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { mockClient } from 'aws-sdk-client-mock';
import { createSqsDeadLetters } from '../../../notifier/sqsDeadLetters';
import { readStreamBatch, StreamRecordsGoneError } from '../../../notifier/streamBatchRecords';
import { RedriveSetupError, openStageRedrive } from '../../../notifier/stageRedrive';

const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/111122223333/storefront-notifier-dlq-qa';
const STREAM_ARN = 'arn:aws:dynamodb:eu-west-1:111122223333:table/storefront-qa/stream/2026-12-01T00:00:00.000';

/** Lambda's on-failure record for a DynamoDB stream batch, as the Lambda developer guide documents it. */
const failureRecord = (start: string, end = start) =>
  JSON.stringify({
    requestContext: {
      requestId: '316aa6d0-8154-xmpl-9af7-85d5f4a6bc81',
      functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:storefront-notifier-qa:qa',
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: 6,
    },
    responseContext: { statusCode: 200, executedVersion: '7', functionError: 'Unhandled' },
    version: '1.0',
    timestamp: '2026-12-07T00:13:49.717Z',
    DDBStreamBatchInfo: {
      shardId: 'shardId-00000001573689847184-864758bb',
      startSequenceNumber: start,
      endSequenceNumber: end,
      approximateArrivalOfFirstRecord: '2026-12-07T00:13:19Z',
      approximateArrivalOfLastRecord: '2026-12-07T00:13:19Z',
      batchSize: 1,
      streamArn: STREAM_ARN,
    },
  });

// one mock per client class for the whole file: a second mockClient of the same class would replace the first
const sqs = mockClient(SQSClient);
afterEach(() => sqs.reset());

/** ReceiveMessage answers `pages` in turn, then an empty answer, as SQS does once the queue is drained. */
const receiving = (...pages: Array<Array<{ MessageId: string; ReceiptHandle: string; Body: string }>>) =>
  sqs.on(ReceiveMessageCommand).callsFake(async () => ({ Messages: pages.shift() ?? [] }));

describe('the stage dead-letter queue (SQS)', () => {
  it('receives every waiting message until the queue answers empty, each once, as stream batches', async () => {
    // Prepare: two pages, the second repeating one message of the first, then an empty answer
    receiving(
      [
        { MessageId: 'm-1', ReceiptHandle: 'r-1', Body: failureRecord('800000000003126276362') },
        { MessageId: 'm-2', ReceiptHandle: 'r-2', Body: failureRecord('800000000003126276400', '800000000003126276410') },
      ],
      [{ MessageId: 'm-1', ReceiptHandle: 'r-1b', Body: failureRecord('800000000003126276362') }],
    );
    const queue = createSqsDeadLetters({ client: new SQSClient({ region: 'eu-west-1' }), queueUrl: QUEUE_URL });

    // Act
    const letters = await queue.receive();

    // Assess
    expect(letters).toEqual([
      {
        id: 'm-1',
        handle: 'r-1',
        reason: 'RetryAttemptsExhausted, Unhandled',
        records: {
          kind: 'stream-batch',
          streamArn: STREAM_ARN,
          shardId: 'shardId-00000001573689847184-864758bb',
          startSequenceNumber: '800000000003126276362',
          endSequenceNumber: '800000000003126276362',
        },
      },
      expect.objectContaining({ id: 'm-2', handle: 'r-2', records: expect.objectContaining({ endSequenceNumber: '800000000003126276410' }) }),
    ]);
    expect(sqs.commandCalls(ReceiveMessageCommand).map((call) => call.args[0].input)).toEqual(
      Array(3).fill({ QueueUrl: QUEUE_URL, MaxNumberOfMessages: 10, WaitTimeSeconds: 2, VisibilityTimeout: 300 }),
    );
  });

  it('leaves a message that is not a stream failure record in the queue, and lists it', async () => {
    receiving([{ MessageId: 'm-x', ReceiptHandle: 'r-x', Body: '{"hello":"world"}' }]);
    const queue = createSqsDeadLetters({ client: new SQSClient({ region: 'eu-west-1' }), queueUrl: QUEUE_URL });

    const letters = await queue.receive();

    expect(letters).toEqual([]);
    expect(queue.unreadable.map(({ id, error }) => [id, error.name])).toEqual([['m-x', 'UnreadableDeadLetterError']]);
    expect(sqs.commandCalls(DeleteMessageCommand)).toHaveLength(0);
  });

  it('removes a dead letter by its receipt handle', async () => {
    sqs.on(DeleteMessageCommand).resolves({});
    const queue = createSqsDeadLetters({ client: new SQSClient({ region: 'eu-west-1' }), queueUrl: QUEUE_URL });

    await queue.remove({ id: 'm-1', handle: 'r-1', reason: 'x', records: { kind: 'records', records: [] } });

    expect(sqs.commandCalls(DeleteMessageCommand).map((call) => call.args[0].input)).toEqual([{ QueueUrl: QUEUE_URL, ReceiptHandle: 'r-1' }]);
  });
});

describe('reading a dead-lettered batch again from the stream', () => {
  const streams = mockClient(DynamoDBStreamsClient);
  afterEach(() => streams.reset());
  const batch = {
    kind: 'stream-batch' as const,
    streamArn: STREAM_ARN,
    shardId: 'shardId-1',
    startSequenceNumber: '100',
    endSequenceNumber: '300',
  };
  const record = (sequenceNumber: string) => ({
    eventID: `e-${sequenceNumber}`,
    eventName: 'INSERT' as const,
    dynamodb: { SequenceNumber: sequenceNumber },
  });

  it('reads from the first sequence number to the last, and no further', async () => {
    // Prepare
    streams.on(GetShardIteratorCommand).resolves({ ShardIterator: 'it-1' });
    streams
      .on(GetRecordsCommand, { ShardIterator: 'it-1' })
      .resolves({ Records: [record('100'), record('200')], NextShardIterator: 'it-2' })
      .on(GetRecordsCommand, { ShardIterator: 'it-2' })
      .resolves({ Records: [record('300'), record('400')], NextShardIterator: 'it-3' });

    // Act
    const records = await readStreamBatch(new DynamoDBStreamsClient({ region: 'eu-west-1' }), batch);

    // Assess
    expect(records.map((r) => [r.dynamodb?.SequenceNumber, r.eventSourceARN])).toEqual([
      ['100', STREAM_ARN],
      ['200', STREAM_ARN],
      ['300', STREAM_ARN],
    ]);
    expect(streams.commandCalls(GetShardIteratorCommand)[0]!.args[0].input).toEqual({
      StreamArn: STREAM_ARN,
      ShardId: 'shardId-1',
      ShardIteratorType: 'AT_SEQUENCE_NUMBER',
      SequenceNumber: '100',
    });
  });

  it('says the records are gone once the stream has trimmed them (24 hours)', async () => {
    streams.on(GetShardIteratorCommand).rejects(new TrimmedDataAccessException({ message: 'trimmed', $metadata: {} }));

    await expect(readStreamBatch(new DynamoDBStreamsClient({ region: 'eu-west-1' }), batch)).rejects.toBeInstanceOf(StreamRecordsGoneError);
  });
});

describe('a stage redrive, found from the deployed notifier', () => {
  const lambda = mockClient(LambdaClient);
  afterEach(() => lambda.reset());
  const clients = () => ({
    lambda: new LambdaClient({ region: 'eu-west-1' }),
    sqs: new SQSClient({ region: 'eu-west-1' }),
    streams: new DynamoDBStreamsClient({ region: 'eu-west-1' }),
  });
  const logger = new Logger({ logLevel: 'SILENT' });

  it('takes the queue from the stream mapping’s on-failure destination of the stage alias', async () => {
    // Prepare
    lambda.on(GetFunctionConfigurationCommand).resolves({
      Environment: {
        Variables: {
          STAGE: 'qa',
          TABLE_NAME: 'storefront-qa',
          ORDER_TOPIC_ARN: 'arn:aws:sns:eu-west-1:111122223333:storefront-orders-qa',
          ADMIN_TOPIC_ARN: 'arn:aws:sns:eu-west-1:111122223333:storefront-admin-qa',
        },
      },
    });
    lambda.on(ListEventSourceMappingsCommand).resolves({
      EventSourceMappings: [{ DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:eu-west-1:111122223333:storefront-notifier-dlq-qa' } } }],
    });
    sqs.on(GetQueueUrlCommand).resolves({ QueueUrl: QUEUE_URL });

    // Act
    const redrive = await openStageRedrive({ stage: 'qa', region: 'eu-west-1', logger, clients: clients() });

    // Assess
    expect(redrive.queue.name).toBe(QUEUE_URL);
    expect(redrive.deps.stage).toBe('qa');
    expect(lambda.commandCalls(GetFunctionConfigurationCommand)[0]!.args[0].input).toEqual({
      FunctionName: 'storefront-notifier-qa',
      Qualifier: 'qa',
    });
    expect(lambda.commandCalls(ListEventSourceMappingsCommand)[0]!.args[0].input).toEqual({ FunctionName: 'storefront-notifier-qa:qa' });
    expect(sqs.commandCalls(GetQueueUrlCommand)[0]!.args[0].input).toEqual({
      QueueName: 'storefront-notifier-dlq-qa',
      QueueOwnerAWSAccountId: '111122223333',
    });
  });

  it('says plainly when the stage’s notifier is not deployed in the region', async () => {
    lambda.on(GetFunctionConfigurationCommand).rejects(new ResourceNotFoundException({ message: 'Function not found', $metadata: {} }));

    const opened = openStageRedrive({ stage: 'qa', region: 'eu-west-1', logger, clients: clients() });

    await expect(opened).rejects.toBeInstanceOf(RedriveSetupError);
    await expect(opened).rejects.toThrow('storefront-notifier-qa in eu-west-1 does not exist: is the stage deployed in this region');
  });
});
