import { addReview } from '../../domain/reviews/addReview';
import type { MutationResolvers } from '../../generated/graphql';
import { requireCustomer } from '../access';

export const Mutation: Pick<MutationResolvers, 'addReview'> = {
  addReview(_parent, { input }, context) {
    const { customerId } = requireCustomer(context);
    return addReview(context.db, { ...input, customerId });
  },
};
