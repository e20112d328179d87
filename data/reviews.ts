import { createConversions } from 'electrodb';
import { AlreadyReviewedError, NotFoundError } from '../core/errors';
import { fromCursor, type Cursors } from './cursor';
import type { Db } from './db';
import { ReviewEntity, type ReviewItem } from './entities/review';
import { assertPageSize, toPage, type Page, type PageArgs } from './page';
import { writeTransaction } from './transact';

const reviewConversions = createConversions(ReviewEntity);

/** The cursor of a review in its product's listing. */
export function reviewCursor(cursors: Cursors, item: ReviewItem): string {
  return cursors.encode(`reviews:${item.productId}`, { rank: item.rank, reviewId: item.reviewId });
}

/** A product's reviews, newest first: one Query on the product's partition. */
export async function listReviewsByProduct(
  db: Db,
  { productId, first, after, cursors, maxPageSize }: PageArgs & { productId: string },
): Promise<Page<ReviewItem>> {
  assertPageSize(first, maxPageSize);
  const cursor = after
    ? reviewConversions.byAccessPattern.byProduct.fromComposite.toCursor({
        productId,
        ...(cursors.decode(`reviews:${productId}`, after) as { rank: string; reviewId: string }),
      })
    : null;
  const { data } = await fromCursor(after, () => db.entities.review.query.byProduct({ productId }).go({ limit: first + 1, cursor }));
  return toPage(data, first, (item) => reviewCursor(cursors, item), after);
}

/**
 * Writes a review, claims the (customer, product) pair and adds the rating to the product's
 * totals: one transaction, so a second review by the same customer changes nothing, and a
 * product that is missing or archived takes no review.
 */
export async function insertReview(db: Db, item: ReviewItem): Promise<ReviewItem> {
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ review, uniqueValue, product }) => [
        review.create(item).commit(),
        uniqueValue.create({ kind: 'review', value: `${item.productId}:${item.customerId}`, ownerId: item.reviewId }).commit(),
        product
          .patch({ productId: item.productId })
          .add({ ratingCount: 1, ratingTotal: item.rating })
          .where((attr, { eq }) => eq(attr.status, 'ACTIVE'))
          .commit(),
      ])
      .go(),
  );
  if (failed?.[2] === 'ConditionalCheckFailed') throw new NotFoundError(`Product "${item.productId}" was not found.`);
  if (failed) throw new AlreadyReviewedError('You have already reviewed this product.');
  return item;
}
