import type { Db, TransactionEntities } from './db';
import type { CartItem } from './entities/cart';
import { isConditionFailure } from './conditionFailure';
import { writeTransaction } from './transact';

/** Whether a cart is past its `expiresAt` (epoch seconds) at `now`: such a cart is treated as missing. */
export function isCartExpired(cart: Pick<CartItem, 'expiresAt'>, now: Date): boolean {
  return cart.expiresAt * 1000 <= now.getTime();
}

/**
 * A cart by id: one strongly consistent GetItem. Null when there is none or it has expired (TTL
 * removes expired items within days, so expiry is decided here).
 *
 * @example
 * const cart = await getCart(db, { cartId: 'cart_…', now: new Date() });
 */
export async function getCart(db: Db, { cartId, now }: { cartId: string; now: Date }): Promise<CartItem | null> {
  const { data } = await db.entities.cart.get({ cartId }).go({ consistent: true });
  if (!data || isCartExpired(data, now)) return null;
  return data;
}

/**
 * A customer's current cart: the pointer (one GetItem), then the cart it names (one GetItem).
 * Null when there is none, or it has expired, been completed or is no longer attached to them.
 */
export async function getCustomerCart(db: Db, { customerId, now }: { customerId: string; now: Date }): Promise<CartItem | null> {
  const { data: pointer } = await db.entities.customerCart.get({ customerId }).go({ consistent: true });
  if (!pointer) return null;
  const cart = await getCart(db, { cartId: pointer.cartId, now });
  if (!cart || cart.customerId !== customerId || cart.completedOrderId) return null;
  return cart;
}

/** How a cart write ended: written, or the cart was changed (or completed, or created) by another request first. */
export type CartWriteOutcome = 'written' | 'changed';

/**
 * Creates a cart: one PutItem under `attribute_not_exists`, or, for a customer's cart, one
 * transaction that also makes it their current cart (the pointer).
 */
export async function insertCart(db: Db, cart: CartItem): Promise<CartWriteOutcome> {
  if (!cart.customerId) {
    try {
      await db.entities.cart.create(cart).go();
      return 'written';
    } catch (error) {
      if (isConditionFailure(error)) return 'changed';
      throw error;
    }
  }
  const customerId = cart.customerId;
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ cart: carts, customerCart }) => [
        carts.create(cart).commit(),
        customerCart.put({ customerId, cartId: cart.cartId, updatedAt: cart.updatedAt }).commit(),
      ])
      .go(),
  );
  return failed ? 'changed' : 'written';
}

/**
 * Replaces a cart with its next state: one PutItem conditioned on the cart still being at
 * `expectedVersion` and not completed. `cart.version` is the next version.
 */
export async function writeCart(db: Db, { cart, expectedVersion }: { cart: CartItem; expectedVersion: number }): Promise<CartWriteOutcome> {
  try {
    await db.entities.cart
      .put(cart)
      .where((attr, { eq, notExists }) => `${eq(attr.version, expectedVersion)} AND ${notExists(attr.completedOrderId)}`)
      .go();
    return 'written';
  } catch (error) {
    if (isConditionFailure(error)) return 'changed';
    throw error;
  }
}

export interface CartAttachment {
  /** The cart's next state, attached to `cart.customerId`. */
  readonly cart: CartItem;
  readonly expectedVersion: number;
  /** The customer's previous cart, merged into `cart` and deleted, at the version it was read at. */
  readonly replaced?: { readonly cartId: string; readonly version: number };
}

/**
 * Attaches a cart to its customer: one transaction of the cart (conditioned on its version), the
 * customer's pointer to it, and the deletion of the cart it was merged with (conditioned on that
 * cart's version, so a line added to it meanwhile is never lost).
 */
export async function writeCartAttachment(db: Db, { cart, expectedVersion, replaced }: CartAttachment): Promise<CartWriteOutcome> {
  const customerId = cart.customerId!;
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ cart: carts, customerCart }) => [
        carts
          .put(cart)
          .where((attr, { eq, notExists }) => `${eq(attr.version, expectedVersion)} AND ${notExists(attr.completedOrderId)}`)
          .commit(),
        customerCart.put({ customerId, cartId: cart.cartId, updatedAt: cart.updatedAt }).commit(),
        ...(replaced
          ? [
              carts
                .delete({ cartId: replaced.cartId })
                .where((attr, { eq }) => eq(attr.version, replaced.version))
                .commit(),
            ]
          : []),
      ])
      .go(),
  );
  return failed ? 'changed' : 'written';
}

/**
 * The transaction item that marks a cart completed by its paid order, for the checkout's own
 * transaction (`db.transaction.write((entities) => [..., markCartCompleted(entities, { cartId, orderId })])`):
 * conditioned on the cart existing and being completed by no other order (the same order again is
 * allowed, so a retried payment confirmation commits).
 */
export function markCartCompleted({ cart }: TransactionEntities, { cartId, orderId }: { cartId: string; orderId: string }) {
  return cart
    .patch({ cartId })
    .set({ completedOrderId: orderId })
    .where((attr, { notExists, eq }) => `${notExists(attr.completedOrderId)} OR ${eq(attr.completedOrderId, orderId)}`)
    .commit();
}
