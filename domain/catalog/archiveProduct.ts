import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { writeProductEdit } from '../../data/products';

/**
 * Archives a product: it leaves category listings and can no longer be ordered or reviewed
 * (`writeProductEdit` at the version it is read at).
 *
 * @example
 * await archiveProduct(db, { productId });
 */
export async function archiveProduct(db: Db, { productId }: { productId: string }, now = new Date()): Promise<ProductItem> {
  return writeProductEdit(db, { productId, changes: { status: 'ARCHIVED' }, now });
}
