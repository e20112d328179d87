import type { CartResolvers } from '../../generated/graphql';
import { customerModel } from '../customer/customerModel';
import { cartView } from './cartView';

export const Cart: CartResolvers = {
  id: (cart) => cart.cartId,
  lines: (cart) => cart.lines.map((line) => ({ ...line, cart })),
  totalQuantity: (cart) => cart.lines.reduce((sum, line) => sum + line.quantity, 0),
  async cost(cart, _args, context) {
    const { cost } = await cartView(cart, context);
    const money = (amount: number) => ({ amount, currency: cost.currency });
    return {
      subtotal: money(cost.subtotal),
      discountTotal: money(cost.discountTotal),
      shipping: cost.shipping === null ? null : money(cost.shipping),
      total: money(cost.total),
    };
  },
  async discountCodes(cart, _args, context) {
    const { cost, codes } = await cartView(cart, context);
    return codes.map((state) => {
      const code = state.item?.code ?? state.entered;
      if (code === cost.appliedCode) return { code, applicable: true, reason: null };
      return { code, applicable: false, reason: cost.codeProblems.find((problem) => problem.code === code)?.reason ?? 'EXPIRED' };
    });
  },
  shippingAddress: (cart) => cart.shippingAddress ?? null,
  shippingMethod: async (cart, _args, context) => (await cartView(cart, context)).shippingMethod,
  availableShippingMethods: async (cart, _args, context) => [...(await cartView(cart, context)).offered],
  async customer(cart, _args, { loaders, actor }) {
    if (!cart.customerId) return null;
    return customerModel(cart.customerId, await loaders.customer.load(cart.customerId), actor);
  },
  expiresAt: (cart) => new Date(cart.expiresAt * 1000).toISOString(),
  updatedAt: (cart) => cart.updatedAt,
};
