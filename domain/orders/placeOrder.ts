import { ConflictError, TransactionConflictError } from '../../core/errors';
import type { Db } from '../../data/db';
import type { OrderItem } from '../../data/entities/order';
import type { ProductItem } from '../../data/entities/product';
import { writeOrder, type OrderWithLines, type StockTake } from '../../data/orders';
import { expiredHoldUnits, expiredHoldsOf } from '../../data/holds';
import { batchGetProducts } from '../../data/products';
import { productLevelOf, variantsOf, type Variant } from '../../data/variants';
import { changedPrices, orderTotal, orderTotalProblem, pricedLines, type UnitPrice } from '../pricing';
import { checkIdempotencyKey } from '../validation';
import { catalogProblem, variantOfLine } from './catalogProblem';
import { mergeLines, type MergedLine } from './mergeLines';
import { cartHashOf, orderIdFor, replayOrder } from './orderReplay';

export interface PlaceOrderInput {
  readonly customerId: string;
  readonly idempotencyKey: string;
  readonly items: ReadonlyArray<{
    readonly productId: string;
    /** The variant ordered; null or left out: the product's only variant (BAD_USER_INPUT for a product with several). */
    readonly variantId?: string | null;
    readonly quantity: number;
    /** The price the shopper was shown: the order is only placed at that price. */
    readonly expectedUnitPrice?: UnitPrice | null;
  }>;
}

/** Times the order is priced and written before a catalog that keeps changing under it gives up as TRANSACTION_CONFLICT. */
const MAX_PLACE_ATTEMPTS = 3;

/**
 * Places an order: one BatchGetItem for the catalog prices, then one transaction that writes the
 * order and its lines and takes each line's quantity from its variant's stock (`writeOrder`). The order id
 * derives from (customer, idempotency key), so a retry can never place twice: a refusal only
 * stands if this key has not placed the order already (a retry after a price change, say).
 *
 * @example
 * await placeOrder(db, { customerId, idempotencyKey: 'checkout-1', items: [{ productId, quantity: 2 }] });
 */
export async function placeOrder(db: Db, input: PlaceOrderInput, now = new Date()): Promise<OrderWithLines> {
  const lines = mergeLines(input.items);
  const idempotencyKey = checkIdempotencyKey(input.idempotencyKey);
  const request = { orderId: orderIdFor(input.customerId, idempotencyKey), customerId: input.customerId, cartHash: cartHashOf(lines) };
  const replayOr = async (refusal: Error): Promise<OrderWithLines> => {
    const existing = await replayOrder(db, request);
    if (existing) return existing;
    throw refusal;
  };

  for (let attempt = 1; attempt <= MAX_PLACE_ATTEMPTS; attempt++) {
    const products = await batchGetProducts(db, { productIds: [...new Set(lines.map((line) => line.productId))] });
    const problem = catalogProblem(lines, products, undefined, now);
    if (problem) return replayOr(problem);
    const byId = new Map(products.map((product) => [product.productId, product]));
    const changed = changedPrices(input.items, byId);
    if (changed.length) {
      return replayOr(
        new ConflictError('Prices changed since they were shown; confirm the current prices and order again.', {
          details: { currentPrices: changed },
        }),
      );
    }
    const orderLines = pricedLines(request.orderId, lines, byId);
    const totalAmount = orderTotal(orderLines);
    const totalProblem = orderTotalProblem(totalAmount);
    if (totalProblem) return replayOr(totalProblem);
    const order: OrderItem = {
      orderId: request.orderId,
      customerId: input.customerId,
      status: 'PLACED',
      totalAmount,
      currency: orderLines[0]!.currency,
      cartHash: request.cartHash,
      lineCount: orderLines.length,
      placedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
      paymentStatus: 'NOT_REQUIRED',
      history: [{ status: 'PLACED', at: now.toISOString() }],
    };
    const outcome = await writeOrder(db, { order, lines: orderLines, stockTakes: stockTakesOf(lines, byId, now) });
    if (outcome.kind === 'written') return { order, lines: orderLines };
    if (outcome.kind === 'orderExists') {
      const existing = await replayOrder(db, request);
      if (existing) return existing;
      continue;
    }
    // A product's condition failed: read those products again to say why.
    const fresh = await batchGetProducts(db, { productIds: outcome.productIds });
    const freshProblem = catalogProblem(lines, fresh, outcome.productIds, now);
    if (freshProblem) throw freshProblem;
    // Only the catalog version moved (a concurrent price or name change): price the order again.
  }
  throw new TransactionConflictError('The catalog changed while the order was being placed; retry the request.');
}

/**
 * What the order takes from each product's stock, one entry per product: the top-level stock of a
 * product with one variant, else each ordered variant's, with the stock index key lowered when
 * a variant falls below the product's lowest active stock. The product's expired holds are folded
 * back in the same write, so the stock the write conditions on is what `availableUnits` shows.
 */
export function stockTakesOf(lines: readonly MergedLine[], byId: ReadonlyMap<string, ProductItem>, now: Date): StockTake[] {
  const byProduct = new Map<string, MergedLine[]>();
  for (const line of lines) byProduct.set(line.productId, [...(byProduct.get(line.productId) ?? []), line]);
  return [...byProduct].map(([productId, productLines]) => {
    const product = byId.get(productId)!;
    const folds = expiredHoldsOf(product, now);
    const ordered = productLines.map((line) => ({ line, variant: variantOfLine(line, product) as Variant }));
    if ((product.variants?.length ?? 0) <= 1) {
      return { productId, version: product.version, folds, quantity: productLines.reduce((sum, line) => sum + line.quantity, 0) };
    }
    const after = variantsOf(product).map((variant) => {
      const taken = ordered.find((entry) => entry.variant.variantId === variant.variantId)?.line.quantity ?? 0;
      return { ...variant, stock: variant.stock + expiredHoldUnits(product, variant.variantId, now) - taken };
    });
    const lowest = productLevelOf(after).stock;
    return {
      productId,
      version: product.version,
      folds,
      variants: ordered.map(({ line, variant }) => ({ index: variant.index, variantId: variant.variantId, quantity: line.quantity })),
      ...(lowest < product.stock ? { lowestStock: lowest } : {}),
    };
  });
}
