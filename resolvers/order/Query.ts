import { getOrderWithLines } from '../../data/orders';
import { checkId } from '../../data/validation';
import type { QueryResolvers } from '../../generated/graphql';
import { canSeeCustomer, requireCustomer } from '../access';

export const Query: Pick<QueryResolvers, 'order'> = {
  async order(_parent, { id }, context) {
    requireCustomer(context);
    const found = await getOrderWithLines(context.db, { orderId: checkId('id', id) });
    // Like every lookup by id: null when missing, and someone else's order is indistinguishable from a missing one.
    if (!found || !canSeeCustomer(context, found.order.customerId)) return null;
    return { ...found.order, lines: found.lines };
  },
};
