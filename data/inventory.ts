import { createHash } from 'node:crypto';
import type { Db } from './db';
import type { ProductItem } from './entities/product';
import { getProduct } from './products';
import { writeTransaction } from './transact';
import { checkId, checkIdempotencyKey, limits } from './validation';

/** How long an adjustment's idempotency key is remembered: far longer than any client retries. */
export const ADJUSTMENT_KEY_DAYS = 7;

/** Why an adjustment was refused (nothing was written): the schema's `InventoryErrorCode`. */
export type InventoryAdjustProblem =
  | { readonly code: 'PRODUCT_NOT_FOUND'; readonly field: 'productId' }
  | { readonly code: 'INVALID_DELTA'; readonly field: 'delta' }
  | { readonly code: 'STOCK_LIMIT_EXCEEDED' | 'STOCK_BELOW_ZERO'; readonly field: 'delta'; readonly stock: number }
  | { readonly code: 'IDEMPOTENCY_KEY_REUSED'; readonly field: 'idempotencyKey' };

export type InventoryAdjustResult =
  { readonly kind: 'adjusted' | 'replayed'; readonly product: ProductItem } | { readonly kind: 'refused'; readonly problem: InventoryAdjustProblem };

export interface AdjustInventoryInput {
  readonly productId: string;
  /** Units to add (positive) or take away (negative). */
  readonly delta: number;
  readonly idempotencyKey: string;
  /** The admin's subject, recorded on the guard item. */
  readonly adjustedBy: string;
}

/**
 * Adds `delta` units to a product's stock once per idempotency key: one transaction that claims
 * the key with a guard item (TTL `ADJUSTMENT_KEY_DAYS`) and ADDs to the stock of an existing
 * product whose stock stays within 0..`limits.maxStock`, then one consistent GetItem for the answer. A retry
 * with the same key and input changes nothing and answers with the product; the same key with
 * another product or delta is refused. A refusal reads what it needs to say why.
 *
 * @example
 * await adjustInventory(db, { productId, delta: 20, idempotencyKey: 'delivery-2026-12-07', adjustedBy: sub });
 */
export async function adjustInventory(db: Db, input: AdjustInventoryInput, now = new Date()): Promise<InventoryAdjustResult> {
  const productId = checkId('productId', input.productId);
  const keyHash = adjustmentKeyHash(checkIdempotencyKey(input.idempotencyKey));
  const { delta } = input;
  if (!Number.isInteger(delta) || delta === 0 || Math.abs(delta) > limits.maxStock) {
    return { kind: 'refused', problem: { code: 'INVALID_DELTA', field: 'delta' } };
  }
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ inventoryAdjustment, product }) => [
        inventoryAdjustment
          .create({
            idempotencyKey: keyHash,
            productId,
            delta,
            adjustedBy: input.adjustedBy,
            adjustedAt: now.toISOString(),
            expiresAt: Math.floor(now.getTime() / 1000) + ADJUSTMENT_KEY_DAYS * 86_400,
          })
          .commit(),
        product
          .patch({ productId })
          .add({ stock: delta })
          .set({ updatedAt: now.toISOString() })
          .where((attr, { lte, gte }) => (delta > 0 ? lte(attr.stock, limits.maxStock - delta) : gte(attr.stock, -delta)))
          .commit(),
      ])
      .go(),
  );
  if (!failed) return adjusted(db, productId, 'adjusted');
  if (failed[0] === 'ConditionalCheckFailed') return replay(db, { keyHash, productId, delta });
  const current = await getProduct(db, { productId });
  if (!current) return { kind: 'refused', problem: { code: 'PRODUCT_NOT_FOUND', field: 'productId' } };
  const code = delta > 0 ? 'STOCK_LIMIT_EXCEEDED' : 'STOCK_BELOW_ZERO';
  return { kind: 'refused', problem: { code, field: 'delta', stock: current.stock } };
}

/** The key as it is stored: a digest, so any printable key makes a well-formed, fixed-length key. */
function adjustmentKeyHash(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url');
}

async function adjusted(db: Db, productId: string, kind: 'adjusted' | 'replayed'): Promise<InventoryAdjustResult> {
  const { data: product } = await db.entities.product.get({ productId }).go({ consistent: true });
  // the product is never deleted, so only a store that lost it could answer null here
  if (!product) throw new Error(`Product "${productId}" vanished after its stock was adjusted.`);
  return { kind, product };
}

/** The answer to a key already claimed: the same answer for the same request, a refusal for another. */
async function replay(db: Db, { keyHash, productId, delta }: { keyHash: string; productId: string; delta: number }): Promise<InventoryAdjustResult> {
  const { data: claimed } = await db.entities.inventoryAdjustment.get({ idempotencyKey: keyHash }).go({ consistent: true });
  if (!claimed || claimed.productId !== productId || claimed.delta !== delta) {
    return { kind: 'refused', problem: { code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' } };
  }
  return adjusted(db, productId, 'replayed');
}
