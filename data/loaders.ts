import DataLoader from 'dataloader';
import { batchGetCategories } from './categories';
import { batchGetCustomers } from './customers';
import type { Db } from './db';
import type { CategoryItem } from './entities/category';
import type { CustomerItem } from './entities/customer';
import type { OrderItem } from './entities/order';
import type { OrderLineItem } from './entities/orderLine';
import type { ProductItem } from './entities/product';
import { batchGetOrderLines } from './orders';
import { batchGetProducts } from './products';

/**
 * Per-request batching: every nested field that needs items by key waits one tick, then all
 * keys asked for go out in one BatchGetItem.
 */
export function createLoaders(db: Db) {
  return {
    product: new DataLoader<string, ProductItem | null>(async (productIds) =>
      inOrder(productIds, await batchGetProducts(db, { productIds }), (item) => item.productId),
    ),
    category: new DataLoader<string, CategoryItem | null>(async (categoryIds) =>
      inOrder(categoryIds, await batchGetCategories(db, { categoryIds }), (item) => item.categoryId),
    ),
    customer: new DataLoader<string, CustomerItem | null>(async (customerIds) =>
      inOrder(customerIds, await batchGetCustomers(db, { customerIds }), (item) => item.customerId),
    ),
    orderLines: new DataLoader<Pick<OrderItem, 'orderId' | 'lineCount'>, OrderLineItem[], string>(
      async (orders) => {
        const lines = await batchGetOrderLines(db, { orders });
        return orders.map(({ orderId }) =>
          lines.filter((line) => line.orderId === orderId).sort((a, b) => a.lineNo - b.lineNo),
        );
      },
      { cacheKeyFn: (order) => order.orderId },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function inOrder<T>(keys: readonly string[], items: readonly T[], keyOf: (item: T) => string): Array<T | null> {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => byKey.get(key) ?? null);
}
