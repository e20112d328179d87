import type { OrderItem } from '../../data/entities/order';

/** The note of a pending order whose hold expired before it was paid. */
export const HOLD_EXPIRED_NOTE = 'hold expired';

const epoch = (now: Date) => Math.floor(now.getTime() / 1000);

/** Whether a PENDING_PAYMENT order's hold has expired at `now` (its units are back on sale). */
export function holdExpired(order: Pick<OrderItem, 'status' | 'holdExpiresAt'>, now: Date): boolean {
  return order.status === 'PENDING_PAYMENT' && order.holdExpiresAt !== undefined && order.holdExpiresAt <= epoch(now);
}

/**
 * The order as it stands at `now`: a PENDING_PAYMENT order past its hold's expiry is CANCELLED
 * (note "hold expired") from that moment, whether or not a write has recorded it yet (the next
 * write of the order does: `endPendingOrder`).
 */
export function effectiveOrder<T extends OrderItem>(order: T, now: Date): T {
  if (!holdExpired(order, now)) return order;
  const at = new Date(order.holdExpiresAt! * 1000).toISOString();
  return {
    ...order,
    status: 'CANCELLED',
    paymentStatus: 'FAILED',
    holdExpiresAt: undefined,
    history: [...(order.history ?? []), { status: 'CANCELLED', at, note: HOLD_EXPIRED_NOTE }],
  };
}
