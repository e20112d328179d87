import type { Db } from '../../data/db';
import type { InventoryAdjustmentItem } from '../../data/entities/inventoryAdjustment';
import type { ProductItem } from '../../data/entities/product';
import { getInventoryAdjustment, writeInventoryAdjustment } from '../../data/inventory';
import { getProduct } from '../../data/products';
import { checkId } from '../../data/validation';
import { findVariant, productLevelOf, variantsOf } from '../../data/variants';
import { limits } from '../limits';
import { checkIdempotencyKey } from '../validation';
import { largestStockBeforeAdding } from './stockCeiling';

/** Why an adjustment was refused (nothing was written): the schema's `InventoryErrorCode`. */
export type InventoryAdjustProblem =
  | { readonly code: 'PRODUCT_NOT_FOUND'; readonly field: 'productId' }
  | { readonly code: 'VARIANT_NOT_FOUND' | 'VARIANT_REQUIRED'; readonly field: 'variantId' }
  | { readonly code: 'INVALID_DELTA'; readonly field: 'delta' }
  | { readonly code: 'STOCK_LIMIT_EXCEEDED' | 'STOCK_BELOW_ZERO'; readonly field: 'delta'; readonly stock: number }
  | { readonly code: 'IDEMPOTENCY_KEY_REUSED'; readonly field: 'idempotencyKey' };

export type InventoryAdjustResult =
  { readonly kind: 'adjusted' | 'replayed'; readonly product: ProductItem } | { readonly kind: 'refused'; readonly problem: InventoryAdjustProblem };

export interface AdjustInventoryInput {
  readonly productId: string;
  /** The variant whose stock changes; null or left out: the product's only variant (VARIANT_REQUIRED for a product with several). */
  readonly variantId?: string | null;
  /** Units to add (positive) or take away (negative). */
  readonly delta: number;
  readonly idempotencyKey: string;
  /** The admin's subject, recorded on the guard item. */
  readonly adjustedBy: string;
}

/**
 * Adds `delta` units to a product's stock once per idempotency key, keeping the stock within
 * 0..`limits.maxStock`: one transaction that claims the key and changes the stock
 * (`writeInventoryAdjustment`), then one consistent GetItem for the answer. A retry with the same
 * key and input changes nothing and answers with the product; the same key with another product
 * or delta is refused. A refusal reads what it needs to say why.
 *
 * @example
 * await adjustInventory(db, { productId, delta: 20, idempotencyKey: 'delivery-2026-12-07', adjustedBy: sub });
 */
export async function adjustInventory(db: Db, input: AdjustInventoryInput, now = new Date()): Promise<InventoryAdjustResult> {
  const productId = checkId('productId', input.productId);
  const variantId = input.variantId == null ? undefined : checkId('variantId', input.variantId);
  const idempotencyKey = checkIdempotencyKey(input.idempotencyKey);
  const { delta } = input;
  if (!isValidDelta(delta)) return { kind: 'refused', problem: { code: 'INVALID_DELTA', field: 'delta' } };
  const target: VariantTarget | { problem: InventoryAdjustProblem } =
    variantId === undefined ? {} : await variantTarget(db, productId, variantId, delta);
  if ('problem' in target) return { kind: 'refused', problem: target.problem };
  const stockBefore = delta > 0 ? { atMost: largestStockBeforeAdding(delta) } : { atLeast: -delta };
  const outcome = await writeInventoryAdjustment(db, { productId, ...target, delta, idempotencyKey, adjustedBy: input.adjustedBy, stockBefore, now });
  if (outcome === 'written') return answer(db, productId, 'adjusted');
  if (outcome === 'keyTaken') {
    const claimed = await getInventoryAdjustment(db, { idempotencyKey });
    return isReplay(claimed, { productId, variantId: target.variant?.variantId, delta }) ? answer(db, productId, 'replayed') : keyReused();
  }
  const current = await getProduct(db, { productId });
  if (!current) return { kind: 'refused', problem: { code: 'PRODUCT_NOT_FOUND', field: 'productId' } };
  if (!target.variant && (current.variants?.length ?? 0) > 1) return { kind: 'refused', problem: { code: 'VARIANT_REQUIRED', field: 'variantId' } };
  const stock = (target.variant && findVariant(current, target.variant.variantId)?.stock) ?? current.stock;
  const code = delta > 0 ? 'STOCK_LIMIT_EXCEEDED' : 'STOCK_BELOW_ZERO';
  return { kind: 'refused', problem: { code, field: 'delta', stock } };
}

/** Where an adjustment's stock is: a variant of a product with several (with the stock index key it lowers to), or the product's own (empty). */
interface VariantTarget {
  readonly variant?: { readonly index: number; readonly variantId: string };
  readonly lowestStock?: number;
}

/**
 * Where a named variant's stock is: on a product with several variants, the variant's position
 * (and the stock index key when the change lowers it: one GetItem); else the product's own stock.
 */
async function variantTarget(
  db: Db,
  productId: string,
  variantId: string,
  delta: number,
): Promise<VariantTarget | { problem: InventoryAdjustProblem }> {
  const product = await getProduct(db, { productId });
  if (!product) return { problem: { code: 'PRODUCT_NOT_FOUND', field: 'productId' } };
  const variant = findVariant(product, variantId);
  if (!variant) return { problem: { code: 'VARIANT_NOT_FOUND', field: 'variantId' } };
  if ((product.variants?.length ?? 0) <= 1) return {};
  const lowest = productLevelOf(
    variantsOf(product).map((each) => (each.index === variant.index ? { ...each, stock: each.stock + delta } : each)),
  ).stock;
  return { variant: { index: variant.index, variantId }, ...(lowest < product.stock ? { lowestStock: Math.max(lowest, 0) } : {}) };
}

/** A delta an adjustment may have: a whole number of units, not 0, at most `limits.maxStock` either way. */
export function isValidDelta(delta: number): boolean {
  return Number.isInteger(delta) && delta !== 0 && Math.abs(delta) <= limits.maxStock;
}

/** Whether the adjustment that claimed the key is this request again (same product, variant and delta), not a reuse of the key. */
export function isReplay(
  claimed: Pick<InventoryAdjustmentItem, 'productId' | 'variantId' | 'delta'> | null,
  request: { productId: string; variantId?: string; delta: number },
): boolean {
  return claimed !== null && claimed.productId === request.productId && claimed.variantId === request.variantId && claimed.delta === request.delta;
}

function keyReused(): InventoryAdjustResult {
  return { kind: 'refused', problem: { code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' } };
}

async function answer(db: Db, productId: string, kind: 'adjusted' | 'replayed'): Promise<InventoryAdjustResult> {
  const product = await getProduct(db, { productId, consistent: true });
  // the product is never deleted, so only a store that lost it could answer null here
  if (!product) throw new Error(`Product "${productId}" vanished after its stock was adjusted.`);
  return { kind, product };
}
