import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, gsiKeys, primaryKeys } from './keys';

export const ORDER_STATUSES = ['PLACED', 'PENDING_PAYMENT', 'PAID', 'FULFILLED', 'DELIVERED', 'CANCELLED', 'REFUNDED'] as const;
export const ORDER_PAYMENT_STATUSES = ['NOT_REQUIRED', 'PENDING', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED'] as const;

const address = {
  type: 'map',
  properties: {
    name: { type: 'string', required: true },
    line1: { type: 'string', required: true },
    line2: { type: 'string' },
    city: { type: 'string', required: true },
    region: { type: 'string' },
    postalCode: { type: 'string', required: true },
    countryCode: { type: 'string', required: true },
    phone: { type: 'string' },
  },
} as const;

/**
 * An order. Its lines share its partition (collection `orderDetail`), so an order with its
 * lines is one Query; `byCustomer` lists a customer's orders newest first, `byStatus` the orders
 * in one status newest first (admins). Orders placed by `placeOrder` carry only the first block of
 * attributes (and `version` from the default); a checkout's carry the rest.
 */
export const OrderEntity = modelEntity({
  model: { entity: 'order', version: '1', service: SERVICE },
  attributes: {
    orderId: { type: 'string', required: true, readOnly: true },
    customerId: { type: 'string', required: true, readOnly: true },
    status: { type: ORDER_STATUSES, required: true },
    totalAmount: { type: 'number', required: true, readOnly: true },
    currency: { type: 'string', required: true, readOnly: true },
    /** Fingerprint of the requested cart, to tell a replay from a reused idempotency key. */
    cartHash: { type: 'string', required: true, readOnly: true },
    lineCount: { type: 'number', required: true, readOnly: true },
    placedAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
    /** Raised by every change of the order and conditioned on (absent on orders written before it: read as 1). */
    version: { type: 'number', default: 1 },
    /** The cart a checkout made the order from. */
    cartId: { type: 'string', readOnly: true },
    subtotalAmount: { type: 'number', readOnly: true },
    discountAmount: { type: 'number', readOnly: true },
    shippingAmount: { type: 'number', readOnly: true },
    discountCodes: { type: 'list', items: { type: 'string' }, readOnly: true },
    shippingAddress: { ...address, readOnly: true },
    shippingMethod: {
      type: 'map',
      readOnly: true,
      properties: {
        id: { type: 'string', required: true },
        title: { type: 'string', required: true },
        amount: { type: 'number', required: true },
        minDays: { type: 'number', required: true },
        maxDays: { type: 'number', required: true },
      },
    },
    /** Epoch seconds: until when the stock is held while PENDING_PAYMENT. */
    holdExpiresAt: { type: 'number' },
    /** The holds the order has on products (what a release or the payment removes): one per product and variant. */
    holds: {
      type: 'list',
      readOnly: true,
      items: {
        type: 'map',
        properties: {
          productId: { type: 'string', required: true },
          holdKey: { type: 'string', required: true },
          /** The variant's position on a product with several; absent: the product's own stock. */
          variantIndex: { type: 'number' },
          variantId: { type: 'string', required: true },
          quantity: { type: 'number', required: true },
        },
      },
    },
    /** The discount codes' usage the order took (given back when it ends unpaid). */
    discountUses: {
      type: 'list',
      readOnly: true,
      items: { type: 'map', properties: { code: { type: 'string', required: true }, oncePerCustomer: { type: 'boolean', required: true } } },
    },
    paymentStatus: { type: ORDER_PAYMENT_STATUSES },
    paymentProvider: { type: ['local', 'stripe'] as const },
    paymentId: { type: 'string' },
    /** Minor units refunded so far. */
    refundedAmount: { type: 'number' },
    refunds: {
      type: 'list',
      items: {
        type: 'map',
        properties: {
          refundId: { type: 'string', required: true },
          amount: { type: 'number', required: true },
          reason: { type: 'string' },
          createdAt: { type: 'string', required: true },
        },
      },
    },
    trackingNumber: { type: 'string' },
    /** Every status the order has had, oldest first. */
    history: {
      type: 'list',
      items: {
        type: 'map',
        properties: { status: { type: ORDER_STATUSES, required: true }, at: { type: 'string', required: true }, note: { type: 'string' } },
      },
    },
  },
  indexes: {
    byId: {
      collection: 'orderDetail',
      pk: { ...primaryKeys.pk, composite: ['orderId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
    byCustomer: {
      ...gsiKeys('gsi1'),
      pk: { ...gsiKeys('gsi1').pk, composite: ['customerId'] },
      sk: { ...gsiKeys('gsi1').sk, composite: ['placedAt', 'orderId'] },
    },
    /** The orders in one status, newest first (admins' `Query.orders`); one partition per status. */
    byStatus: {
      ...gsiKeys('gsi2'),
      pk: { ...gsiKeys('gsi2').pk, composite: ['status'] },
      sk: { ...gsiKeys('gsi2').sk, composite: ['placedAt', 'orderId'] },
    },
  },
});

export type OrderItem = EntityItem<typeof OrderEntity>;
export type OrderHold = NonNullable<OrderItem['holds']>[number];
export type OrderHistoryEntry = NonNullable<OrderItem['history']>[number];
