import type { Actor } from '../../core/actor';
import { TransactionConflictError } from '../../core/errors';
import { insertCart } from '../../data/carts';
import type { Db } from '../../data/db';
import type { CartItem } from '../../data/entities/cart';
import { getProductsOfVariants } from '../../data/variantRefs';
import { expiresAtFor, type CartRequest } from './changeCart';
import { addLines, type LineRequest } from './cartLineRules';
import { newCartId, newLineId } from './cartIds';
import type { CartChangeResult } from './cartProblem';
import { discountCodeEntries } from './discountCodeEntries';

export interface CreateCartInput {
  readonly lines?: readonly LineRequest[] | null;
  readonly discountCodes?: readonly string[] | null;
}

/**
 * Creates a cart with its first lines and codes: anonymous, or attached to a signed-in caller and
 * made their current cart (their previous one is left to expire). Reads the lines' products and
 * the codes (a BatchGetItem each, when given), then one PutItem (a transaction with the
 * customer's pointer for a signed-in caller).
 */
export async function createCart(db: Db, input: CreateCartInput, { actor, now, ttlHours }: CartRequest): Promise<CartChangeResult<CartItem>> {
  const requested = input.lines ?? [];
  const products = await getProductsOfVariants(
    db,
    requested.map((line) => line.merchandiseId),
  );
  const lines = addLines({ lines: [] }, requested, { products, now, newLineId });
  if (Array.isArray(lines)) return { kind: 'refused', problems: lines };
  const codes = await discountCodeEntries(db, input.discountCodes ?? [], ['input', 'discountCodes']);
  if ('problems' in codes) return { kind: 'refused', problems: codes.problems };
  for (let attempt = 1; attempt <= 3; attempt++) {
    const cart: CartItem = {
      cartId: newCartId(),
      ...customerOf(actor),
      ...lines,
      discountCodes: codes.codes,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      expiresAt: expiresAtFor(now, ttlHours),
    };
    if ((await insertCart(db, cart)) === 'written') return { kind: 'changed', cart };
  }
  throw new TransactionConflictError('The cart could not be created; retry the request.');
}

function customerOf(actor: Actor): { customerId?: string } {
  return actor.kind === 'customer' ? { customerId: actor.customerId } : {};
}
