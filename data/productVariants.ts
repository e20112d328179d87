import { recordCatalogWrite } from './catalogWrites';
import type { Db } from './db';
import type { ProductItem } from './entities/product';
import { getProduct } from './products';
import { writeTransaction } from './transact';
import { putVariantRefs } from './variantRefs';
import { skuKey } from './validation';
import { variantAt } from './variantPaths';
import { productLevelOf, storedVariant, variantsOf, type ProductOption, type StoredVariant } from './variants';

/** A change to one existing variant: the fields given are set; `lowStockThreshold: null` clears it. */
export interface VariantChange {
  readonly index: number;
  readonly variantId: string;
  readonly set: Partial<Pick<StoredVariant, 'priceAmount' | 'status' | 'selectedOptions'>> & { readonly lowStockThreshold?: number | null };
}

export interface VariantsWrite {
  /** The product as read (consistently) for this write. */
  readonly current: ProductItem;
  /** The product's options after the write; left out: unchanged. */
  readonly options?: readonly ProductOption[];
  readonly changes?: readonly VariantChange[];
  /** New variants, appended at the end of the list; their SKUs are claimed in the same transaction. */
  readonly appended?: readonly StoredVariant[];
  readonly now: Date;
}

/** How `writeVariants` ended: written (the product after it), the product changed since it was read, or these SKUs taken. */
export type VariantsWriteOutcome =
  | { readonly kind: 'written'; readonly product: ProductItem }
  | { readonly kind: 'productChanged' }
  | { readonly kind: 'skusTaken'; readonly skus: string[] };

/**
 * Writes a product's options and variants: one transaction that updates the product, conditioned
 * on the version read, and claims each new variant's SKU (a guard item per SKU, case-insensitive,
 * owned by the product). It never writes a variant's stock from what it read while orders may
 * take from it: on a product stored with several variants it sets only the changed fields
 * (`variants[i].priceAmount`, ...) and appends; on one stored with a single variant (or none, before
 * the migration) it writes the whole list, conditioned on the top-level stock (which orders take
 * from) being as read. The top-level price and stock follow `productLevelOf`.
 *
 * @example
 * await writeVariants(db, { current, appended: [storedVariant({ variantId, sku: 'TEE-M', priceAmount: 2500, stock: 10, status: 'ACTIVE', selectedOptions: [{ name: 'Size', value: 'M' }] })], now });
 */
export async function writeVariants(db: Db, { current, options, changes = [], appended = [], now }: VariantsWrite): Promise<VariantsWriteOutcome> {
  const next = variantsOf(current).map((variant) => {
    const change = changes.find((entry) => entry.index === variant.index);
    if (!change) return variant;
    const { lowStockThreshold, ...set } = change.set;
    const merged = { ...variant, ...set };
    if (lowStockThreshold === null) delete (merged as { lowStockThreshold?: number }).lowStockThreshold;
    else if (lowStockThreshold !== undefined) Object.assign(merged, { lowStockThreshold });
    return merged;
  });
  const nextStored = [...next.map(storedVariant), ...appended];
  const level = productLevelOf(nextStored);
  const version = current.version + 1;
  const updatedAt = now.toISOString();
  const wholeList = (current.variants?.length ?? 0) <= 1;
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ product, uniqueValue }) => [
        product
          .patch({ productId: current.productId })
          .set({
            ...(options ? { options: options.map(({ name, values }) => ({ name, values: [...values] })) } : {}),
            ...(wholeList ? { variants: nextStored } : {}),
            priceAmount: level.priceAmount,
            stock: level.stock,
            version,
            updatedAt,
          })
          .data((attr, op) => {
            if (wholeList) return;
            for (const change of changes) {
              const target = variantAt(attr, change.index);
              const { lowStockThreshold, ...set } = change.set;
              for (const [field, value] of Object.entries(set)) op.set(target[field as keyof typeof set], value);
              if (lowStockThreshold === null) op.remove(target.lowStockThreshold);
              else if (lowStockThreshold !== undefined) op.set(target.lowStockThreshold, lowStockThreshold);
            }
            if (appended.length) op.append(attr.variants, [...appended]);
          })
          .composite({ createdAt: current.createdAt, categoryId: current.categoryId, status: current.status })
          .where((attr, { eq }) =>
            [
              eq(attr.version, current.version),
              ...(wholeList
                ? [eq(attr.stock, current.stock)]
                : changes.map((change) => eq(variantAt(attr, change.index).variantId, change.variantId))),
            ].join(' AND '),
          )
          .commit(),
        ...appended.map((variant) => uniqueValue.create({ kind: 'sku', value: skuKey(variant.sku), ownerId: current.productId }).commit()),
      ])
      .go(),
  );
  if (failed?.[0] === 'ConditionalCheckFailed') return { kind: 'productChanged' };
  if (failed)
    return { kind: 'skusTaken', skus: appended.filter((_, index) => failed[1 + index] === 'ConditionalCheckFailed').map((variant) => variant.sku) };
  recordCatalogWrite();
  // what a cart line names is a variant id alone: record each new variant's product
  await putVariantRefs(db, { productId: current.productId, variantIds: appended.map((variant) => variant.variantId) });
  const product = await getProduct(db, { productId: current.productId, consistent: true });
  // the product is never deleted, so only a store that lost it could answer null here
  if (!product) throw new Error(`Product "${current.productId}" vanished after its variants were written.`);
  return { kind: 'written', product };
}
