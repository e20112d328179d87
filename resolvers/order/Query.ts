import { getOrderWithLines, listOrdersByStatus } from '../../data/orders';
import { checkId } from '../../data/validation';
import type { QueryResolvers } from '../../generated/graphql';
import { canSeeCustomer, requireAdmin, requireCustomer } from '../access';
import { pageArgs } from '../pageArgs';

export const Query: Pick<QueryResolvers, 'order' | 'orders'> = {
  async order(_parent, { id }, context) {
    requireCustomer(context);
    const found = await getOrderWithLines(context.db, { orderId: checkId('id', id) });
    // Like every lookup by id: null when missing, and someone else's order is indistinguishable from a missing one.
    if (!found || !canSeeCustomer(context, found.order.customerId)) return null;
    return { ...found.order, lines: found.lines };
  },
  orders(_parent, { status, first, after }, context) {
    requireAdmin(context);
    return listOrdersByStatus(context.db, { status, ...pageArgs(context, { first: first ?? 20, after }) });
  },
};
