import DataLoader from 'dataloader';
import { batchGetItems, itemKeyId, type ItemKey, type ItemOf } from './batchGetItems';
import type { Db } from './db';
import type { CategoryItem } from './entities/category';
import type { CustomerItem } from './entities/customer';
import type { DiscountCodeItem } from './entities/discountCode';
import type { DiscountCodeUseItem } from './entities/discountCodeUse';
import type { OrderItem } from './entities/order';
import type { OrderLineItem } from './entities/orderLine';
import type { ProductItem } from './entities/product';

/**
 * Per-request batching: every nested field that needs items by key waits one tick, then all
 * keys asked for, whatever their entity (products of order lines, the order's customer, a
 * product's category, order lines), go out in one BatchGetItem.
 */
export function createLoaders(db: Db) {
  const items = new DataLoader<ItemKey, ItemOf<ItemKey['entity']> | null, string>((keys) => batchGetItems(db, keys), {
    cacheKeyFn: itemKeyId,
  });
  return {
    product: { load: (productId: string) => items.load({ entity: 'product', productId }) as Promise<ProductItem | null> },
    category: { load: (categoryId: string) => items.load({ entity: 'category', categoryId }) as Promise<CategoryItem | null> },
    customer: { load: (customerId: string) => items.load({ entity: 'customer', customerId }) as Promise<CustomerItem | null> },
    /** A discount code by its upper-cased text (a cart's codes, read with its lines' products). */
    discountCode: { load: (codeKey: string) => items.load({ entity: 'discountCode', codeKey }) as Promise<DiscountCodeItem | null> },
    /** A customer's use of a once-per-customer code. */
    discountCodeUse: {
      load: (key: { codeKey: string; customerId: string }) =>
        items.load({ entity: 'discountCodeUse', ...key }) as Promise<DiscountCodeUseItem | null>,
    },
    /** The lines of an order read without them (a page of a customer's orders): their keys follow from `lineCount`. */
    orderLines: {
      async load({ orderId, lineCount }: Pick<OrderItem, 'orderId' | 'lineCount'>): Promise<OrderLineItem[]> {
        const lines = await Promise.all(
          Array.from({ length: lineCount }, (_, index) => items.load({ entity: 'orderLine', orderId, lineNo: index + 1 })),
        );
        return (lines as Array<OrderLineItem | null>).filter((line): line is OrderLineItem => line !== null);
      },
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
