import { randomUUID } from 'node:crypto';
import type { Db } from '../../../data/db';
import type { ProductItem } from '../../../data/entities/product';
import { checkSku, skuKey } from '../../../data/validation';
import { storedVariant, variantsOf, type SelectedOption, type StoredVariant } from '../../../data/variants';
import { limits } from '../../limits';
import { changeVariants, type VariantChangeResult, type VariantPlan } from './changeVariants';
import { orderedSelection, problem, selectionKey, variantWithSelection, type VariantProblem } from './variantRules';

export interface ProductVariantCreate {
  readonly sku: string;
  readonly price: { readonly amount: number; readonly currency: string };
  readonly stock: number;
  readonly selectedOptions: readonly SelectedOption[];
  readonly lowStockThreshold?: number | null;
}

export interface CreateProductVariantsInput {
  readonly productId: string;
  readonly variants: readonly ProductVariantCreate[];
  readonly expectedVersion?: number | null;
}

/**
 * Adds variants to a product, at the end of its list (`changeVariants`), claiming each SKU in the
 * same transaction; answers with the product and the new variants' ids in input order.
 *
 * @example
 * await createProductVariants(db, { productId, variants: [{ sku: 'TEE-M', price: { amount: 2500, currency: 'USD' }, stock: 10, selectedOptions: [{ name: 'Size', value: 'M' }] }] });
 */
export async function createProductVariants(
  db: Db,
  input: CreateProductVariantsInput,
  now = new Date(),
): Promise<VariantChangeResult & { readonly variantIds: readonly string[] }> {
  const variantIds = input.variants.map(() => randomUUID());
  const result = await changeVariants(db, { productId: input.productId, expectedVersion: input.expectedVersion, now }, (current) =>
    createPlan(current, input.variants, variantIds),
  );
  return { ...result, variantIds: result.kind === 'written' ? variantIds : [] };
}

/** The write that appends these variants to `current`, or every reason it may not. */
export function createPlan(current: ProductItem, requested: readonly ProductVariantCreate[], variantIds: readonly string[]): VariantPlan {
  const problems: VariantProblem[] = [];
  const existing = variantsOf(current);
  const options = current.options ?? [];
  if (requested.length < 1) problems.push(problem('INVALID', ['input', 'variants'], 'Give at least one variant.'));
  if (existing.length + requested.length > limits.maxVariants) {
    problems.push(problem('LIMIT_EXCEEDED', ['input', 'variants'], `A product has at most ${limits.maxVariants} variants, archived ones included.`));
  }
  const skus = new Set(existing.map((variant) => skuKey(variant.sku)));
  const selections = new Set<string>();
  const appended: StoredVariant[] = [];
  requested.forEach((variant, index) => {
    const at = ['input', 'variants', String(index)];
    const fieldProblem = variantFieldProblem(variant, current, at);
    if (fieldProblem) return void problems.push(fieldProblem);
    if (skus.has(skuKey(variant.sku))) problems.push(problem('SKU_TAKEN', [...at, 'sku'], `Another variant has the SKU "${variant.sku}".`));
    skus.add(skuKey(variant.sku));
    const selection = orderedSelection(options, variant.selectedOptions);
    if (!selection)
      return void problems.push(
        problem('OPTION_VALUE_INVALID', [...at, 'selectedOptions'], "Give exactly one value of each of the product's options."),
      );
    if (variantWithSelection(existing, selection) || selections.has(selectionKey(selection))) {
      problems.push(problem('VARIANT_EXISTS', [...at, 'selectedOptions'], 'Another active variant has these option values.'));
    }
    selections.add(selectionKey(selection));
    appended.push(
      storedVariant({
        variantId: variantIds[index]!,
        sku: variant.sku,
        priceAmount: variant.price.amount,
        stock: variant.stock,
        status: 'ACTIVE',
        selectedOptions: selection,
        ...(variant.lowStockThreshold == null ? {} : { lowStockThreshold: variant.lowStockThreshold }),
      }),
    );
  });
  return problems.length ? problems : { appended };
}

/** The first problem with a new variant's SKU, price, stock or threshold, if it has one. */
function variantFieldProblem(variant: ProductVariantCreate, product: ProductItem, at: readonly string[]): VariantProblem | undefined {
  try {
    checkSku('sku', variant.sku);
  } catch {
    return problem('INVALID', [...at, 'sku'], 'A SKU is 1 to 64 letters, digits, ".", "-" or "_", starting with a letter or digit.');
  }
  return priceProblem(variant.price, product, [...at, 'price']) ?? stockProblem(variant, at);
}

/** A price's problem: out of range, or not in the product's currency. */
export function priceProblem(price: { amount: number; currency: string }, product: ProductItem, at: readonly string[]): VariantProblem | undefined {
  if (!Number.isInteger(price.amount) || price.amount < 0 || price.amount > limits.maxPriceAmount) {
    return problem('INVALID', [...at, 'amount'], `A price is 0 to ${limits.maxPriceAmount} minor units.`);
  }
  if (price.currency !== product.currency) return problem('CURRENCY_MISMATCH', [...at, 'currency'], `The product is priced in ${product.currency}.`);
  return undefined;
}

function stockProblem(variant: ProductVariantCreate, at: readonly string[]): VariantProblem | undefined {
  if (!Number.isInteger(variant.stock) || variant.stock < 0 || variant.stock > limits.maxStock) {
    return problem('INVALID', [...at, 'stock'], `Stock is 0 to ${limits.maxStock} units.`);
  }
  return thresholdProblem(variant.lowStockThreshold, [...at, 'lowStockThreshold']);
}

/** A low-stock threshold's problem: out of 0 to `limits.maxLowStockThreshold`. */
export function thresholdProblem(threshold: number | null | undefined, at: readonly string[]): VariantProblem | undefined {
  if (threshold == null || (Number.isInteger(threshold) && threshold >= 0 && threshold <= limits.maxLowStockThreshold)) return undefined;
  return problem('INVALID', at, `A low-stock threshold is 0 to ${limits.maxLowStockThreshold}.`);
}
