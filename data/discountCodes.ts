import { batchGetItems, type ItemKey } from './batchGetItems';
import { isConditionFailure } from './conditionFailure';
import type { Db, TransactionEntities } from './db';
import { discountCodeKey, type DiscountCodeItem } from './entities/discountCode';
import type { DiscountCodeUseItem } from './entities/discountCodeUse';

/** A code as entered on a cart, with the shop's code of that text (null when none) and whether the customer has used it. */
export interface DiscountCodeState {
  /** The text as the cart holds it. */
  readonly entered: string;
  readonly item: DiscountCodeItem | null;
  /** Whether the customer has an order with it already (only recorded for once-per-customer codes). */
  readonly usedByCustomer: boolean;
}

/**
 * The shop's codes for these texts (any letter case), in the order given, and, with `customerId`,
 * whether that customer has used each: one BatchGetItem for all of them.
 *
 * @example
 * const [welcome] = await getDiscountCodes(db, ['welcome10'], { customerId });
 */
export async function getDiscountCodes(db: Db, codes: readonly string[], { customerId }: { customerId?: string } = {}): Promise<DiscountCodeState[]> {
  if (!codes.length) return [];
  const keys: ItemKey[] = codes.flatMap((code): ItemKey[] => {
    const codeKey = discountCodeKey(code);
    return [{ entity: 'discountCode', codeKey }, ...(customerId ? [{ entity: 'discountCodeUse' as const, codeKey, customerId }] : [])];
  });
  const found = await batchGetItems(db, keys);
  const stride = customerId ? 2 : 1;
  return codes.map((entered, index) => ({
    entered,
    item: (found[index * stride] as DiscountCodeItem | null) ?? null,
    usedByCustomer: customerId ? (found[index * stride + 1] as DiscountCodeUseItem | null) !== null : false,
  }));
}

/** Creates a discount code: one PutItem under `attribute_not_exists` on the upper-cased code. `taken` when the code exists in any letter case. */
export async function insertDiscountCode(db: Db, item: DiscountCodeItem): Promise<'written' | 'taken'> {
  try {
    await db.entities.discountCode.create(item).go();
    return 'written';
  } catch (error) {
    if (isConditionFailure(error)) return 'taken';
    throw error;
  }
}

export interface DiscountCodeUse {
  readonly code: string;
  readonly customerId: string;
  readonly oncePerCustomer: boolean;
  /** The code's total limit; undefined or null: none. */
  readonly usageLimit?: number | null;
  /** The order that uses it, recorded on the customer's use item. */
  readonly orderId?: string;
  readonly now?: Date;
}

/**
 * The transaction items that take one use of a code inside the order's own transaction: `usageCount`
 * raised by one, conditioned on the code existing and, when it has a limit, on `usageCount < usageLimit`;
 * for a once-per-customer code, the customer's use item, conditioned on not existing. So the last
 * use of a code is sold once, and a customer uses a once-per-customer code once.
 *
 * @example
 * db.transaction.write((entities) => [orderItem, ...useDiscountCode(entities, { code, customerId, oncePerCustomer, usageLimit })]);
 */
export function useDiscountCode(
  { discountCode, discountCodeUse }: TransactionEntities,
  { code, customerId, oncePerCustomer, usageLimit, orderId, now = new Date() }: DiscountCodeUse,
) {
  const codeKey = discountCodeKey(code);
  const take = discountCode.patch({ codeKey }).add({ usageCount: 1 });
  return [
    (usageLimit == null ? take : take.where((attr, { lt }) => lt(attr.usageCount, usageLimit))).commit(),
    ...(oncePerCustomer
      ? [discountCodeUse.create({ codeKey, customerId, usedAt: now.toISOString(), ...(orderId ? { orderId } : {}) }).commit()]
      : []),
  ];
}

/**
 * The transaction items that give a use back (the order was cancelled or expired before payment):
 * `usageCount` lowered by one while above 0, and the customer's use item deleted for a
 * once-per-customer code.
 */
export function releaseDiscountCode(
  { discountCode, discountCodeUse }: TransactionEntities,
  { code, customerId, oncePerCustomer }: Pick<DiscountCodeUse, 'code' | 'customerId' | 'oncePerCustomer'>,
) {
  const codeKey = discountCodeKey(code);
  return [
    discountCode
      .patch({ codeKey })
      .subtract({ usageCount: 1 })
      .where((attr, { gt }) => gt(attr.usageCount, 0))
      .commit(),
    ...(oncePerCustomer ? [discountCodeUse.delete({ codeKey, customerId }).commit()] : []),
  ];
}
