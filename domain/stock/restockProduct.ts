import { BadUserInputError, NotFoundError } from '../../core/errors';
import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { addStock } from '../../data/products';
import { limits } from '../limits';
import { checkInt } from '../validation';
import { largestStockBeforeAdding } from './stockCeiling';

/**
 * Adds stock to an existing product, which then holds at most `limits.maxStock`: one UpdateItem
 * (`addStock`); a refused restock reads the product once more to say why.
 *
 * @example
 * await restockProduct(db, { productId, quantity: 20 });
 */
export async function restockProduct(
  db: Db,
  { productId, quantity }: { productId: string; quantity: number },
  now = new Date(),
): Promise<ProductItem> {
  checkInt('quantity', quantity, 1, limits.maxStock);
  const addition = await addStock(db, { productId, quantity, largestStockBefore: largestStockBeforeAdding(quantity), now });
  if (addition.kind === 'added') return addition.product;
  const { current, cause } = addition;
  if (!current) throw new NotFoundError(`Product "${productId}" was not found.`, { cause });
  if ((current.variants?.length ?? 0) > 1) {
    throw new BadUserInputError(`id: product "${productId}" has several variants; adjust a variant's stock with inventoryAdjust and its variantId.`, {
      cause,
      details: { field: 'id' },
    });
  }
  throw new BadUserInputError(`quantity: the stock of "${productId}" is ${current.stock}; it can hold at most ${limits.maxStock}.`, {
    cause,
    details: { field: 'quantity', stock: current.stock },
  });
}
