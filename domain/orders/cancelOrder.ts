import { ConflictError, NotFoundError } from '../../core/errors';
import type { Db } from '../../data/db';
import { getOrderWithLines, writeOrderTransition, type OrderWithLines } from '../../data/orders';
import { batchGetProducts } from '../../data/products';
import { checkId } from '../../data/validation';
import { findVariant } from '../../data/variants';
import { stockReturn } from '../stock/stockCeiling';
import { assertTransition } from './orderTransitions';

export interface CancelOrderInput {
  readonly orderId: string;
  readonly customerId: string;
}

/** Transactions a cancel tries before it gives up as CONFLICT (each near-ceiling product needs one more, and a product that gained variants since the order one more). */
const CANCEL_ATTEMPTS = 4;

/**
 * Cancels the customer's PLACED order and puts its quantities back in stock: one Query for the
 * order and its lines, then one transaction conditioned on the order still being PLACED
 * (`writeOrderTransition`). A line goes back to its variant's stock at the position the line
 * recorded (positions never change: variants are archived, never removed), or, for a product
 * that had one variant, to the product's stock, conditioned on it still having one; a product
 * that gained variants since is read (one BatchGetItem) and written again.
 *
 * Stock given back obeys the ceiling restock obeys (`stockReturn` in domain/stock/stockCeiling.ts):
 * a product whose stock would pass `limits.maxStock` is set to the ceiling instead, in the same
 * transaction, and the rest of the quantity is dropped. The cancel never fails because of the
 * ceiling: a merchant who restocked a product to its maximum while the order was open still gets
 * the cancel, and the product stays at its maximum. A line is first written as an addition; a
 * product found too full is written at the ceiling on the next attempt.
 *
 * @example
 * await cancelOrder(db, { orderId, customerId });
 */
export async function cancelOrder(db: Db, { orderId, customerId }: CancelOrderInput, now = new Date()): Promise<OrderWithLines> {
  checkId('id', orderId);
  const existing = await getOrderWithLines(db, { orderId });
  if (!existing || existing.order.customerId !== customerId) throw new NotFoundError(`Order "${orderId}" was not found.`);
  assertTransition(existing.order, 'CANCELLED');
  if (existing.order.status !== 'PLACED')
    throw new ConflictError(`Order "${orderId}" is ${existing.order.status}; cancelOrder cancels PLACED orders only: use orderCancel.`);
  const updatedAt = now.toISOString();
  // per line: whether the product was last found too full to take the whole quantity back
  const atCeiling = existing.lines.map(() => false);
  // per line: where its stock goes back, as recorded on the line; read from the products once a return is refused
  let targets = existing.lines.map((line) =>
    line.variantIndex === undefined ? undefined : { index: line.variantIndex, variantId: line.variantId! },
  );
  let targetsRead = false;
  for (let attempt = 1; attempt <= CANCEL_ATTEMPTS; attempt++) {
    const outcome = await writeOrderTransition(db, {
      orderId,
      customerId,
      placedAt: existing.order.placedAt,
      version: existing.order.version,
      history: [...(existing.order.history ?? []), { status: 'CANCELLED', at: updatedAt }],
      from: existing.order.status,
      to: 'CANCELLED',
      updatedAt,
      stockReturns: existing.lines.map((line, index) => stockReturn(line, atCeiling[index]!, targets[index])),
    });
    if (outcome.kind === 'written') {
      const version = (existing.order.version ?? 1) + 1;
      const history = [...(existing.order.history ?? []), { status: 'CANCELLED' as const, at: updatedAt }];
      return { order: { ...existing.order, status: 'CANCELLED', updatedAt, version, history }, lines: existing.lines };
    }
    if (outcome.kind === 'orderChanged') break;
    // a product may have gained variants since the order: where each line goes back, read once
    const fresh = targetsRead ? targets : await variantTargetsOf(db, existing.lines);
    outcome.refused.forEach((refused, index) => {
      // a product's stock is on the other side of the ceiling than written for: write it the other way
      if (refused && sameTarget(fresh[index], targets[index])) atCeiling[index] = !atCeiling[index];
    });
    targets = fresh;
    targetsRead = true;
  }
  throw new ConflictError(`Order "${orderId}" changed while it was being cancelled; reload it.`);
}

function sameTarget(a: { index: number } | undefined, b: { index: number } | undefined): boolean {
  return a?.index === b?.index;
}

/** Per line, the variant's position when its product has several variants; undefined when the product's own stock holds it. */
async function variantTargetsOf(
  db: Db,
  lines: ReadonlyArray<{ productId: string; variantId?: string }>,
): Promise<Array<{ index: number; variantId: string } | undefined>> {
  const products = await batchGetProducts(db, { productIds: [...new Set(lines.map((line) => line.productId))] });
  const byId = new Map(products.map((product) => [product.productId, product]));
  return lines.map((line) => {
    const product = byId.get(line.productId);
    if (!product || (product.variants?.length ?? 0) <= 1) return undefined;
    const variant = findVariant(product, line.variantId ?? line.productId);
    return variant && { index: variant.index, variantId: variant.variantId };
  });
}
