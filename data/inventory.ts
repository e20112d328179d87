import { createHash } from 'node:crypto';
import type { Db } from './db';
import type { InventoryAdjustmentItem } from './entities/inventoryAdjustment';
import { writeTransaction } from './transact';
import { variantAt } from './variantPaths';

/** How long an adjustment's idempotency key is remembered: far longer than any client retries. */
export const ADJUSTMENT_KEY_DAYS = 7;

export interface InventoryAdjustmentWrite {
  readonly productId: string;
  /**
   * The variant of a product with several, at its position; left out: the product's own stock,
   * conditioned on the product having at most one variant.
   */
  readonly variant?: { readonly index: number; readonly variantId: string };
  /** The stock index key after the adjustment, when it lowers the product's lowest active variant stock (with `variant`). */
  readonly lowestStock?: number;
  /** Units to add (positive) or take away (negative). */
  readonly delta: number;
  readonly idempotencyKey: string;
  /** The admin's subject, recorded on the guard item. */
  readonly adjustedBy: string;
  /** The product's stock beforehand: at most this (adding) or at least this (taking away). */
  readonly stockBefore: { readonly atMost: number } | { readonly atLeast: number };
  readonly now: Date;
}

/** How the write ended: written, the key already claimed, or the product missing or its stock outside `stockBefore`. */
export type InventoryAdjustmentOutcome = 'written' | 'keyTaken' | 'stockRefused';

/**
 * Claims the idempotency key with a guard item (TTL `ADJUSTMENT_KEY_DAYS`) and ADDs `delta` to the
 * stock of an existing product (or of its variant at `variant.index`) whose stock meets
 * `stockBefore`: one transaction.
 *
 * @example
 * await writeInventoryAdjustment(db, { productId, delta: 20, idempotencyKey: 'delivery-2026-12-07', adjustedBy: sub, stockBefore: { atMost: 999_980 }, now });
 */
export async function writeInventoryAdjustment(
  db: Db,
  { productId, variant, lowestStock, delta, idempotencyKey, adjustedBy, stockBefore, now }: InventoryAdjustmentWrite,
): Promise<InventoryAdjustmentOutcome> {
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ inventoryAdjustment, product }) => [
        inventoryAdjustment
          .create({
            idempotencyKey: adjustmentKeyHash(idempotencyKey),
            productId,
            ...(variant ? { variantId: variant.variantId } : {}),
            delta,
            adjustedBy,
            adjustedAt: now.toISOString(),
            expiresAt: Math.floor(now.getTime() / 1000) + ADJUSTMENT_KEY_DAYS * 86_400,
          })
          .commit(),
        product
          .patch({ productId })
          .data((attr, op) => {
            op.add(variant ? variantAt(attr, variant.index).stock : attr.stock, delta);
            if (variant && lowestStock !== undefined) op.set(attr.stock, lowestStock);
            op.set(attr.updatedAt, now.toISOString());
          })
          .where((attr, { lte, gte, eq, notExists }) => {
            const stock = variant ? variantAt(attr, variant.index).stock : attr.stock;
            return [
              'atMost' in stockBefore ? lte(stock, stockBefore.atMost) : gte(stock, stockBefore.atLeast),
              variant ? eq(variantAt(attr, variant.index).variantId, variant.variantId) : notExists(variantAt(attr, 1).variantId),
            ].join(' AND ');
          })
          .commit(),
      ])
      .go(),
  );
  if (!failed) return 'written';
  return failed[0] === 'ConditionalCheckFailed' ? 'keyTaken' : 'stockRefused';
}

/** The adjustment that claimed this idempotency key, if one did: one consistent GetItem. */
export async function getInventoryAdjustment(db: Db, { idempotencyKey }: { idempotencyKey: string }): Promise<InventoryAdjustmentItem | null> {
  const { data } = await db.entities.inventoryAdjustment.get({ idempotencyKey: adjustmentKeyHash(idempotencyKey) }).go({ consistent: true });
  return data;
}

/** The key as it is stored: a digest, so any printable key makes a well-formed, fixed-length key. */
function adjustmentKeyHash(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url');
}
