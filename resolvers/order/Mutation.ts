import { ForbiddenError } from '../../core/errors';
import { checkoutBegin } from '../../domain/checkout/checkoutBegin';
import { checkoutPaymentConfirm } from '../../domain/checkout/checkoutPaymentConfirm';
import { fulfillOrder, markOrderDelivered } from '../../domain/orders/advanceOrder';
import { cancelOrder } from '../../domain/orders/cancelOrder';
import { orderCancel } from '../../domain/orders/orderCancel';
import { placeOrder } from '../../domain/orders/placeOrder';
import { refundOrder } from '../../domain/orders/refundOrder';
import type { MutationResolvers } from '../../generated/graphql';
import { requireAdmin, requireCustomer } from '../access';
import type { Context } from '../context';
import { orderDepsOf } from './orderDeps';
import { checkoutUserErrors, orderUserErrors } from './userErrors';

type OrderMutations =
  'placeOrder' | 'cancelOrder' | 'checkoutBegin' | 'checkoutPaymentConfirm' | 'orderCancel' | 'orderFulfill' | 'orderMarkDelivered' | 'orderRefund';

function requireOrderAdmin(context: Context): void {
  try {
    requireAdmin(context);
  } catch (error) {
    if (error instanceof ForbiddenError) throw new ForbiddenError('Only admins may change orders.', { cause: error });
    throw error;
  }
}

export const Mutation: Pick<MutationResolvers, OrderMutations> = {
  async placeOrder(_parent, { input }, context) {
    const { customerId } = requireCustomer(context);
    const { order, lines } = await placeOrder(context.db, { ...input, customerId }, context.now());
    return { ...order, lines };
  },
  async cancelOrder(_parent, { id }, context) {
    const { customerId } = requireCustomer(context);
    const { order, lines } = await cancelOrder(context.db, { orderId: id, customerId });
    return { ...order, lines };
  },
  async checkoutBegin(_parent, { input }, context) {
    const deps = orderDepsOf(context);
    try {
      const { order, payment } = await checkoutBegin(
        { ...deps, settings: context.settings },
        { customerId: deps.caller.customerId, cartId: input.cartId, idempotencyKey: input.idempotencyKey, expectedTotal: input.expectedTotal },
      );
      return {
        order: { ...order.order, lines: order.lines },
        payment: {
          provider: payment.provider,
          clientSecret: payment.clientSecret ?? null,
          amount: { amount: payment.amount, currency: payment.currency },
        },
        userErrors: [],
      };
    } catch (error) {
      return { order: null, payment: null, userErrors: checkoutUserErrors(error) };
    }
  },
  async checkoutPaymentConfirm(_parent, { input }, context) {
    const deps = orderDepsOf(context);
    try {
      const { order, lines } = await checkoutPaymentConfirm(deps, { ...input, customerId: deps.caller.customerId });
      return { order: { ...order, lines }, userErrors: [] };
    } catch (error) {
      return { order: null, userErrors: checkoutUserErrors(error) };
    }
  },
  async orderCancel(_parent, { input }, context) {
    const deps = orderDepsOf(context);
    try {
      const { order, lines } = await orderCancel(deps, { ...input, caller: deps.caller });
      return { order: { ...order, lines }, userErrors: [] };
    } catch (error) {
      return { order: null, userErrors: orderUserErrors(error) };
    }
  },
  async orderFulfill(_parent, { input }, context) {
    requireOrderAdmin(context);
    try {
      const deps = orderDepsOf(context);
      const { order, lines } = await fulfillOrder(deps, { ...input, caller: deps.caller });
      return { order: { ...order, lines }, userErrors: [] };
    } catch (error) {
      return { order: null, userErrors: orderUserErrors(error) };
    }
  },
  async orderMarkDelivered(_parent, { input }, context) {
    requireOrderAdmin(context);
    try {
      const deps = orderDepsOf(context);
      const { order, lines } = await markOrderDelivered(deps, { ...input, caller: deps.caller });
      return { order: { ...order, lines }, userErrors: [] };
    } catch (error) {
      return { order: null, userErrors: orderUserErrors(error) };
    }
  },
  async orderRefund(_parent, { input }, context) {
    requireOrderAdmin(context);
    const deps = orderDepsOf(context);
    try {
      const { order, lines } = await refundOrder(deps, { ...input, caller: deps.caller });
      return { order: { ...order, lines }, userErrors: [] };
    } catch (error) {
      return { order: null, userErrors: orderUserErrors(error) };
    }
  },
};
