import { BadUserInputError } from '../../core/errors';
import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { writeProductEdit, type OptionalProductAttribute, type ProductChanges } from '../../data/products';
import { checkId } from '../../data/validation';
import { checkLowStockThreshold } from '../stock/lowStockThreshold';
import { checkMoney } from '../validation';
import { productTextFields, productTexts, type OptionalProductTextField, type ProductTextField } from './productTextFields';

/** An edit: a field left out (or a required one given as null) stays; an optional text field given as null or empty is cleared. */
export type UpdateProductInput = { readonly [K in ProductTextField]?: string | null } & {
  readonly price?: { readonly amount: number; readonly currency: string } | null;
  readonly categoryId?: string | null;
  /** null: back to the runtime default. */
  readonly lowStockThreshold?: number | null;
};

/**
 * Applies an admin edit under optimistic locking (`writeProductEdit`: GetItem, then one transaction
 * conditioned on the version read, with a check that the category exists).
 *
 * @example
 * await updateProduct(db, { productId, input: { price: { amount: 1499, currency: 'USD' } }, expectedVersion: 3 });
 */
export async function updateProduct(
  db: Db,
  { productId, input, expectedVersion }: { productId: string; input: UpdateProductInput; expectedVersion: number },
  now = new Date(),
): Promise<ProductItem> {
  return writeProductEdit(db, { productId, expectedVersion, ...productEdit(input), refusal: (current) => priceEditRefusal(current, input), now });
}

/**
 * BAD_USER_INPUT for a price edit of a product with several variants: each variant has its own
 * price (productVariantUpdate); the product's currency may still change, and applies to them all.
 */
export function priceEditRefusal(current: ProductItem, input: UpdateProductInput): Error | undefined {
  if (!input.price || (current.variants?.length ?? 0) <= 1 || input.price.amount === current.priceAmount) return undefined;
  return new BadUserInputError("input.price: this product has several variants; set each variant's price with productVariantUpdate.", {
    details: { field: 'input.price' },
  });
}

/** What an edit sets and what it removes, from checked input; BAD_USER_INPUT when it changes nothing. */
export function productEdit(input: UpdateProductInput): { changes: ProductChanges; cleared: OptionalProductAttribute[] } {
  const given = (Object.keys(productTextFields) as ProductTextField[]).filter(
    (field) => input[field] !== undefined && !(input[field] === null && productTextFields[field].required),
  );
  const changes: ProductChanges = productTexts(input, given);
  const cleared: OptionalProductAttribute[] = given.filter(
    (field): field is OptionalProductTextField => !productTextFields[field].required && changes[field] === undefined,
  );
  if (input.lowStockThreshold === null) cleared.push('lowStockThreshold');
  if (input.lowStockThreshold != null) changes.lowStockThreshold = checkLowStockThreshold(input.lowStockThreshold);
  if (input.price) {
    const price = checkMoney('price', input.price);
    changes.priceAmount = price.amount;
    changes.currency = price.currency;
  }
  if (input.categoryId !== undefined && input.categoryId !== null) changes.categoryId = checkId('categoryId', input.categoryId);
  if (!Object.keys(changes).length && !cleared.length) throw new BadUserInputError('input: give at least one field to change.');
  return { changes, cleared };
}
