import type { Db } from '../../../data/db';
import { variantsOf, type ProductOption } from '../../../data/variants';
import { changeVariants, type VariantChangeResult, type VariantPlan } from './changeVariants';
import { optionProblems, orderedSelection, problem, selectionKey, type VariantProblem } from './variantRules';
import type { ProductItem } from '../../../data/entities/product';

export interface SetProductOptionsInput {
  readonly productId: string;
  readonly options: readonly ProductOption[];
  readonly expectedVersion?: number | null;
}

/**
 * Replaces a product's options (`changeVariants`). Every variant must still give exactly one value
 * of each option; variants that select nothing yet (a new product's default variant) get the first
 * value of each. Two active variants may not end up with the same values.
 *
 * @example
 * await setProductOptions(db, { productId, options: [{ name: 'Size', values: ['S', 'M', 'L'] }] });
 */
export function setProductOptions(db: Db, input: SetProductOptionsInput, now = new Date()): Promise<VariantChangeResult> {
  return changeVariants(db, { productId: input.productId, expectedVersion: input.expectedVersion, now }, (current) =>
    optionsPlan(current, input.options),
  );
}

/** The write that gives `current` these options, or why it may not have them. */
export function optionsPlan(current: ProductItem, options: readonly ProductOption[]): VariantPlan {
  const path = ['input', 'options'];
  const problems: VariantProblem[] = optionProblems(options, path);
  if (problems.length) return problems;
  const firstValues = options.map((option) => ({ name: option.name, value: option.values[0]! }));
  const seen = new Set<string>();
  const changes = [];
  for (const variant of variantsOf(current)) {
    const selection = variant.selectedOptions.length ? orderedSelection(options, variant.selectedOptions) : firstValues;
    if (!selection) {
      problems.push(problem('OPTION_IN_USE', path, `Variant ${variant.sku} would not have exactly one value of each option.`));
      continue;
    }
    if (variant.status === 'ACTIVE') {
      if (seen.has(selectionKey(selection))) problems.push(problem('VARIANT_EXISTS', path, `Two active variants would have the same option values.`));
      seen.add(selectionKey(selection));
    }
    if (selectionKey(selection) !== selectionKey(variant.selectedOptions)) {
      changes.push({ index: variant.index, variantId: variant.variantId, set: { selectedOptions: selection } });
    }
  }
  if (problems.length) return problems;
  return { options, changes };
}
