import type { Actor } from '../../core/actor';
import { TransactionConflictError, UnauthenticatedError } from '../../core/errors';
import { getCustomerCart, writeCartAttachment } from '../../data/carts';
import type { Db } from '../../data/db';
import type { CartItem } from '../../data/entities/cart';
import { cartForCaller, nextVersion, type CartRequest } from './changeCart';
import { cartLimits } from './cartLimits';
import type { CartChangeResult } from './cartProblem';
import { mergeCarts } from './mergeCarts';

/**
 * Attaches a cart to the signed-in caller (UNAUTHENTICATED when anonymous) and makes it their
 * current cart. When they already have another, the two are merged into this one (`mergeCarts`)
 * and the other is deleted, in one transaction conditioned on both carts' versions: a change to
 * either meanwhile makes it read both again and merge again.
 */
export async function attachCart(db: Db, { cartId }: { cartId: string }, request: CartRequest): Promise<CartChangeResult<CartItem>> {
  const { actor, now } = request;
  if (actor.kind !== 'customer') throw new UnauthenticatedError('Sign in to keep this cart.');
  for (let attempt = 1; attempt <= cartLimits.maxWriteAttempts; attempt++) {
    const cart = await cartForCaller(db, { cartId, actor: actor as Actor, now });
    if ('code' in cart) return { kind: 'refused', problems: [cart] };
    const current = await getCustomerCart(db, { customerId: actor.customerId, now });
    const other = current && current.cartId !== cart.cartId ? current : undefined;
    const next = nextVersion(cart, { customerId: actor.customerId, ...(other ? mergeCarts(cart, other) : {}) }, request);
    const outcome = await writeCartAttachment(db, {
      cart: next,
      expectedVersion: cart.version,
      ...(other ? { replaced: { cartId: other.cartId, version: other.version } } : {}),
    });
    if (outcome === 'written') return { kind: 'changed', cart: next };
  }
  throw new TransactionConflictError('The carts kept changing while they were merged; retry the request.');
}
