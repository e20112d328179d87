import type { Db } from '../../data/db';
import type { OrderItem } from '../../data/entities/order';
import type { OrderLineItem } from '../../data/entities/orderLine';
import { batchGetProducts } from '../../data/products';

export interface StockReport {
  /** Orders found whose lines are missing or do not add up: half-written orders. */
  readonly halfWritten: string[];
  /** Per product: initial stock − (stock now + units in PLACED orders); 0 when nothing was lost or doubled. */
  readonly drift: Record<string, number>;
  /** Products whose stock went below zero. */
  readonly negative: string[];
  /** Units sold per product, by PLACED orders. */
  readonly sold: Record<string, number>;
  readonly orders: readonly OrderItem[];
  /** Number of broken invariants: half-written orders + products with drift or negative stock. */
  readonly violations: number;
}

/**
 * Reads every order and order line in the table (a test-only Scan) and checks the stock
 * invariant of each product: units sold by PLACED orders + stock now = initial stock, and that
 * every order has exactly its lines (all-or-nothing).
 */
export async function checkStock(db: Db, initial: Record<string, number>): Promise<StockReport> {
  const orders = (await db.entities.order.scan.go({ pages: 'all' })).data;
  const lines = (await db.entities.orderLine.scan.go({ pages: 'all' })).data;
  const linesByOrder = new Map<string, OrderLineItem[]>();
  for (const line of lines) linesByOrder.set(line.orderId, [...(linesByOrder.get(line.orderId) ?? []), line]);
  const halfWritten = orders
    .filter((order) => {
      const own = linesByOrder.get(order.orderId) ?? [];
      const total = own.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
      return own.length !== order.lineCount || total !== order.totalAmount;
    })
    .map((order) => order.orderId);
  const orphanLines = [...linesByOrder.keys()].filter((orderId) => !orders.some((order) => order.orderId === orderId));
  const sold: Record<string, number> = Object.fromEntries(Object.keys(initial).map((productId) => [productId, 0]));
  for (const order of orders) {
    if (order.status !== 'PLACED') continue;
    for (const line of linesByOrder.get(order.orderId) ?? []) if (line.productId in sold) sold[line.productId]! += line.quantity;
  }
  const products = await batchGetProducts(db, { productIds: Object.keys(initial) });
  const drift: Record<string, number> = {};
  const negative: string[] = [];
  for (const product of products) {
    drift[product.productId] = initial[product.productId]! - (product.stock + sold[product.productId]!);
    if (product.stock < 0) negative.push(product.productId);
  }
  const violations = halfWritten.length + orphanLines.length + negative.length + Object.values(drift).filter((value) => value !== 0).length;
  return { halfWritten: [...halfWritten, ...orphanLines], drift, negative, sold, orders, violations };
}
