import type { Actor } from '../../core/actor';
import { TransactionConflictError } from '../../core/errors';
import { getCart, writeCart } from '../../data/carts';
import type { Db } from '../../data/db';
import { backOff } from '../../data/transact';
import type { CartItem } from '../../data/entities/cart';
import { cartLimits } from './cartLimits';
import { cartProblem, type CartChangeResult, type CartProblem } from './cartProblem';

/** Who asks and when; `ttlHours` is the stage's `cartTtlHours`. */
export interface CartRequest {
  readonly actor: Actor;
  readonly now: Date;
  readonly ttlHours: number;
}

/**
 * The cart as the caller may see it: CART_NOT_FOUND when it is missing, expired or attached to
 * another customer (the same answer for the three), CART_COMPLETED when its order has been paid.
 */
export async function cartForCaller(db: Db, { cartId, actor, now }: { cartId: string; actor: Actor; now: Date }): Promise<CartItem | CartProblem> {
  const cart = await getCart(db, { cartId, now });
  if (!cart || !mayUseCart(cart, actor)) {
    return cartProblem('CART_NOT_FOUND', 'No cart with this id.', { field: ['input', 'cartId'] });
  }
  if (cart.completedOrderId)
    return cartProblem('CART_COMPLETED', "This cart's order has been paid; start a new cart.", { field: ['input', 'cartId'] });
  return cart;
}

/** Whether the caller may read and change a cart: anyone holding an anonymous cart's id; only its customer for an attached one. */
export function mayUseCart(cart: Pick<CartItem, 'customerId'>, actor: Actor): boolean {
  return !cart.customerId || (actor.kind === 'customer' && actor.customerId === cart.customerId);
}

/** A cart's next state: one version up, changed now, expiring `ttlHours` from now; an empty cart has no currency. */
export function nextVersion(cart: CartItem, changes: Partial<CartItem>, { now, ttlHours }: Pick<CartRequest, 'now' | 'ttlHours'>): CartItem {
  const next: CartItem = {
    ...cart,
    ...changes,
    version: cart.version + 1,
    updatedAt: now.toISOString(),
    expiresAt: expiresAtFor(now, ttlHours),
  };
  if (!next.lines.length) delete next.currency;
  // a change that sets a field to undefined clears it
  for (const key of Object.keys(next) as Array<keyof CartItem>) if (next[key] === undefined) delete next[key];
  return next;
}

/** Epoch seconds `ttlHours` after `now`. */
export function expiresAtFor(now: Date, ttlHours: number): number {
  return Math.floor(now.getTime() / 1000) + ttlHours * 3600;
}

/**
 * Applies a change to a cart and writes it conditioned on the version it was read at; when
 * another request changed the cart first, reads it and applies the change again (at most
 * `cartLimits.maxWriteAttempts` times, backing off with jitter between attempts as transactions do,
 * then TRANSACTION_CONFLICT). So concurrent changes never
 * lose one another's lines. `apply` returns the changed fields, or the problems that refuse it
 * (nothing is written).
 */
export async function changeCart(
  db: Db,
  cartId: string,
  request: CartRequest,
  apply: (cart: CartItem) => Partial<CartItem> | readonly CartProblem[] | Promise<Partial<CartItem> | readonly CartProblem[]>,
): Promise<CartChangeResult<CartItem>> {
  for (let attempt = 1; attempt <= cartLimits.maxWriteAttempts; attempt++) {
    const cart = await cartForCaller(db, { cartId, actor: request.actor, now: request.now });
    if ('code' in cart) return { kind: 'refused', problems: [cart] };
    const changes = await apply(cart);
    if (Array.isArray(changes)) {
      if (changes.length) return { kind: 'refused', problems: changes };
    }
    const next = nextVersion(cart, Array.isArray(changes) ? {} : (changes as Partial<CartItem>), request);
    if ((await writeCart(db, { cart: next, expectedVersion: cart.version })) === 'written') return { kind: 'changed', cart: next };
    // another request changed the cart first: wait a jittered moment, so the writers that collided spread out
    if (attempt < cartLimits.maxWriteAttempts) await backOff(attempt);
  }
  throw new TransactionConflictError('The cart kept changing while this change was applied; retry the request.');
}
