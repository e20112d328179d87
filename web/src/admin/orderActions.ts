import { orderStatusLabel } from '../orderStatus';
import type { KeyStore } from './pendingAdjustment';

/** What an admin can do to an order. */
export type OrderAction = 'fulfil' | 'deliver' | 'refund';

const VERBS: Readonly<Record<OrderAction, string>> = { fulfil: 'fulfilled', deliver: 'marked delivered', refund: 'refunded' };

/** The moves the order's status allows (schema/order.graphql); the API decides again, with the version the admin saw. */
export function orderActions(order: {
  readonly status: string;
  readonly total: { readonly amount: number };
  readonly refundedTotal: { readonly amount: number };
}): OrderAction[] {
  const actions: OrderAction[] = [];
  if (order.status === 'PAID') actions.push('fulfil');
  if (order.status === 'FULFILLED') actions.push('deliver');
  if (['PAID', 'FULFILLED', 'DELIVERED'].includes(order.status) && order.refundedTotal.amount < order.total.amount) actions.push('refund');
  return actions;
}

/**
 * A refused move in words for the admin. VERSION_STALE: the order changed since the page read it
 * (`current`, read again); CONFLICT: its status does not allow the move.
 */
export function orderRefusalText(
  error: { readonly code: string; readonly message: string },
  action: OrderAction,
  current?: { readonly status: string; readonly version: number },
): string {
  switch (error.code) {
    case 'VERSION_STALE':
      return `This order changed while you looked at it${current ? ` (it is now ${orderStatusLabel(current.status)}, version ${current.version})` : ''}. Nothing was ${VERBS[action]}: check it below and try again.`;
    case 'CONFLICT':
      return `This order cannot be ${VERBS[action]}${current ? ` now that it is ${orderStatusLabel(current.status)}` : ' in its current status'}. Nothing changed.`;
    case 'REFUND_EXCEEDS_PAID':
      return 'That is more than what is left to refund. Nothing was refunded.';
    case 'PAYMENT_PROVIDER_ERROR':
      return `The payment provider refused the refund: ${error.message} Nothing changed.`;
    default:
      return error.message;
  }
}

const refundStorageKey = (orderId: string) => `storefront.admin.refund.${orderId}`;

/**
 * The idempotency key for refunding `amount` of an order (null: all that is left): the same key when
 * the same refund is sent again before the API answered (a retry after a lost answer, a reload), so
 * it is refunded once; another amount is another refund.
 */
export function refundKey(
  store: KeyStore,
  orderId: string,
  amount: number | null,
  newKey: () => string = () => `admin-${crypto.randomUUID()}`,
): string {
  const pending = JSON.parse(store.getItem(refundStorageKey(orderId)) ?? 'null') as { amount: number | null; key: string } | null;
  if (pending && pending.amount === amount) return pending.key;
  const key = newKey();
  store.setItem(refundStorageKey(orderId), JSON.stringify({ amount, key }));
  return key;
}

/** The API answered the refund (made, or refused with nothing written): the next refund is a new one. */
export function settleRefund(store: KeyStore, orderId: string): void {
  store.removeItem(refundStorageKey(orderId));
}
