import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { getOrderWithLines } from '../data/orders';
import type { DeadLetter, DeadLetterQueue, DeadLetterRecords } from './deadLetters';
import { deliverOrderEvent, type OrderEventDelivery, type OrderNotifierDeps } from './notifyOrderChange';
import { InvalidOrderRecordError } from './orderRecords';
import { orderEventTypeOf } from '../runtime/orderStreamFilter';

/** What the redrive did with one dead letter: its deliveries and removal, or why it was kept. */
export type RedriveOutcome =
  | { readonly letter: DeadLetter; readonly ok: true; readonly deliveries: readonly OrderEventDelivery[] }
  | { readonly letter: DeadLetter; readonly ok: false; readonly error: Error };

export interface RedriveOptions {
  readonly queue: DeadLetterQueue;
  readonly deps: OrderNotifierDeps;
  /** Reads a stage dead letter's records from the table's stream (notifier/streamBatchRecords.ts). */
  readonly readStreamBatch?: (batch: Extract<DeadLetterRecords, { kind: 'stream-batch' }>) => Promise<DynamoDBRecord[]>;
}

/**
 * Sends what each dead letter's order events still lack, and removes the dead letters that made
 * it. For each order record of a dead letter the event is rebuilt from the order as it stands in
 * the table (consistent read) and delivered under the notifier's claims, so what went out before
 * does not go out again. A dead letter whose records cannot be read, or whose delivery fails, is
 * kept, with the reason.
 */
export async function redriveDeadLetters({ queue, deps, readStreamBatch }: RedriveOptions): Promise<RedriveOutcome[]> {
  const outcomes: RedriveOutcome[] = [];
  for (const letter of await queue.receive()) {
    try {
      const records = letter.records.kind === 'records' ? letter.records.records : await readBatch(readStreamBatch, letter.records);
      const deliveries: OrderEventDelivery[] = [];
      for (const record of records) {
        const eventType = orderEventTypeOf(record);
        if (!eventType) continue;
        const orderId = orderIdOf(record);
        const detail = await getOrderWithLines(deps.db, { orderId, consistent: true });
        if (!detail) throw new InvalidOrderRecordError(`Order ${orderId} is not in the table.`);
        deliveries.push(await deliverOrderEvent(deps, eventType, detail));
      }
      await queue.remove(letter);
      outcomes.push({ letter, ok: true, deliveries });
    } catch (error) {
      outcomes.push({ letter, ok: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return outcomes;
}

function readBatch(read: RedriveOptions['readStreamBatch'], batch: Extract<DeadLetterRecords, { kind: 'stream-batch' }>): Promise<DynamoDBRecord[]> {
  if (!read) throw new Error('This dead letter describes a stream batch, and no stream reader was given.');
  return read(batch);
}

/** The order id of an order record: its new image's `orderId`, which even an otherwise unreadable order item names. */
function orderIdOf(record: DynamoDBRecord): string {
  const image = record.dynamodb?.NewImage ? unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>) : {};
  if (typeof image.orderId !== 'string' || !image.orderId) throw new InvalidOrderRecordError('The dead-lettered record names no order.');
  return image.orderId;
}
