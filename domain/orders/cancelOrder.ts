import { ConflictError, NotFoundError } from '../../core/errors';
import type { Db } from '../../data/db';
import { getOrderWithLines, writeOrderTransition, type OrderWithLines } from '../../data/orders';
import { checkId } from '../../data/validation';
import { stockReturn } from '../stock/stockCeiling';
import { assertTransition } from './orderTransitions';

export interface CancelOrderInput {
  readonly orderId: string;
  readonly customerId: string;
}

/** Transactions a cancel tries before it gives up as CONFLICT (each near-ceiling product needs one more). */
const CANCEL_ATTEMPTS = 3;

/**
 * Cancels the customer's PLACED order and puts its quantities back in stock: one Query for the
 * order and its lines, then one transaction conditioned on the order still being PLACED
 * (`writeOrderTransition`).
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
  const updatedAt = now.toISOString();
  // per line: whether the product was last found too full to take the whole quantity back
  const atCeiling = existing.lines.map(() => false);
  for (let attempt = 1; attempt <= CANCEL_ATTEMPTS; attempt++) {
    const outcome = await writeOrderTransition(db, {
      orderId,
      customerId,
      from: existing.order.status,
      to: 'CANCELLED',
      updatedAt,
      stockReturns: existing.lines.map((line, index) => stockReturn(line, atCeiling[index])),
    });
    if (outcome.kind === 'written') return { order: { ...existing.order, status: 'CANCELLED', updatedAt }, lines: existing.lines };
    if (outcome.kind === 'orderChanged') break;
    // a product's stock is on the other side of the ceiling than written for: write it the other way
    outcome.refused.forEach((refused, index) => {
      if (refused) atCeiling[index] = !atCeiling[index];
    });
  }
  throw new ConflictError(`Order "${orderId}" changed while it was being cancelled; reload it.`);
}
