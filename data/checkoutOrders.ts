import type { Db } from './db';
import type { OrderHistoryEntry, OrderItem } from './entities/order';
import type { OrderLineItem } from './entities/orderLine';
import { holdStockItem, type HoldTake } from './holds';
import { putItem, updateItem, writeTransactItems, type TransactItem } from './transactItems';

/** The order of a cart's latest checkout, if any: one GetItem. */
export async function getCartCheckout(db: Db, { cartId }: { cartId: string }): Promise<string | null> {
  const { data } = await db.entities.cartCheckout.get({ cartId }).go({ consistent: true });
  return data?.orderId ?? null;
}

export interface CheckoutOrderWrite {
  readonly order: OrderItem;
  readonly lines: readonly OrderLineItem[];
  /** One per product (a transaction writes an item once). */
  readonly holds: readonly HoldTake[];
  /** More actions of the same transaction (the discount codes' uses). */
  readonly extra: readonly TransactItem[];
}

/** How `writeCheckoutOrder` ended: written, the order id taken already, or these products' or extra actions' conditions failed. */
export type CheckoutOrderOutcome =
  | { readonly kind: 'written' }
  | { readonly kind: 'orderExists' }
  | { readonly kind: 'refused'; readonly productIds: string[]; readonly extraRefused: boolean };

/**
 * Writes a checkout's order (PENDING_PAYMENT, created under `attribute_not_exists`), its lines, a
 * hold on each product (data/holds.ts), the extra actions, the cart's pointer to its latest
 * checkout and the order's hold marker (its TTL the hold's expiry: `OrderHoldEntity`): ONE
 * transaction, so nothing is held or written when any condition fails.
 */
export async function writeCheckoutOrder(db: Db, { order, lines, holds, extra }: CheckoutOrderWrite): Promise<CheckoutOrderOutcome> {
  const pointer = { cartId: order.cartId!, orderId: order.orderId, expiresAt: (order.holdExpiresAt ?? 0) + 86_400 };
  const items = [
    putItem(db.entities.order.create(order).params()),
    ...lines.map((line) => putItem(db.entities.orderLine.create(line).params())),
    ...holds.map((take) => holdStockItem(db, take)),
    ...extra,
    putItem(db.entities.cartCheckout.put(pointer).params()),
    putItem(db.entities.orderHold.put({ orderId: order.orderId, expiresAt: order.holdExpiresAt ?? 0 }).params()),
  ];
  const failed = await writeTransactItems(db, items);
  if (!failed) return { kind: 'written' };
  if (failed[0] === 'ConditionalCheckFailed') return { kind: 'orderExists' };
  const first = 1 + lines.length;
  const productIds = holds.filter((_, index) => failed[first + index] === 'ConditionalCheckFailed').map((take) => take.productId);
  const extraRefused = failed.slice(first + holds.length, first + holds.length + extra.length).includes('ConditionalCheckFailed');
  return { kind: 'refused', productIds, extraRefused };
}

/** A change of an order, conditioned on the status and version it was read at. */
export interface OrderChange {
  readonly order: Pick<OrderItem, 'orderId' | 'placedAt' | 'status' | 'version' | 'history'>;
  /** The attributes to set (the status among them when it moves). */
  readonly set: Partial<Omit<OrderItem, 'orderId' | 'customerId' | 'placedAt' | 'version' | 'history'>>;
  /** The history entry the change adds, when the status moves. */
  readonly entry?: OrderHistoryEntry;
  readonly updatedAt: string;
  /** More actions of the same transaction (stock given back, holds claimed). */
  readonly extra?: readonly TransactItem[];
}

/** How `writeOrderChange` ended: written, the order moved since it was read, or (by index) extra actions refused. */
export type OrderChangeOutcome =
  | { readonly kind: 'written'; readonly version: number }
  | { readonly kind: 'orderChanged' }
  | { readonly kind: 'extraRefused'; readonly refused: boolean[] };

/**
 * Changes an order and raises its version: one transaction with the extra actions, conditioned on
 * the order still being in the status and at the version it was read at (an order written before
 * versions has none: version 1). A change that moves a PENDING_PAYMENT order on removes its hold
 * marker in the same transaction, so its TTL deletion never reaches the stream.
 */
export async function writeOrderChange(db: Db, { order, set, entry, updatedAt, extra = [] }: OrderChange): Promise<OrderChangeOutcome> {
  const version = order.version ?? 1;
  const update = db.entities.order
    .patch({ orderId: order.orderId })
    .composite({ placedAt: order.placedAt, orderId: order.orderId })
    .set({ ...set, version: version + 1, updatedAt, ...(entry ? { history: [...(order.history ?? []), entry] } : {}) })
    .where((attr, { eq, notExists }) =>
      [eq(attr.status, order.status), order.version === undefined ? notExists(attr.version) : eq(attr.version, version)].join(' AND '),
    )
    .params();
  const leavesPending = order.status === 'PENDING_PAYMENT' && set.status !== undefined && set.status !== 'PENDING_PAYMENT';
  const marker = leavesPending
    ? [{ Delete: db.entities.orderHold.delete({ orderId: order.orderId }).params() as NonNullable<TransactItem['Delete']> }]
    : [];
  const failed = await writeTransactItems(db, [updateItem(update), ...extra, ...marker]);
  if (!failed) return { kind: 'written', version: version + 1 };
  if (failed[0] === 'ConditionalCheckFailed') return { kind: 'orderChanged' };
  return { kind: 'extraRefused', refused: extra.map((_, index) => failed[1 + index] === 'ConditionalCheckFailed') };
}

/** Records the provider's payment on a checkout's order (its provider's name and payment id). */
export async function recordOrderPayment(
  db: Db,
  { orderId, paymentProvider, paymentId }: { orderId: string; paymentProvider: NonNullable<OrderItem['paymentProvider']>; paymentId: string },
): Promise<void> {
  await db.entities.order.patch({ orderId }).set({ paymentProvider, paymentId }).go();
}
