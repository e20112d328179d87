import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db';
import type { CategoryItem } from './entities/category';
import type { CustomerItem } from './entities/customer';
import type { DiscountCodeItem } from './entities/discountCode';
import type { DiscountCodeUseItem } from './entities/discountCodeUse';
import type { VariantRefItem } from './entities/variantRef';
import type { OrderLineItem } from './entities/orderLine';
import type { ProductItem } from './entities/product';

/** An item asked for by key, whatever its entity. */
export type ItemKey =
  | { readonly entity: 'product'; readonly productId: string }
  | { readonly entity: 'category'; readonly categoryId: string }
  | { readonly entity: 'customer'; readonly customerId: string }
  | { readonly entity: 'orderLine'; readonly orderId: string; readonly lineNo: number }
  | { readonly entity: 'discountCode'; readonly codeKey: string }
  | { readonly entity: 'discountCodeUse'; readonly codeKey: string; readonly customerId: string }
  | { readonly entity: 'variantRef'; readonly variantId: string };

export type ItemOf<K extends ItemKey['entity']> = {
  product: ProductItem;
  category: CategoryItem;
  customer: CustomerItem;
  orderLine: OrderLineItem;
  discountCode: DiscountCodeItem;
  discountCodeUse: DiscountCodeUseItem;
  variantRef: VariantRefItem;
}[K];

const BATCH_LIMIT = 100;
const UNPROCESSED_RETRIES = 3;

/** A stable text form of a key, for maps and DataLoader caches. */
export function itemKeyId(key: ItemKey): string {
  switch (key.entity) {
    case 'product':
      return `product#${key.productId}`;
    case 'category':
      return `category#${key.categoryId}`;
    case 'customer':
      return `customer#${key.customerId}`;
    case 'orderLine':
      return `orderLine#${key.orderId}#${key.lineNo}`;
    case 'discountCode':
      return `discountCode#${key.codeKey}`;
    case 'discountCodeUse':
      return `discountCodeUse#${key.codeKey}#${key.customerId}`;
    case 'variantRef':
      return `variantRef#${key.variantId}`;
  }
}

/**
 * Items of any entities by key: one BatchGetItem per 100 keys, so the products of order lines,
 * the order's customer and a product's category can come back from the same request. Returns
 * one entry per key, null where no item exists. Keys are built by the entities.
 */
export async function batchGetItems(db: Db, keys: readonly ItemKey[]): Promise<Array<ItemOf<ItemKey['entity']> | null>> {
  const tableKeys = new Map<string, Record<string, unknown>>();
  for (const key of keys) tableKeys.set(itemKeyId(key), tableKeyOf(db, key));
  const found = new Map<string, ItemOf<ItemKey['entity']>>();
  const pending = [...tableKeys.values()];
  for (let start = 0; start < pending.length; start += BATCH_LIMIT) {
    let chunk = pending.slice(start, start + BATCH_LIMIT);
    for (let attempt = 0; chunk.length && attempt <= UNPROCESSED_RETRIES; attempt++) {
      const result = await db.documentClient.send(new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: chunk } } }));
      for (const raw of result.Responses?.[db.tableName] ?? []) {
        const parsed = parseItem(db, raw);
        if (parsed) found.set(parsed.id, parsed.item);
      }
      chunk = (result.UnprocessedKeys?.[db.tableName]?.Keys ?? []) as Array<Record<string, unknown>>;
    }
  }
  return keys.map((key) => found.get(itemKeyId(key)) ?? null);
}

function tableKeyOf(db: Db, key: ItemKey): Record<string, unknown> {
  const { entities } = db;
  switch (key.entity) {
    case 'product':
      return entities.product.get({ productId: key.productId }).params().Key;
    case 'category':
      return entities.category.get({ categoryId: key.categoryId }).params().Key;
    case 'customer':
      return entities.customer.get({ customerId: key.customerId }).params().Key;
    case 'orderLine':
      return entities.orderLine.get({ orderId: key.orderId, lineNo: key.lineNo }).params().Key;
    case 'discountCode':
      return entities.discountCode.get({ codeKey: key.codeKey }).params().Key;
    case 'discountCodeUse':
      return entities.discountCodeUse.get({ codeKey: key.codeKey, customerId: key.customerId }).params().Key;
    case 'variantRef':
      return entities.variantRef.get({ variantId: key.variantId }).params().Key;
  }
}

function parseItem(db: Db, raw: Record<string, unknown>): { id: string; item: ItemOf<ItemKey['entity']> } | undefined {
  const { entities } = db;
  switch (raw.__edb_e__) {
    case 'product': {
      const item = entities.product.parse({ Item: raw }).data;
      return item ? { id: itemKeyId({ entity: 'product', productId: item.productId }), item } : undefined;
    }
    case 'category': {
      const item = entities.category.parse({ Item: raw }).data;
      return item ? { id: itemKeyId({ entity: 'category', categoryId: item.categoryId }), item } : undefined;
    }
    case 'customer': {
      const item = entities.customer.parse({ Item: raw }).data;
      return item ? { id: itemKeyId({ entity: 'customer', customerId: item.customerId }), item } : undefined;
    }
    case 'orderLine': {
      const item = entities.orderLine.parse({ Item: raw }).data;
      return item ? { id: itemKeyId({ entity: 'orderLine', orderId: item.orderId, lineNo: item.lineNo }), item } : undefined;
    }
    case 'discountCode': {
      const item = entities.discountCode.parse({ Item: raw }).data;
      return item ? { id: itemKeyId({ entity: 'discountCode', codeKey: item.codeKey }), item } : undefined;
    }
    case 'discountCodeUse': {
      const item = entities.discountCodeUse.parse({ Item: raw }).data;
      return item ? { id: itemKeyId({ entity: 'discountCodeUse', codeKey: item.codeKey, customerId: item.customerId }), item } : undefined;
    }
    case 'variantRef': {
      const item = entities.variantRef.parse({ Item: raw }).data;
      return item ? { id: itemKeyId({ entity: 'variantRef', variantId: item.variantId }), item } : undefined;
    }
    default:
      return undefined;
  }
}
