import type { OrderItem } from '../data/entities/order';
import type { OrderWithLines } from '../data/orders';
import type { OrderEventType } from '../runtime/orderStreamFilter';

/** Minor units (cents) and an ISO 4217 code, as the API's `Money`. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/**
 * The body of every order event published to the stage's orders topic, version 1
 * (`schema/events/order-event.v1.json`). Version 1 grows by optional fields and new enum values
 * only (a line's `variantId` and `selectedOptions`; the order's life: its statuses and events,
 * `paymentStatus`, `refundedTotal`, `trackingNumber`, `note`); a change that would break a subscriber is a version 2. It names the customer by id only: subscribers that need
 * more ask the API.
 */
export interface OrderEventV1 {
  readonly schemaVersion: 1;
  /** `<orderId>:<eventType>`: the same for every delivery of one event, so subscribers can drop repeats. */
  readonly eventId: string;
  readonly eventType: OrderEventType;
  readonly occurredAt: string;
  readonly stage: string;
  readonly order: {
    readonly id: string;
    readonly customerId: string;
    readonly status: OrderItem['status'];
    /** Where its payment stands (checkout orders; added to version 1 as an optional field). */
    readonly paymentStatus?: NonNullable<OrderItem['paymentStatus']>;
    /** What was refunded so far (added to version 1 as an optional field). */
    readonly refundedTotal?: Money;
    /** The carrier's tracking number, once FULFILLED (added to version 1 as an optional field). */
    readonly trackingNumber?: string;
    /** Why the order moved, when there is more to say (the hold expired, cancelled by an admin; added to version 1 as an optional field). */
    readonly note?: string;
    readonly placedAt: string;
    readonly total: Money;
    readonly lines: ReadonlyArray<{
      readonly lineNo: number;
      readonly productId: string;
      /** The variant ordered (the product's id for its default variant, and on lines placed before variants). */
      readonly variantId?: string;
      /** The variant's SKU when the order was placed. */
      readonly sku: string;
      readonly name: string;
      readonly quantity: number;
      readonly unitPrice: Money;
      readonly lineTotal: Money;
      /** The variant's option values when the order was placed; absent when it had none. */
      readonly selectedOptions?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
    }>;
  };
}

export const eventIdOf = (orderId: string, eventType: OrderEventType) => `${orderId}:${eventType}`;

export function orderEventOf({ eventType, stage, detail }: { eventType: OrderEventType; stage: string; detail: OrderWithLines }): OrderEventV1 {
  const { order, lines } = detail;
  const note = order.history?.at(-1)?.note;
  return {
    schemaVersion: 1,
    eventId: eventIdOf(order.orderId, eventType),
    eventType,
    occurredAt: eventType === 'ORDER_PLACED' ? order.placedAt : order.updatedAt,
    stage,
    order: {
      id: order.orderId,
      customerId: order.customerId,
      status: order.status,
      placedAt: order.placedAt,
      total: { amount: order.totalAmount, currency: order.currency },
      ...(order.paymentStatus ? { paymentStatus: order.paymentStatus } : {}),
      ...(order.refundedAmount ? { refundedTotal: { amount: order.refundedAmount, currency: order.currency } } : {}),
      ...(order.trackingNumber ? { trackingNumber: order.trackingNumber } : {}),
      ...(note ? { note } : {}),
      lines: lines.map((line) => ({
        lineNo: line.lineNo,
        productId: line.productId,
        variantId: line.variantId ?? line.productId,
        sku: line.sku,
        name: line.name,
        quantity: line.quantity,
        unitPrice: { amount: line.unitAmount, currency: line.currency },
        lineTotal: { amount: line.unitAmount * line.quantity, currency: line.currency },
        ...(line.selectedOptions?.length ? { selectedOptions: line.selectedOptions.map(({ name, value }) => ({ name, value })) } : {}),
      })),
    },
  };
}

/** SNS message attributes, so a subscription's filter policy can pick events without reading bodies. */
export function orderEventAttributes(event: OrderEventV1): Record<string, string> {
  return { eventType: event.eventType, orderId: event.order.id, customerId: event.order.customerId, stage: event.stage };
}
