import { ScanCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db';
import type { ProductItem } from '../entities/product';
import { isConditionFailure } from '../conditionFailure';

/** The id its checkpoints are kept under. */
export const DEFAULT_VARIANTS_MIGRATION = 'default-variants-v1';

/** Items a scan page reads at most, by default (it reads at most 1 MB either way). */
const PAGE_SIZE = 200;

/** Writes a segment keeps in flight (the pace still bounds the rate). */
const WRITES_IN_FLIGHT = 8;

/** What one scan page did. */
export interface MigrationPage {
  readonly scanned: number;
  readonly migrated: number;
  /** Where the next page starts; undefined after the last page. */
  readonly lastKey?: Record<string, unknown>;
}

/**
 * One page of scan segment `segment` of `totalSegments`, after `startKey`: the products without
 * `variants` (a filter: the scan still reads every item of the page), each given one default
 * variant, whose id is the product's, from its top-level SKU, price and stock, and an empty option
 * list. Each write is an UpdateItem conditioned on the product having no `variants` yet, so a
 * product migrated meanwhile (or twice) is left alone, and it changes neither the version nor
 * anything the version before variants reads: that version may go on serving, and an order it
 * places (which takes the top-level stock, the one that counts for a product with one variant) is
 * never lost or undone. `beforeWrite` is awaited before each write (the pace).
 *
 * @example
 * const page = await migrateDefaultVariantsPage(db, { segment: 0, totalSegments: 4 });
 */
export async function migrateDefaultVariantsPage(
  db: Db,
  {
    segment,
    totalSegments,
    startKey,
    pageSize = PAGE_SIZE,
    beforeWrite = async () => {},
  }: { segment: number; totalSegments: number; startKey?: Record<string, unknown>; pageSize?: number; beforeWrite?: () => Promise<void> },
): Promise<MigrationPage> {
  const filter = db.entities.product.scan.where(({ variants }, { notExists }) => notExists(variants)).params<ScanCommandInput>();
  const answer = await db.documentClient.send(
    new ScanCommand({ ...filter, Segment: segment, TotalSegments: totalSegments, Limit: pageSize, ExclusiveStartKey: startKey }),
  );
  const { data } = db.entities.product.parse({ Items: answer.Items ?? [] });
  let migrated = 0;
  const queue = [...(data as ProductItem[])];
  // a few writes in flight per segment: each waits for its turn (`beforeWrite`, the pace) first
  const worker = async () => {
    for (let product = queue.shift(); product; product = queue.shift()) {
      await beforeWrite();
      if (await addDefaultVariant(db, product)) migrated++;
    }
  };
  await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, worker));
  return { scanned: answer.ScannedCount ?? 0, migrated, ...(answer.LastEvaluatedKey ? { lastKey: answer.LastEvaluatedKey } : {}) };
}

/** Gives a product without variants its default variant: one conditional UpdateItem; false when it had variants by then. */
export async function addDefaultVariant(db: Db, product: ProductItem): Promise<boolean> {
  try {
    await db.entities.product
      .patch({ productId: product.productId })
      .set({
        options: [],
        variants: [
          {
            variantId: product.productId,
            sku: product.sku,
            priceAmount: product.priceAmount,
            stock: product.stock,
            status: 'ACTIVE',
            selectedOptions: [],
          },
        ],
      })
      .where(({ variants }, { notExists }) => notExists(variants))
      .go({ response: 'none' });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
