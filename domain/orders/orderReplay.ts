import { createHash } from 'node:crypto';
import { IdempotencyKeyReusedError } from '../../core/errors';
import type { Db } from '../../data/db';
import type { OrderItem } from '../../data/entities/order';
import { getOrderWithLines, type OrderWithLines } from '../../data/orders';

/** The id of the order a customer places with an idempotency key: the same for every retry, so a retry can never place twice. */
export function orderIdFor(customerId: string, idempotencyKey: string): string {
  return createHash('sha256').update(`${customerId}\n${idempotencyKey}`).digest('base64url').slice(0, 26);
}

/** The fingerprint of a requested cart (its merged lines), to tell a retry from a reuse of the key for another cart. */
export function cartHashOf(lines: ReadonlyArray<{ productId: string; variantId?: string; quantity: number }>): string {
  return createHash('sha256').update(JSON.stringify(lines)).digest('base64url');
}

/**
 * The replay decision for an order id already taken: the same customer and cart is a retry, which
 * answers with that order; anything else is IDEMPOTENCY_KEY_REUSED.
 */
export function assertReplay(existing: Pick<OrderItem, 'customerId' | 'cartHash'>, request: { customerId: string; cartHash: string }): void {
  if (existing.customerId !== request.customerId || existing.cartHash !== request.cartHash) {
    throw new IdempotencyKeyReusedError('This idempotencyKey was already used for a different order.', {
      details: { field: 'idempotencyKey' },
    });
  }
}

/** The order already placed with this id (one consistent Query), if it is a replay of this request; null when there is none. */
export async function replayOrder(
  db: Db,
  { orderId, customerId, cartHash }: { orderId: string; customerId: string; cartHash: string },
): Promise<OrderWithLines | null> {
  const existing = await getOrderWithLines(db, { orderId, consistent: true });
  if (!existing) return null;
  assertReplay(existing.order, { customerId, cartHash });
  return existing;
}
