import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { SERVICE, primaryKeys } from './keys';

/**
 * A review lives in its product's partition (collection `productPage`). Its sort key starts
 * with `rank`, an inverted timestamp, so an ascending Query yields the product item first and
 * then the reviews newest first.
 */
export const ReviewEntity = modelEntity({
  model: { entity: 'review', version: '1', service: SERVICE },
  attributes: {
    productId: { type: 'string', required: true, readOnly: true },
    reviewId: { type: 'string', required: true, readOnly: true },
    rank: { type: 'string', required: true, readOnly: true },
    customerId: { type: 'string', required: true, readOnly: true },
    rating: { type: 'number', required: true },
    title: { type: 'string', required: true },
    body: { type: 'string' },
    createdAt: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    byProduct: {
      collection: 'productPage',
      pk: { ...primaryKeys.pk, composite: ['productId'] },
      sk: { ...primaryKeys.sk, composite: ['rank', 'reviewId'] },
    },
  },
});

export type ReviewItem = EntityItem<typeof ReviewEntity>;

const MAX_TIME = 9_999_999_999_999;

/** Sort rank that orders newer reviews first in an ascending Query. */
export function reviewRank(createdAt: Date): string {
  return String(MAX_TIME - createdAt.getTime()).padStart(13, '0');
}
