import type { OrderResolvers } from '../../generated/graphql';
import { customerModel } from '../customer/customerModel';

export const Order: OrderResolvers = {
  id: (order) => order.orderId,
  items: (order, _args, { loaders }) => order.lines ?? loaders.orderLines.load(order),
  total: (order) => ({ amount: order.totalAmount, currency: order.currency }),
  customer: async (order, _args, { loaders, actor }) => customerModel(order.customerId, await loaders.customer.load(order.customerId), actor),
};
