import { randomUUID } from 'node:crypto';
import type { Db } from '../../data/db';
import { reviewRank, type ReviewItem } from '../../data/entities/review';
import { insertReview } from '../../data/reviews';
import { checkId } from '../../data/validation';
import { limits } from '../limits';
import { checkInt, checkOptionalText, checkText } from '../validation';

export interface AddReviewInput {
  readonly customerId: string;
  readonly productId: string;
  readonly rating: number;
  readonly title: string;
  readonly body?: string | null;
}

/**
 * Adds a customer's review of an active product: a rating of 1 to 5 with a title and an optional
 * body, one per customer and product (`insertReview`: one transaction with the rating totals).
 *
 * @example
 * await addReview(db, { customerId, productId, rating: 5, title: 'Smooth', body: null });
 */
export async function addReview(db: Db, input: AddReviewInput, now = new Date()): Promise<ReviewItem> {
  return insertReview(db, {
    productId: checkId('productId', input.productId),
    reviewId: randomUUID(),
    rank: reviewRank(now),
    customerId: input.customerId,
    rating: checkInt('rating', input.rating, 1, 5),
    title: checkText('title', input.title, limits.titleMaxLength),
    body: checkOptionalText('body', input.body, limits.reviewBodyMaxLength),
    createdAt: now.toISOString(),
  });
}
