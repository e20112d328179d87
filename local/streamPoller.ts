import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { lambdaStreamRecord } from '../notifier/lambdaStreamRecord';

export interface StreamPollerOptions {
  readonly endpoint: string;
  readonly tableName: string;
  /** Called as Lambda calls a function with an event source mapping: a batch of records in stream order. */
  readonly handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | unknown>;
  /** The event source mapping's filter: records it rejects never reach the handler. */
  readonly filter?: (record: DynamoDBRecord) => boolean;
  readonly batchSize?: number;
  /** Retries of a failed record (with the records behind it) before it goes to the dead letter. */
  readonly maxRetries?: number;
  readonly intervalMs?: number;
  /** Where a record goes once its retries are spent (the deployed mapping's SQS on-failure destination). */
  readonly onDeadLetter?: (reason: string, record: DynamoDBRecord) => void;
  /** A failure of the poller itself (not of a record); it keeps polling. */
  readonly onError?: (error: unknown) => void;
}

export interface StreamPoller {
  /** Resolves after the next poll that finds no new records: everything written before the call has been handled. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The table's stream on DynamoDB Local, read with the DynamoDB Streams API and handed to a handler
 * as Lambda's event source mapping would: filtered, in batches, a failed record retried with the
 * records behind it (`ReportBatchItemFailures`), then dead-lettered so it never blocks the rest.
 * Starts at the stream's end: earlier writes are not replayed.
 */
export async function startStreamPoller({
  endpoint,
  tableName,
  handler,
  filter = () => true,
  batchSize = 100,
  maxRetries = 2,
  intervalMs = 200,
  onDeadLetter = () => undefined,
  onError = () => undefined,
}: StreamPollerOptions): Promise<StreamPoller> {
  const config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  const dynamo = new DynamoDBClient(config);
  const streams = new DynamoDBStreamsClient(config);
  const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
  dynamo.destroy();
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${tableName} has no stream: the local table is made with one (local/ensureTable.ts).`);

  /** Open shards by id, with the iterator to read next (undefined once a shard is closed and read to its end). */
  const iterators = new Map<string, string | undefined>();
  const iteratorFor = async (ShardId: string, type: 'LATEST' | 'TRIM_HORIZON') =>
    (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId, ShardIteratorType: type }))).ShardIterator;
  const discoverShards = async (type: 'LATEST' | 'TRIM_HORIZON') => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (shard.ShardId && !iterators.has(shard.ShardId)) iterators.set(shard.ShardId, await iteratorFor(shard.ShardId, type));
    }
  };
  await discoverShards('LATEST');

  const deliver = async (batch: DynamoDBRecord[]) => {
    let pending = batch;
    let attempts = 0;
    while (pending.length) {
      let failed: string | undefined;
      try {
        const result = (await handler({ Records: pending })) as DynamoDBBatchResponse | undefined;
        const failures = (result?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier);
        failed = pending.find((record) => failures.includes(record.dynamodb?.SequenceNumber ?? ''))?.dynamodb?.SequenceNumber;
      } catch {
        // a function error fails the whole batch
        failed = pending[0]!.dynamodb?.SequenceNumber;
      }
      if (failed === undefined) return;
      const index = pending.findIndex((record) => record.dynamodb?.SequenceNumber === failed);
      attempts++;
      if (attempts > maxRetries) {
        onDeadLetter(`retries exhausted (${maxRetries})`, pending[index]!);
        pending = pending.slice(index + 1);
        attempts = 0;
      } else {
        pending = pending.slice(index);
      }
    }
  };

  const pollOnce = async (): Promise<number> => {
    let seen = 0;
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      let answer;
      try {
        answer = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: batchSize }));
      } catch (error) {
        if (!(error instanceof ExpiredIteratorException)) throw error;
        iterators.set(shardId, await iteratorFor(shardId, 'LATEST'));
        continue;
      }
      iterators.set(shardId, answer.NextShardIterator);
      const records = (answer.Records ?? []).map((record) => lambdaStreamRecord(record, streamArn));
      seen += records.length;
      const batch = records.filter(filter);
      if (batch.length) await deliver(batch);
    }
    return seen;
  };

  let stopped = false;
  let cycles = 0;
  let waiting: Array<() => void> = [];
  const loop = (async () => {
    while (!stopped) {
      // only a poll that starts after idle() was called can tell that everything before it was handled
      const eligible = waiting;
      waiting = [];
      let seen = 0;
      try {
        // shards roll over now and then: new ones are read from their start
        if (cycles++ % 25 === 0 && cycles > 1) await discoverShards('TRIM_HORIZON');
        seen = await pollOnce();
      } catch (error) {
        // DynamoDB Local going away while the stack stops is no failure to report
        if (!stopped) onError(error);
        // a failing endpoint is asked again after a pause
        await new Promise((resolve) => setTimeout(resolve, intervalMs * 5));
      }
      if (seen === 0) {
        for (const resolve of eligible) resolve();
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      } else {
        waiting.unshift(...eligible);
      }
    }
  })();

  return {
    idle: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async stop() {
      stopped = true;
      await loop;
      for (const resolve of waiting) resolve();
      streams.destroy();
    },
  };
}
