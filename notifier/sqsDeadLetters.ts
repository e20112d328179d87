import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { UnreadableDeadLetterError, type DeadLetter, type DeadLetterQueue, type DeadLetterRecords } from './deadLetters';

/** The body of Lambda's on-failure record for a stream event source, as it lands in SQS. */
interface StreamFailureRecord {
  readonly requestContext?: { readonly condition?: string; readonly functionArn?: string };
  readonly responseContext?: { readonly functionError?: string };
  readonly DDBStreamBatchInfo?: {
    readonly shardId?: string;
    readonly startSequenceNumber?: string;
    readonly endSequenceNumber?: string;
    readonly streamArn?: string;
  };
}

/** How long a received dead letter stays hidden from other readers while it is redriven. */
const VISIBILITY_TIMEOUT_SECONDS = 300;

/**
 * The stage's dead-letter queue (SQS): each message is Lambda's description of a stream batch whose
 * retries were spent. receive() reads until the queue answers empty (long polls of a few seconds),
 * each message hidden while the redrive runs; remove() deletes it by its receipt handle.
 */
export function createSqsDeadLetters({ client, queueUrl }: { client: SQSClient; queueUrl: string }): DeadLetterQueue & {
  /** Messages that are not a stream failure record: left in the queue, listed here. */
  readonly unreadable: Array<{ id: string; error: UnreadableDeadLetterError }>;
} {
  const unreadable: Array<{ id: string; error: UnreadableDeadLetterError }> = [];
  return {
    name: queueUrl,
    unreadable,
    async receive() {
      const letters = new Map<string, DeadLetter>();
      for (;;) {
        const { Messages = [] } = await client.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: 2,
            VisibilityTimeout: VISIBILITY_TIMEOUT_SECONDS,
          }),
        );
        if (!Messages.length) return [...letters.values()];
        for (const { MessageId, ReceiptHandle, Body } of Messages) {
          if (!MessageId || !ReceiptHandle || letters.has(MessageId)) continue;
          try {
            letters.set(MessageId, { id: MessageId, handle: ReceiptHandle, ...streamBatchOf(Body) });
          } catch (error) {
            if (!(error instanceof UnreadableDeadLetterError)) throw error;
            unreadable.push({ id: MessageId, error });
          }
        }
      }
    },
    async remove(letter) {
      await client.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: letter.handle }));
    },
  };
}

function streamBatchOf(body: string | undefined): { reason: string; records: DeadLetterRecords } {
  let parsed: StreamFailureRecord;
  try {
    parsed = JSON.parse(body ?? '') as StreamFailureRecord;
  } catch (error) {
    throw new UnreadableDeadLetterError('The message is not JSON.', { cause: error });
  }
  const batch = parsed.DDBStreamBatchInfo;
  if (!batch?.streamArn || !batch.shardId || !batch.startSequenceNumber || !batch.endSequenceNumber) {
    throw new UnreadableDeadLetterError('The message is not a stream batch description (no DDBStreamBatchInfo).');
  }
  const reason = [parsed.requestContext?.condition, parsed.responseContext?.functionError].filter(Boolean).join(', ') || 'unknown';
  return {
    reason,
    records: {
      kind: 'stream-batch',
      streamArn: batch.streamArn,
      shardId: batch.shardId,
      startSequenceNumber: batch.startSequenceNumber,
      endSequenceNumber: batch.endSequenceNumber,
    },
  };
}
