import { cancelOrder } from '../../domain/orders/cancelOrder';
import { placeOrder } from '../../domain/orders/placeOrder';
import type { MutationResolvers } from '../../generated/graphql';
import { requireCustomer } from '../access';

export const Mutation: Pick<MutationResolvers, 'placeOrder' | 'cancelOrder'> = {
  async placeOrder(_parent, { input }, context) {
    const { customerId } = requireCustomer(context);
    const { order, lines } = await placeOrder(context.db, { ...input, customerId });
    return { ...order, lines };
  },
  async cancelOrder(_parent, { id }, context) {
    const { customerId } = requireCustomer(context);
    const { order, lines } = await cancelOrder(context.db, { orderId: id, customerId });
    return { ...order, lines };
  },
};
