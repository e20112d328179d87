import { NotFoundError, VersionConflictError } from '../../core/errors';
import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { getProduct, writeProductEdit } from '../../data/products';
import { refused, type Refused } from './productMediaProblem';

/** One image of a product, as the product item holds it. */
export type MediaEntry = NonNullable<ProductItem['media']>[number];

/**
 * The product a media edit starts from: a consistent GetItem, refused when there is no such product
 * or it is not at `expectedVersion` (when given).
 */
export async function readProductForMedia(
  db: Db,
  { productId, expectedVersion }: { productId: string; expectedVersion?: number | null },
): Promise<{ readonly kind: 'read'; readonly product: ProductItem } | Refused> {
  const product = await getProduct(db, { productId, consistent: true });
  if (!product) return refused({ code: 'PRODUCT_NOT_FOUND', field: 'productId' });
  if (expectedVersion != null && expectedVersion !== product.version) {
    return refused({ code: 'VERSION_STALE', field: 'expectedVersion', currentVersion: product.version });
  }
  return { kind: 'read', product };
}

/**
 * Writes a product's new media list at the version it was read at (`writeProductEdit`: the
 * version goes up by one); refused with VERSION_STALE when it changed since, PRODUCT_NOT_FOUND when it is gone.
 */
export async function writeProductMedia(
  db: Db,
  { product, media, now }: { product: ProductItem; media: MediaEntry[]; now: Date },
): Promise<{ readonly kind: 'written'; readonly product: ProductItem } | Refused> {
  try {
    const written = await writeProductEdit(db, { productId: product.productId, expectedVersion: product.version, changes: { media }, now });
    return { kind: 'written', product: written };
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const currentVersion = (error.details.currentVersion as number | undefined) ?? product.version + 1;
      return refused({ code: 'VERSION_STALE', field: 'expectedVersion', currentVersion });
    }
    if (error instanceof NotFoundError) return refused({ code: 'PRODUCT_NOT_FOUND', field: 'productId' });
    throw error;
  }
}
