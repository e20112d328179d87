import { createHash } from 'node:crypto';
import { createConversions } from 'electrodb';
import {
  BadUserInputError,
  ConflictError,
  IdempotencyKeyReusedError,
  NotFoundError,
  OutOfStockError,
  TransactionConflictError,
} from '../core/errors';
import { fromCursor } from './cursor';
import type { Db } from './db';
import { OrderEntity, type OrderItem } from './entities/order';
import type { OrderLineItem } from './entities/orderLine';
import type { ProductItem } from './entities/product';
import { assertPageSize, toPage, type Page, type PageArgs } from './page';
import { batchGetProducts } from './products';
import { largestStockBeforeAdding } from './stockCeiling';
import { writeTransaction } from './transact';
import { checkId, checkIdempotencyKey, checkInt, limits } from './validation';

const orderConversions = createConversions(OrderEntity);

export interface OrderWithLines {
  readonly order: OrderItem;
  readonly lines: OrderLineItem[];
}

/**
 * An order with its lines: one Query over the `orderDetail` item collection. `consistent` reads
 * see a write that has just committed (a concurrent retry of the same order, say).
 */
export async function getOrderWithLines(
  db: Db,
  { orderId, consistent = false }: { orderId: string; consistent?: boolean },
): Promise<OrderWithLines | null> {
  const { data } = await db.collections.orderDetail({ orderId }).go({ consistent });
  const order = data.order[0];
  if (!order) return null;
  return { order, lines: [...data.orderLine].sort((a, b) => a.lineNo - b.lineNo) };
}

/** A customer's orders, newest first: one Query on gsi1. */
export async function listOrdersByCustomer(
  db: Db,
  { customerId, first, after, cursors, maxPageSize }: PageArgs & { customerId: string },
): Promise<Page<OrderItem>> {
  assertPageSize(first, maxPageSize);
  const scope = `orders:${customerId}`;
  const cursor = after
    ? orderConversions.byAccessPattern.byCustomer.fromComposite.toCursor({
        customerId,
        ...(cursors.decode(scope, after) as { orderId: string; placedAt: string }),
      })
    : null;
  const { data } = await fromCursor(after, () => db.entities.order.query.byCustomer({ customerId }).go({ limit: first + 1, cursor, order: 'desc' }));
  return toPage(data, first, (item) => cursors.encode(scope, { orderId: item.orderId, placedAt: item.placedAt }), after);
}

export interface PlaceOrderInput {
  readonly customerId: string;
  readonly idempotencyKey: string;
  readonly items: ReadonlyArray<{
    readonly productId: string;
    readonly quantity: number;
    /** The price the shopper was shown: the order is only placed at that price. */
    readonly expectedUnitPrice?: { readonly amount: number; readonly currency: string } | null;
  }>;
}

const MAX_PLACE_ATTEMPTS = 3;

/**
 * Places an order: one BatchGetItem for the catalog prices, then one transaction that writes
 * the order and its lines and takes each line's quantity from stock under `stock >= quantity`.
 * The order id derives from (customer, idempotency key), so a retry can never place twice.
 */
export async function placeOrder(db: Db, input: PlaceOrderInput, now = new Date()): Promise<OrderWithLines> {
  const lines = mergeLines(input.items);
  const idempotencyKey = checkIdempotencyKey(input.idempotencyKey);
  const orderId = createHash('sha256').update(`${input.customerId}\n${idempotencyKey}`).digest('base64url').slice(0, 26);
  const cartHash = createHash('sha256').update(JSON.stringify(lines)).digest('base64url');
  // a refusal only stands if this key has not placed the order already (a retry after a price change, say)
  const replayOr = async (refusal: Error): Promise<OrderWithLines> => {
    const existing = await replayOrder(db, { orderId, customerId: input.customerId, cartHash });
    if (existing) return existing;
    throw refusal;
  };

  for (let attempt = 1; attempt <= MAX_PLACE_ATTEMPTS; attempt++) {
    const products = await batchGetProducts(db, { productIds: lines.map((line) => line.productId) });
    const problem = catalogProblem(lines, products);
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
    const orderLines: OrderLineItem[] = lines.map((line, index) => {
      const product = byId.get(line.productId)!;
      return {
        orderId,
        lineNo: index + 1,
        productId: product.productId,
        sku: product.sku,
        name: product.name,
        unitAmount: product.priceAmount,
        currency: product.currency,
        quantity: line.quantity,
      };
    });
    const totalAmount = orderLines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
    if (totalAmount > limits.maxOrderTotal) {
      return replayOr(
        new BadUserInputError(`items: the order total would be ${totalAmount} minor units; the largest order total is ${limits.maxOrderTotal}.`, {
          details: { field: 'items', maxOrderTotal: limits.maxOrderTotal },
        }),
      );
    }
    const order: OrderItem = {
      orderId,
      customerId: input.customerId,
      status: 'PLACED',
      totalAmount,
      currency: orderLines[0]!.currency,
      cartHash,
      lineCount: orderLines.length,
      placedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const failed = await writeTransaction(() =>
      db.transaction
        .write(({ order: orders, orderLine, product }) => [
          orders.create(order).commit(),
          ...orderLines.map((line) => orderLine.create(line).commit()),
          ...orderLines.map((line) =>
            product
              .patch({ productId: line.productId })
              .subtract({ stock: line.quantity })
              .where(
                (attr, { gte, eq }) =>
                  `${gte(attr.stock, line.quantity)} AND ${eq(attr.status, 'ACTIVE')} AND ${eq(attr.version, byId.get(line.productId)!.version)}`,
              )
              .commit(),
          ),
        ])
        .go(),
    );
    if (!failed) return { order, lines: orderLines };
    if (failed[0] === 'ConditionalCheckFailed') {
      const existing = await replayOrder(db, { orderId, customerId: input.customerId, cartHash });
      if (existing) return existing;
      continue;
    }
    // A stock condition failed: read the products again to say why.
    const failedIds = orderLines.filter((_, index) => failed[1 + orderLines.length + index] === 'ConditionalCheckFailed');
    const fresh = await batchGetProducts(db, { productIds: failedIds.map((line) => line.productId) });
    const freshProblem = catalogProblem(
      lines,
      fresh,
      failedIds.map((line) => line.productId),
    );
    if (freshProblem) throw freshProblem;
    // Only the catalog version moved (a concurrent price or name change): price the order again.
  }
  throw new TransactionConflictError('The catalog changed while the order was being placed; retry the request.');
}

/** The current prices of the products whose price differs from the one the shopper was shown. */
function changedPrices(
  items: PlaceOrderInput['items'],
  byId: ReadonlyMap<string, ProductItem>,
): Array<{ productId: string; unitPrice: { amount: number; currency: string } }> {
  const changed = new Map<string, { amount: number; currency: string }>();
  for (const { productId, expectedUnitPrice: shown } of items) {
    const product = byId.get(productId)!;
    if (shown && (shown.amount !== product.priceAmount || shown.currency !== product.currency)) {
      changed.set(productId, { amount: product.priceAmount, currency: product.currency });
    }
  }
  return [...changed].map(([productId, unitPrice]) => ({ productId, unitPrice }));
}

/** Validates the requested lines and merges lines for the same product, keeping first-seen order. */
function mergeLines(items: PlaceOrderInput['items']): Array<{ productId: string; quantity: number }> {
  if (items.length < 1 || items.length > limits.maxOrderLines) {
    throw new BadUserInputError(`items: an order has 1 to ${limits.maxOrderLines} lines.`, { details: { field: 'items' } });
  }
  const merged = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    checkId(`items[${index}].productId`, item.productId);
    checkInt(`items[${index}].quantity`, item.quantity, 1, limits.maxLineQuantity);
    merged.set(item.productId, (merged.get(item.productId) ?? 0) + item.quantity);
  }
  return [...merged].map(([productId, quantity]) => ({
    productId,
    quantity: checkInt(`quantity of ${productId}`, quantity, 1, limits.maxLineQuantity),
  }));
}

/** Why the catalog cannot satisfy these lines, if it cannot. */
function catalogProblem(
  lines: ReadonlyArray<{ productId: string; quantity: number }>,
  products: readonly ProductItem[],
  onlyIds?: readonly string[],
): Error | undefined {
  const byId = new Map(products.map((product) => [product.productId, product]));
  for (const line of lines) {
    if (onlyIds && !onlyIds.includes(line.productId)) continue;
    const product = byId.get(line.productId);
    if (!product || product.status !== 'ACTIVE') {
      return new NotFoundError(`Product "${line.productId}" was not found or is no longer sold.`, {
        details: { productId: line.productId },
      });
    }
    if (product.stock < line.quantity) {
      return new OutOfStockError(`Only ${product.stock} of "${product.name}" (${product.sku}) in stock.`, {
        details: { productId: product.productId, sku: product.sku, available: product.stock },
      });
    }
  }
  if (!onlyIds && new Set(products.map((product) => product.currency)).size > 1) {
    return new BadUserInputError('items: all products of an order must be priced in the same currency.', {
      details: { field: 'items' },
    });
  }
  return undefined;
}

/** The order already placed with this key, or IDEMPOTENCY_KEY_REUSED if the key was used for another cart. */
async function replayOrder(
  db: Db,
  { orderId, customerId, cartHash }: { orderId: string; customerId: string; cartHash: string },
): Promise<OrderWithLines | null> {
  const existing = await getOrderWithLines(db, { orderId, consistent: true });
  if (!existing) return null;
  if (existing.order.customerId !== customerId || existing.order.cartHash !== cartHash) {
    throw new IdempotencyKeyReusedError('This idempotencyKey was already used for a different order.', {
      details: { field: 'idempotencyKey' },
    });
  }
  return existing;
}

export interface CancelOrderInput {
  readonly orderId: string;
  readonly customerId: string;
}

/** Transactions a cancel tries before it gives up as CONFLICT (each near-ceiling product needs one more). */
const CANCEL_ATTEMPTS = 3;

/**
 * Cancels the customer's PLACED order and puts its quantities back in stock: one Query for the
 * order and its lines, then one transaction conditioned on the order still being PLACED.
 *
 * Stock given back obeys the ceiling restock obeys (data/stockCeiling.ts): a product whose stock
 * would pass `limits.maxStock` is set to the ceiling instead, in the same transaction, and the
 * rest of the quantity is dropped. The cancel never fails because of the ceiling: a merchant who
 * restocked a product to its maximum while the order was open still gets the cancel, and the
 * product stays at its maximum. A line is first written as an addition conditioned on the stock
 * leaving room for it; a product found too full is written at the ceiling on the next attempt
 * (conditioned on still being too full), so a product between the two is never pushed past it.
 */
export async function cancelOrder(db: Db, { orderId, customerId }: CancelOrderInput, now = new Date()): Promise<OrderWithLines> {
  checkId('id', orderId);
  const existing = await getOrderWithLines(db, { orderId });
  if (!existing || existing.order.customerId !== customerId) throw new NotFoundError(`Order "${orderId}" was not found.`);
  if (existing.order.status !== 'PLACED') {
    throw new ConflictError(`Order "${orderId}" is ${existing.order.status}; only PLACED orders can be cancelled.`);
  }
  const updatedAt = now.toISOString();
  // per line: whether the product was last found too full to take the whole quantity back
  const atCeiling = existing.lines.map(() => false);
  for (let attempt = 1; attempt <= CANCEL_ATTEMPTS; attempt++) {
    const failed = await writeTransaction(() =>
      db.transaction
        .write(({ order, product }) => [
          order
            .patch({ orderId })
            .set({ status: 'CANCELLED', updatedAt })
            .where((attr, { eq }) => `${eq(attr.status, 'PLACED')} AND ${eq(attr.customerId, customerId)}`)
            .commit(),
          ...existing.lines.map((line, index) =>
            atCeiling[index]
              ? product
                  .patch({ productId: line.productId })
                  .set({ stock: limits.maxStock })
                  .where((attr, { gt }) => gt(attr.stock, largestStockBeforeAdding(line.quantity)))
                  .commit()
              : product
                  .patch({ productId: line.productId })
                  .add({ stock: line.quantity })
                  .where((attr, { lte }) => lte(attr.stock, largestStockBeforeAdding(line.quantity)))
                  .commit(),
          ),
        ])
        .go(),
    );
    if (!failed) return { order: { ...existing.order, status: 'CANCELLED', updatedAt }, lines: existing.lines };
    if (failed[0] === 'ConditionalCheckFailed') break;
    // a product's stock is on the other side of the ceiling than written for: write it the other way
    failed.slice(1).forEach((code, index) => {
      if (code === 'ConditionalCheckFailed') atCeiling[index] = !atCeiling[index];
    });
  }
  throw new ConflictError(`Order "${orderId}" changed while it was being cancelled; reload it.`);
}
