import { createConversions } from 'electrodb';
import { fromCursor } from './cursor';
import type { Db } from './db';
import { OrderEntity, type OrderItem } from './entities/order';
import type { OrderLineItem } from './entities/orderLine';
import { assertPageSize, toPage, type Page, type PageArgs } from './page';
import { takeStockItem, type ProductHold, type StockTakeWithFolds } from './holds';
import { putItem, updateItem, writeTransactItems } from './transactItems';
import { variantAt } from './variantPaths';

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

/** The orders in one status, newest first (admins): one Query on gsi2 (`byStatus`, a partition per status). */
export async function listOrdersByStatus(
  db: Db,
  { status, first, after, cursors, maxPageSize }: PageArgs & { status: OrderItem['status'] },
): Promise<Page<OrderItem>> {
  assertPageSize(first, maxPageSize);
  const scope = `ordersByStatus:${status}`;
  const cursor = after
    ? orderConversions.byAccessPattern.byStatus.fromComposite.toCursor({
        status,
        ...(cursors.decode(scope, after) as { orderId: string; placedAt: string }),
      })
    : null;
  const { data } = await fromCursor(after, () => db.entities.order.query.byStatus({ status }).go({ limit: first + 1, cursor, order: 'desc' }));
  return toPage(data, first, (item) => cursors.encode(scope, { orderId: item.orderId, placedAt: item.placedAt }), after);
}

/**
 * What an order takes from one product's stock: the top-level stock of a product with one variant
 * (or none stored), or `variants[index].stock` of each variant ordered from a product with several.
 * `version` is the product version the order was priced at; `folds` are the product's expired holds
 * the same write gives back to the stock (data/holds.ts).
 */
export type StockTake = { readonly folds?: readonly ProductHold[] } & (
  | { readonly productId: string; readonly version: number; readonly quantity: number }
  | {
      readonly productId: string;
      readonly version: number;
      readonly variants: ReadonlyArray<{ readonly index: number; readonly variantId: string; readonly quantity: number }>;
      /** The product's stock index key after the order, when the order lowers it (the lowest active variant stock). */
      readonly lowestStock?: number;
    }
);

export interface OrderWrite {
  readonly order: OrderItem;
  readonly lines: readonly OrderLineItem[];
  /** One per product ordered (a transaction writes an item once). */
  readonly stockTakes: readonly StockTake[];
}

/** How `writeOrder` ended: written, the order id already taken, or these products' conditions failed. */
export type OrderWriteOutcome =
  { readonly kind: 'written' } | { readonly kind: 'orderExists' } | { readonly kind: 'productsRefused'; readonly productIds: string[] };

/**
 * Writes an order and its lines and takes each product's quantities from its stock, each product
 * conditioned on being ACTIVE, still at the version the order was priced at and having the stock
 * once its expired holds are folded back in the same update (a variant's also on being the variant
 * at that position and ACTIVE): one transaction, so nothing is written when any condition fails.
 */
export async function writeOrder(db: Db, { order, lines, stockTakes }: OrderWrite): Promise<OrderWriteOutcome> {
  const failed = await writeTransactItems(db, [
    putItem(db.entities.order.create(order).params()),
    ...lines.map((line) => putItem(db.entities.orderLine.create(line).params())),
    ...stockTakes.map((take) => takeStockItem(db, takeWithFolds(take))),
  ]);
  if (!failed) return { kind: 'written' };
  if (failed[0] === 'ConditionalCheckFailed') return { kind: 'orderExists' };
  const productIds = stockTakes.filter((_, index) => failed[1 + lines.length + index] === 'ConditionalCheckFailed').map((take) => take.productId);
  return { kind: 'productsRefused', productIds };
}

function takeWithFolds(take: StockTake): StockTakeWithFolds {
  const folds = take.folds ?? [];
  if ('quantity' in take) return { productId: take.productId, version: take.version, folds, units: [{ v: '', i: 0, top: true, q: take.quantity }] };
  return {
    productId: take.productId,
    version: take.version,
    folds,
    units: take.variants.map((variant) => ({ v: variant.variantId, i: variant.index, top: false, q: variant.quantity })),
    ...(take.lowestStock !== undefined ? { lowestStock: take.lowestStock } : {}),
  };
}

/**
 * How a quantity goes back to a product's stock (the top-level one, or `variants[index].stock` with
 * `variant` given): added while the stock is at most `whileAtMost`, or the stock set to `setTo`
 * while it is above `whileAbove`.
 */
export type StockReturn = { readonly productId: string; readonly variant?: { readonly index: number; readonly variantId: string } } & (
  { readonly add: number; readonly whileAtMost: number } | { readonly setTo: number; readonly whileAbove: number }
);

export interface OrderTransitionWrite {
  readonly orderId: string;
  readonly customerId: string;
  /** The order's keys on its listings (gsi2 moves with the status). */
  readonly placedAt: string;
  /** The version it was read at (absent on orders written before versions); the change raises it. */
  readonly version?: number;
  readonly history: NonNullable<OrderItem['history']>;
  readonly from: OrderItem['status'];
  readonly to: OrderItem['status'];
  readonly updatedAt: string;
  /** Stock that goes back with the change, one entry per line. */
  readonly stockReturns: readonly StockReturn[];
}

/** How `writeOrderTransition` ended: written, the order no longer in `from` (or not the customer's), or these stock returns' conditions failed (by index). */
export type OrderTransitionOutcome =
  { readonly kind: 'written' } | { readonly kind: 'orderChanged' } | { readonly kind: 'stockRefused'; readonly refused: boolean[] };

/**
 * Moves the customer's order from `from` to `to` and writes its stock returns: one transaction
 * conditioned on the order still being in `from`.
 */
export async function writeOrderTransition(
  db: Db,
  { orderId, customerId, placedAt, version, history, from, to, updatedAt, stockReturns }: OrderTransitionWrite,
): Promise<OrderTransitionOutcome> {
  // a transaction writes an item once: each product's returns go in one update
  const byProduct = groupBy(stockReturns, (stock) => stock.productId);
  const failed = await writeTransactItems(db, [
    updateItem(
      db.entities.order
        .patch({ orderId })
        .composite({ placedAt, orderId })
        .set({ status: to, updatedAt, version: (version ?? 1) + 1, history })
        .where((attr, { eq }) => `${eq(attr.status, from)} AND ${eq(attr.customerId, customerId)}`)
        .params(),
    ),
    ...[...byProduct].map(([productId, returns]) =>
      updateItem(
        db.entities.product
          .patch({ productId })
          .data((attr, op) => {
            for (const stock of returns) {
              const target = stock.variant ? variantAt(attr, stock.variant.index).stock : attr.stock;
              if ('add' in stock) op.add(target, stock.add);
              else op.set(target, stock.setTo);
            }
          })
          .where((attr, { lte, gt, eq, notExists }) =>
            returns
              .flatMap((stock) => {
                const target = stock.variant ? variantAt(attr, stock.variant.index).stock : attr.stock;
                return [
                  // the variant still at its position, or a product still with one variant at most
                  stock.variant
                    ? eq(variantAt(attr, stock.variant.index).variantId, stock.variant.variantId)
                    : notExists(variantAt(attr, 1).variantId),
                  'add' in stock ? lte(target, stock.whileAtMost) : gt(target, stock.whileAbove),
                ];
              })
              .join(' AND '),
          )
          .params(),
      ),
    ),
  ]);
  if (!failed) return { kind: 'written' };
  if (failed[0] === 'ConditionalCheckFailed') return { kind: 'orderChanged' };
  const refusedProducts = new Set([...byProduct.keys()].filter((_, index) => failed[1 + index] === 'ConditionalCheckFailed'));
  return { kind: 'stockRefused', refused: stockReturns.map((stock) => refusedProducts.has(stock.productId)) };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
