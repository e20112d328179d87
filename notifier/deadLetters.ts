import type { DynamoDBRecord } from 'aws-lambda';

/**
 * Where a dead letter's stream records are. A deployed stage's SQS dead letter only describes the
 * batch (Lambda's on-failure record for a stream: `DDBStreamBatchInfo`); the records stay in the
 * table's stream for 24 hours. The local notifier's dead letter holds the record itself.
 */
export type DeadLetterRecords =
  | { readonly kind: 'records'; readonly records: readonly DynamoDBRecord[] }
  | {
      readonly kind: 'stream-batch';
      readonly streamArn: string;
      readonly shardId: string;
      readonly startSequenceNumber: string;
      readonly endSequenceNumber: string;
    };

/** A stream record (or batch) whose retries were spent. */
export interface DeadLetter {
  /** The SQS message id, or the local dead letter's id. */
  readonly id: string;
  /** Why it was dead-lettered, as the queue says. */
  readonly reason: string;
  readonly records: DeadLetterRecords;
  /** The queue's handle to remove it with (an SQS receipt handle). */
  readonly handle: string;
}

/** The notifier's dead letters: the stage's SQS queue, or the local outbox (notifier/sqsDeadLetters.ts, local/localDeadLetters.ts). */
export interface DeadLetterQueue {
  /** What the output calls it. */
  readonly name: string;
  /** Every dead letter waiting now, each once. */
  receive(): Promise<DeadLetter[]>;
  /** Removes a dead letter once it has been redriven. */
  remove(letter: DeadLetter): Promise<void>;
  /** Messages receive() found that are no dead letter of the notifier's: left where they are. */
  readonly unreadable?: ReadonlyArray<{ readonly id: string; readonly error: Error }>;
}

/** A dead letter the queue holds that is not one the notifier wrote. */
export class UnreadableDeadLetterError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnreadableDeadLetterError';
  }
}
