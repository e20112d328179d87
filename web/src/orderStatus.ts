import type { OrderStatus } from '../../generated/web/graphql';

const LABELS: Readonly<Record<OrderStatus, string>> = {
  PLACED: 'Placed',
  PENDING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  FULFILLED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  REFUNDED: 'Refunded',
};

/**
 * The shopper's word for an order status. A status this build does not know yet (the API adds
 * values, and tabs of earlier builds stay open) is shown humanised, never as another status:
 * `PARTIALLY_REFUNDED` reads "Partially refunded".
 */
export function orderStatusLabel(status: OrderStatus | (string & {})): string {
  if (Object.hasOwn(LABELS, status)) return LABELS[status as OrderStatus];
  const words = status.toLowerCase().replace(/_+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Unknown';
}

/** Whether the customer may still cancel an order in this status (`orderCancel`: before it is fulfilled). */
export function customerCanCancel(status: string): boolean {
  return status === 'PENDING_PAYMENT' || status === 'PLACED' || status === 'PAID';
}
