import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { OrderEntity, type OrderItem } from '../data/entities/order';
import type { OrderEventType } from '../runtime/orderStreamFilter';
import { orderEventTypeOf } from '../runtime/orderStreamFilter';

/** A stream record that passed the filter but does not hold a readable order: retried, then dead-lettered. */
export class InvalidOrderRecordError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidOrderRecordError';
  }
}

/** What an order record means: an order placed, or cancelled; undefined for any other write. */
export function orderChangeOf(record: DynamoDBRecord): { eventType: OrderEventType; order: OrderItem } | undefined {
  const eventType = orderEventTypeOf(record);
  if (!eventType) return undefined;
  return { eventType, order: parseOrder(unmarshall(record.dynamodb!.NewImage as Record<string, AttributeValue>)) };
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
