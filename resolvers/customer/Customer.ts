import { getCustomerCart } from '../../data/carts';
import { listCustomerAddresses } from '../../data/customerAddresses';
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
  addresses(customer, _args, context) {
    if (!canSeeCustomer(context, customer.customerId)) throw new NotFoundError('Addresses were not found.');
    return listCustomerAddresses(context.db, { customerId: customer.customerId });
  },
  cart(customer, _args, { actor, db }) {
    // the customer themself only, admins included: a cart is changed by whoever reads its id
    if (actor.kind !== 'customer' || actor.customerId !== customer.customerId) return null;
    return getCustomerCart(db, { customerId: customer.customerId, now: new Date() });
  },
};
