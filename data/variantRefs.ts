import { batchGetItems, type ItemKey } from './batchGetItems';
import type { Db } from './db';
import type { ProductItem } from './entities/product';
import type { VariantRefItem } from './entities/variantRef';

/**
 * Records which product each of these variants belongs to: BatchWriteItem (one per 25 variants),
 * idempotent puts. Written right after the variants' own transaction commits.
 */
export async function putVariantRefs(db: Db, { productId, variantIds }: { productId: string; variantIds: readonly string[] }): Promise<void> {
  if (!variantIds.length) return;
  const { unprocessed } = await db.entities.variantRef.put(variantIds.map((variantId) => ({ variantId, productId }))).go();
  if (unprocessed.length) throw new Error(`${unprocessed.length} variant references were not written; retry the request.`);
}

/**
 * The products of variants named by id alone (a product's default variant has the product's id):
 * one BatchGetItem for the products and the variant references of all ids, then, for ids that are
 * not product ids, one BatchGetItem for the products the references name. Ids of neither are left out.
 */
export async function getProductsOfVariants(db: Db, variantIds: readonly string[]): Promise<Map<string, ProductItem>> {
  const ids = [...new Set(variantIds)];
  const found = new Map<string, ProductItem>();
  if (!ids.length) return found;
  const first = await batchGetItems(
    db,
    ids.flatMap((id): ItemKey[] => [
      { entity: 'product', productId: id },
      { entity: 'variantRef', variantId: id },
    ]),
  );
  const refs = new Map<string, string>();
  ids.forEach((id, index) => {
    const product = first[index * 2] as ProductItem | null;
    const ref = first[index * 2 + 1] as VariantRefItem | null;
    if (product) found.set(id, product);
    else if (ref) refs.set(id, ref.productId);
  });
  if (refs.size) {
    const productIds = [...new Set(refs.values())];
    const products = (await batchGetItems(
      db,
      productIds.map((productId): ItemKey => ({ entity: 'product', productId })),
    )) as Array<ProductItem | null>;
    const byId = new Map(products.filter((product): product is ProductItem => product !== null).map((product) => [product.productId, product]));
    for (const [variantId, productId] of refs) {
      const product = byId.get(productId);
      if (product) found.set(variantId, product);
    }
  }
  return found;
}
