import type { QueryResolvers } from '../../generated/graphql';
import { customerModel } from './customerModel';

export const Query: Pick<QueryResolvers, 'me'> = {
  async me(_parent, _args, { actor, loaders }) {
    if (actor.kind !== 'customer') return null;
    return customerModel(actor.customerId, await loaders.customer.load(actor.customerId), actor);
  },
};
