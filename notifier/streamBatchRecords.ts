import { GetRecordsCommand, GetShardIteratorCommand, TrimmedDataAccessException, type DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import type { DeadLetterRecords } from './deadLetters';
import { lambdaStreamRecord } from './lambdaStreamRecord';

/** The stream no longer holds a dead letter's records (DynamoDB Streams keep them 24 hours). */
export class StreamRecordsGoneError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StreamRecordsGoneError';
  }
}

/** Reads beyond this many empty answers in a row mean the shard has nothing more before the batch's end. */
const MAX_EMPTY_READS = 5;

/**
 * The records of a dead-lettered batch, read again from the table's stream: from its first
 * sequence number to its last, as Lambda would have handed them to the function.
 */
export async function readStreamBatch(
  client: DynamoDBStreamsClient,
  batch: Extract<DeadLetterRecords, { kind: 'stream-batch' }>,
): Promise<DynamoDBRecord[]> {
  const end = BigInt(batch.endSequenceNumber);
  const records: DynamoDBRecord[] = [];
  try {
    let { ShardIterator: iterator } = await client.send(
      new GetShardIteratorCommand({
        StreamArn: batch.streamArn,
        ShardId: batch.shardId,
        ShardIteratorType: 'AT_SEQUENCE_NUMBER',
        SequenceNumber: batch.startSequenceNumber,
      }),
    );
    let empty = 0;
    while (iterator && empty < MAX_EMPTY_READS) {
      const answer = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      const read = answer.Records ?? [];
      empty = read.length ? 0 : empty + 1;
      for (const record of read) {
        if (BigInt(record.dynamodb?.SequenceNumber ?? '0') > end) return records;
        records.push(lambdaStreamRecord(record, batch.streamArn));
      }
      if (records.length && BigInt(records.at(-1)!.dynamodb?.SequenceNumber ?? '0') >= end) return records;
      iterator = answer.NextShardIterator;
    }
  } catch (error) {
    if (error instanceof TrimmedDataAccessException || (error as Error).name === 'ResourceNotFoundException') {
      throw new StreamRecordsGoneError('The stream no longer holds these records (DynamoDB Streams keep them 24 hours).', { cause: error });
    }
    throw error;
  }
  if (!records.length) throw new StreamRecordsGoneError('The stream no longer holds these records (DynamoDB Streams keep them 24 hours).');
  return records;
}
