import { effectiveOrder } from '../../domain/orders/effectiveOrder';
import type { OrderResolvers } from '../../generated/graphql';
import type { Context } from '../context';
import { customerModel } from '../customer/customerModel';
import type { OrderModel } from '../models';

/** The order as it stands now: a pending order past its hold's expiry reads as CANCELLED before any write records it. */
const now = (order: OrderModel, context: Context) => effectiveOrder(order, context.now());
const money = (amount: number, currency: string) => ({ amount, currency });

export const Order: OrderResolvers = {
  id: (order) => order.orderId,
  status: (order, _args, context) => now(order, context).status,
  items: (order, _args, { loaders }) => order.lines ?? loaders.orderLines.load(order),
  total: (order) => money(order.totalAmount, order.currency),
  customer: async (order, _args, { loaders, actor }) => customerModel(order.customerId, await loaders.customer.load(order.customerId), actor),
  version: (order) => order.version ?? 1,
  subtotal: (order) => money(order.subtotalAmount ?? order.totalAmount, order.currency),
  discountTotal: (order) => money(order.discountAmount ?? 0, order.currency),
  shippingTotal: (order) => money(order.shippingAmount ?? 0, order.currency),
  discountCodes: (order) => order.discountCodes ?? [],
  // the order's own copy: MailingAddress and ShippingMethod resolve the rest as they do for a cart
  shippingAddress: (order) => order.shippingAddress ?? null,
  shippingMethod: (order) => (order.shippingMethod ? { ...order.shippingMethod, currency: order.currency } : null),
  holdExpiresAt: (order, _args, context) => {
    const current = now(order, context);
    return current.status === 'PENDING_PAYMENT' && current.holdExpiresAt ? new Date(current.holdExpiresAt * 1000).toISOString() : null;
  },
  paymentStatus: (order, _args, context) => now(order, context).paymentStatus ?? 'NOT_REQUIRED',
  refundedTotal: (order) => money(order.refundedAmount ?? 0, order.currency),
  refunds: (order) =>
    (order.refunds ?? []).map((refund) => ({
      id: refund.refundId,
      amount: money(refund.amount, order.currency),
      reason: refund.reason ?? null,
      createdAt: refund.createdAt,
    })),
  trackingNumber: (order) => order.trackingNumber ?? null,
  history: (order, _args, context) => {
    const entries = now(order, context).history ?? [];
    return entries.length
      ? entries.map((entry) => ({ status: entry.status, at: entry.at, note: entry.note ?? null }))
      : [{ status: order.status, at: order.placedAt, note: null }];
  },
};
