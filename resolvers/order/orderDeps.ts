import type { OrderDeps } from '../../domain/orders/orderDeps';
import type { OrderCaller } from '../../domain/orders/orderForChange';
import type { Context } from '../context';
import { requireCustomer } from '../access';

/** What the order rules need from a request: the table, the provider, the time, and who calls. */
export function orderDepsOf(context: Context): OrderDeps & { caller: OrderCaller } {
  const actor = requireCustomer(context);
  return { db: context.db, payments: context.payments, now: context.now(), caller: { customerId: actor.customerId, isAdmin: actor.isAdmin } };
}
