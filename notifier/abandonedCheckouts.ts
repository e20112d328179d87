import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Db } from '../data/db';
import type { OrderItem } from '../data/entities/order';
import { endExpiredOrder } from '../domain/orders/endExpiredOrder';
import type { PaymentLog } from '../domain/payments/paymentEventHook';
import { isExpiredHoldRecord } from '../runtime/orderStreamFilter';

/**
 * A hold marker the table's TTL deleted (an abandoned checkout): its order is ended if it is still
 * pending with its hold expired (`endExpiredOrder`: CANCELLED "hold expired", discount uses and
 * holds given back); the order's change then reaches the stream as ORDER_CANCELLED, like any other.
 * Its payment is left unconfirmed (the checkout confirms only pending orders; a payment that
 * succeeds anyway is refunded by the payment hook). Undefined for any other record; null when the
 * order had moved on (a redelivered record, a paid order).
 */
export async function endAbandonedCheckout(
  deps: { readonly db: Db; readonly now: () => Date; readonly log?: PaymentLog },
  record: DynamoDBRecord,
): Promise<OrderItem | null | undefined> {
  if (!isExpiredHoldRecord(record)) return undefined;
  const { orderId } = unmarshall(record.dynamodb!.OldImage as Record<string, AttributeValue>) as { orderId?: unknown };
  if (typeof orderId !== 'string') return null;
  const ended = await endExpiredOrder({ db: deps.db, now: deps.now(), ...(deps.log ? { log: deps.log } : {}) }, { orderId });
  deps.log?.info(ended ? 'Abandoned checkout recorded as cancelled' : 'Hold marker expired for an order that had moved on; nothing to do', {
    orderId,
  });
  return ended;
}
