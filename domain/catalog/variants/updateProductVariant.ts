import type { Db } from '../../../data/db';
import type { ProductItem } from '../../../data/entities/product';
import { findVariant, variantsOf, type SelectedOption } from '../../../data/variants';
import { changeVariants, type VariantChangeResult, type VariantPlan } from './changeVariants';
import { priceProblem, thresholdProblem } from './createProductVariants';
import { orderedSelection, problem, variantWithSelection, type VariantProblem } from './variantRules';

export interface UpdateProductVariantInput {
  readonly productId: string;
  readonly variantId: string;
  readonly expectedVersion: number;
  /** null or left out: unchanged. */
  readonly price?: { readonly amount: number; readonly currency: string } | null;
  /** null or left out: unchanged. */
  readonly selectedOptions?: readonly SelectedOption[] | null;
  /** null: back to the product's threshold; left out: unchanged. */
  readonly lowStockThreshold?: number | null;
}

/**
 * Changes a variant's price, option values or low-stock threshold under optimistic locking
 * (`changeVariants` with the version the admin saw). Its SKU is fixed (archive it and create
 * another), and its stock changes through inventoryAdjust.
 *
 * @example
 * await updateProductVariant(db, { productId, variantId, expectedVersion: 4, price: { amount: 2700, currency: 'USD' } });
 */
export function updateProductVariant(db: Db, input: UpdateProductVariantInput, now = new Date()): Promise<VariantChangeResult> {
  return changeVariants(db, { productId: input.productId, expectedVersion: input.expectedVersion, now }, (current) => updatePlan(current, input));
}

/** The write that changes the variant, or why it may not. */
export function updatePlan(current: ProductItem, input: UpdateProductVariantInput): VariantPlan {
  const variant = findVariant(current, input.variantId);
  if (!variant) return [problem('VARIANT_NOT_FOUND', ['input', 'variantId'], 'The product has no variant with this id.')];
  const problems: VariantProblem[] = [];
  const set: { priceAmount?: number; selectedOptions?: SelectedOption[]; lowStockThreshold?: number | null } = {};
  if (input.price) {
    const priceIssue = priceProblem(input.price, current, ['input', 'price']);
    if (priceIssue) problems.push(priceIssue);
    else set.priceAmount = input.price.amount;
  }
  if (input.selectedOptions) {
    const selection = orderedSelection(current.options ?? [], input.selectedOptions);
    if (!selection)
      problems.push(problem('OPTION_VALUE_INVALID', ['input', 'selectedOptions'], "Give exactly one value of each of the product's options."));
    else if (variant.status === 'ACTIVE' && variantWithSelection(variantsOf(current), selection, variant.variantId)) {
      problems.push(problem('VARIANT_EXISTS', ['input', 'selectedOptions'], 'Another active variant has these option values.'));
    } else set.selectedOptions = selection;
  }
  if (input.lowStockThreshold !== undefined) {
    const thresholdIssue = thresholdProblem(input.lowStockThreshold, ['input', 'lowStockThreshold']);
    if (thresholdIssue) problems.push(thresholdIssue);
    else set.lowStockThreshold = input.lowStockThreshold;
  }
  if (problems.length) return problems;
  if (!Object.keys(set).length) return [problem('INVALID', ['input'], 'Give at least one field to change.')];
  return { changes: [{ index: variant.index, variantId: variant.variantId, set }] };
}
