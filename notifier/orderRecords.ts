import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { OrderEntity, type OrderItem } from '../data/entities/order';
import type { OrderEventType } from './orderEvent';

/** A stream record that passed the filter but does not hold a readable order: retried, then dead-lettered. */
export class InvalidOrderRecordError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidOrderRecordError';
  }
}

/** What an order record means: an order placed, or cancelled; undefined for any other write. */
export function orderChangeOf(record: DynamoDBRecord): { eventType: OrderEventType; order: OrderItem } | undefined {
  const image = (key: 'NewImage' | 'OldImage') => {
    const raw = record.dynamodb?.[key];
    return raw ? unmarshall(raw as Record<string, AttributeValue>) : undefined;
  };
  const after = image('NewImage');
  if (after?.__edb_e__ !== 'order') return undefined;
  const eventType: OrderEventType | undefined =
    record.eventName === 'INSERT'
      ? 'ORDER_PLACED'
      : record.eventName === 'MODIFY' && image('OldImage')?.status === 'PLACED' && after.status === 'CANCELLED'
        ? 'ORDER_CANCELLED'
        : undefined;
  if (!eventType) return undefined;
  return { eventType, order: parseOrder(after) };
}

function parseOrder(item: Record<string, unknown>): OrderItem {
  let order: Partial<OrderItem> | null;
  try {
    order = OrderEntity.parse({ Item: item }).data;
  } catch (error) {
    throw new InvalidOrderRecordError('The stream record is not an order item ElectroDB can read.', { cause: error });
  }
  const problems = [
    typeof order?.orderId !== 'string' && 'orderId',
    typeof order?.customerId !== 'string' && 'customerId',
    !Number.isSafeInteger(order?.totalAmount) && 'totalAmount',
    typeof order?.currency !== 'string' && 'currency',
    typeof order?.placedAt !== 'string' && 'placedAt',
    typeof order?.updatedAt !== 'string' && 'updatedAt',
  ].filter(Boolean);
  if (problems.length) throw new InvalidOrderRecordError(`The order item in the stream record lacks a valid ${problems.join(', ')}.`);
  return order as OrderItem;
}
