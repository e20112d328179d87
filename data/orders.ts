import { createConversions } from 'electrodb';
import { fromCursor } from './cursor';
import type { Db } from './db';
import { OrderEntity, type OrderItem } from './entities/order';
import type { OrderLineItem } from './entities/orderLine';
import { assertPageSize, toPage, type Page, type PageArgs } from './page';
import { writeTransaction } from './transact';

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

export interface OrderWrite {
  readonly order: OrderItem;
  readonly lines: readonly OrderLineItem[];
  /** The version of each product the order was priced at. */
  readonly productVersions: ReadonlyMap<string, number>;
}

/** How `writeOrder` ended: written, the order id already taken, or these products' conditions failed. */
export type OrderWriteOutcome =
  { readonly kind: 'written' } | { readonly kind: 'orderExists' } | { readonly kind: 'productsRefused'; readonly productIds: string[] };

/**
 * Writes an order and its lines and takes each line's quantity from its product's stock, each
 * product conditioned on `stock >= quantity`, being ACTIVE and still at the version the order was
 * priced at: one transaction, so nothing is written when any condition fails.
 */
export async function writeOrder(db: Db, { order, lines, productVersions }: OrderWrite): Promise<OrderWriteOutcome> {
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ order: orders, orderLine, product }) => [
        orders.create(order).commit(),
        ...lines.map((line) => orderLine.create(line).commit()),
        ...lines.map((line) =>
          product
            .patch({ productId: line.productId })
            .subtract({ stock: line.quantity })
            .where(
              (attr, { gte, eq }) =>
                `${gte(attr.stock, line.quantity)} AND ${eq(attr.status, 'ACTIVE')} AND ${eq(attr.version, productVersions.get(line.productId)!)}`,
            )
            .commit(),
        ),
      ])
      .go(),
  );
  if (!failed) return { kind: 'written' };
  if (failed[0] === 'ConditionalCheckFailed') return { kind: 'orderExists' };
  const productIds = lines.filter((_, index) => failed[1 + lines.length + index] === 'ConditionalCheckFailed').map((line) => line.productId);
  return { kind: 'productsRefused', productIds };
}

/** How a line's quantity goes back to its product: added while the stock is at most `whileAtMost`, or the stock set to `setTo` while it is above `whileAbove`. */
export type StockReturn =
  | { readonly productId: string; readonly add: number; readonly whileAtMost: number }
  | { readonly productId: string; readonly setTo: number; readonly whileAbove: number };

export interface OrderTransitionWrite {
  readonly orderId: string;
  readonly customerId: string;
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
  { orderId, customerId, from, to, updatedAt, stockReturns }: OrderTransitionWrite,
): Promise<OrderTransitionOutcome> {
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ order, product }) => [
        order
          .patch({ orderId })
          .set({ status: to, updatedAt })
          .where((attr, { eq }) => `${eq(attr.status, from)} AND ${eq(attr.customerId, customerId)}`)
          .commit(),
        ...stockReturns.map((stock) =>
          'add' in stock
            ? product
                .patch({ productId: stock.productId })
                .add({ stock: stock.add })
                .where((attr, { lte }) => lte(attr.stock, stock.whileAtMost))
                .commit()
            : product
                .patch({ productId: stock.productId })
                .set({ stock: stock.setTo })
                .where((attr, { gt }) => gt(attr.stock, stock.whileAbove))
                .commit(),
        ),
      ])
      .go(),
  );
  if (!failed) return { kind: 'written' };
  if (failed[0] === 'ConditionalCheckFailed') return { kind: 'orderChanged' };
  return { kind: 'stockRefused', refused: failed.slice(1).map((code) => code === 'ConditionalCheckFailed') };
}
