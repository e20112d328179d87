import type { ReviewResolvers } from '../../generated/graphql';
import { customerModel } from '../customer/customerModel';

export const Review: ReviewResolvers = {
  id: (review) => review.reviewId,
  body: (review) => review.body ?? null,
  author: async (review, _args, { loaders, actor }) => customerModel(review.customerId, await loaders.customer.load(review.customerId), actor),
};
