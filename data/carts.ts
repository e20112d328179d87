import type { Db } from './db';
import type { CartItem } from './entities/cart';
import { updateItem, type TransactItem } from './transactItems';

/**
 * The cart's access patterns the checkout uses (minimal on this branch: the cart helper's
 * data/carts.ts replaces this file at the merge, with the same signatures).
 */

/** A cart by id: one GetItem; null when missing or expired at `now` (TTL only cleans up). */
export async function getCart(db: Db, { cartId, now }: { cartId: string; now: Date }): Promise<CartItem | null> {
  const { data } = await db.entities.cart.get({ cartId }).go({ consistent: true });
  if (!data || data.expiresAt <= Math.floor(now.getTime() / 1000)) return null;
  return data;
}

/** The transaction action that marks the cart completed by an order (its checkout was paid). */
export function markCartCompleted(db: Db, { cartId, orderId }: { cartId: string; orderId: string }): TransactItem {
  return updateItem(db.entities.cart.patch({ cartId }).set({ completedOrderId: orderId }).params());
}
