import type { Db } from './db';
import type { DiscountCodeItem } from './entities/discountCode';
import { putItem, updateItem, type TransactItem } from './transactItems';

/**
 * Discount codes as the checkout uses them (minimal on this branch: the cart helper's
 * data/discountCodes.ts replaces this file at the merge).
 */

/** Codes by their exact text: one BatchGetItem. */
export async function getDiscountCodes(db: Db, codes: readonly string[]): Promise<DiscountCodeItem[]> {
  if (!codes.length) return [];
  const { data } = await db.entities.discountCode.get(codes.map((code) => ({ code }))).go();
  return data;
}

export interface DiscountUse {
  readonly code: string;
  readonly customerId: string;
  readonly oncePerCustomer: boolean;
  readonly usageLimit?: number;
}

/** The transaction actions that use a code once: its count raised under its limit, and the customer's use recorded when it is once per customer. */
export function useDiscountCode(db: Db, { code, customerId, oncePerCustomer, usageLimit }: DiscountUse): TransactItem[] {
  const count = db.entities.discountCode
    .patch({ code })
    .add({ usageCount: 1 })
    .where((attr, { lt }) => (usageLimit === undefined ? '' : lt(attr.usageCount, usageLimit)))
    .params();
  return [updateItem(count), ...(oncePerCustomer ? [putItem(db.entities.discountUse.create({ code, customerId }).params())] : [])];
}

/** The transaction actions that give a use back (an order ended unpaid). */
export function releaseDiscountCode(db: Db, { code, customerId, oncePerCustomer }: DiscountUse): TransactItem[] {
  const count = db.entities.discountCode.patch({ code }).subtract({ usageCount: 1 }).params();
  const use = db.entities.discountUse.delete({ code, customerId }).params() as NonNullable<TransactItem['Delete']>;
  return [updateItem(count), ...(oncePerCustomer ? [{ Delete: use }] : [])];
}
