import { listOrdersByCustomer } from '../../data/orders';
import { NotFoundError } from '../../core/errors';
import type { CustomerResolvers } from '../../generated/graphql';
import { canSeeCustomer } from '../access';
import { pageArgs } from '../pageArgs';
import { publicCustomerId } from './publicCustomerId';

export const Customer: CustomerResolvers = {
  // never the identity provider's subject: an opaque digest of it
  id: (customer) => publicCustomerId(customer.customerId),
  name: (customer) => customer.name ?? null,
  email: (customer, _args, context) => (canSeeCustomer(context, customer.customerId) ? (customer.email ?? null) : null),
  orders(customer, { first, after }, context) {
    // Another customer's orders look exactly like a customer without any: NOT_FOUND.
    if (!canSeeCustomer(context, customer.customerId)) throw new NotFoundError('Orders were not found.');
    return listOrdersByCustomer(context.db, { customerId: customer.customerId, ...pageArgs(context, { first, after }) });
  },
};
