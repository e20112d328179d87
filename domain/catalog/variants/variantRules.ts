import type { ProductOption, SelectedOption, Variant } from '../../../data/variants';
import { limits } from '../../limits';

/** Why an option or variant change was refused (nothing was written): the schema's `ProductVariantErrorCode`. */
export type VariantErrorCode =
  | 'PRODUCT_NOT_FOUND'
  | 'VARIANT_NOT_FOUND'
  | 'SKU_TAKEN'
  | 'VERSION_STALE'
  | 'VARIANT_EXISTS'
  | 'OPTION_VALUE_INVALID'
  | 'OPTION_IN_USE'
  | 'LIMIT_EXCEEDED'
  | 'CURRENCY_MISMATCH'
  | 'LAST_ACTIVE_VARIANT'
  | 'INVALID';

export interface VariantProblem {
  readonly code: VariantErrorCode;
  /** The input field at fault, from the mutation's arguments (`['input', 'variants', '0', 'sku']`); null when no single field is. */
  readonly field: readonly string[] | null;
  readonly message: string;
}

export const problem = (code: VariantErrorCode, field: readonly string[] | null, message: string): VariantProblem => ({ code, field, message });

/**
 * The problems of a product's options: at most `limits.maxOptions`, each named once (1 to
 * `limits.optionTextMaxLength` characters, trimmed) with 1 to `limits.maxOptionValues` distinct values.
 *
 * @example
 * optionProblems([{ name: 'Size', values: ['S', 'M', 'S'] }], ['input', 'options']); // [{ code: 'INVALID', ... }]
 */
export function optionProblems(options: readonly ProductOption[], path: readonly string[]): VariantProblem[] {
  const problems: VariantProblem[] = [];
  if (options.length > limits.maxOptions) problems.push(problem('LIMIT_EXCEEDED', path, `A product has at most ${limits.maxOptions} options.`));
  const names = new Set<string>();
  options.forEach((option, index) => {
    const at = [...path, String(index)];
    if (!isOptionText(option.name))
      problems.push(problem('INVALID', [...at, 'name'], `An option's name is 1 to ${limits.optionTextMaxLength} characters.`));
    if (names.has(option.name.toLowerCase())) problems.push(problem('INVALID', [...at, 'name'], `The option "${option.name}" is given twice.`));
    names.add(option.name.toLowerCase());
    if (option.values.length < 1 || option.values.length > limits.maxOptionValues) {
      problems.push(problem('LIMIT_EXCEEDED', [...at, 'values'], `An option has 1 to ${limits.maxOptionValues} values.`));
    }
    if (option.values.some((value) => !isOptionText(value))) {
      problems.push(problem('INVALID', [...at, 'values'], `An option value is 1 to ${limits.optionTextMaxLength} characters.`));
    }
    if (new Set(option.values).size !== option.values.length)
      problems.push(problem('INVALID', [...at, 'values'], `The option "${option.name}" has a value twice.`));
  });
  return problems;
}

function isOptionText(text: string): boolean {
  return text.trim() === text && text.length >= 1 && text.length <= limits.optionTextMaxLength;
}

/** Option values in the options' order, or undefined unless they give exactly one value of each option. */
export function orderedSelection(options: readonly ProductOption[], selected: readonly SelectedOption[]): SelectedOption[] | undefined {
  if (selected.length !== options.length) return undefined;
  const ordered = options.map((option) => selected.find((entry) => entry.name === option.name));
  if (ordered.some((entry, index) => !entry || !options[index]!.values.includes(entry.value))) return undefined;
  return ordered.map((entry) => ({ name: entry!.name, value: entry!.value }));
}

/** The key two variants with the same option values share. */
export function selectionKey(selected: readonly SelectedOption[]): string {
  return JSON.stringify(selected.map((entry) => [entry.name, entry.value]));
}

/** The active variant (other than `exceptId`) that already has these option values, if one does. */
export function variantWithSelection(variants: readonly Variant[], selected: readonly SelectedOption[], exceptId?: string): Variant | undefined {
  const key = selectionKey(selected);
  return variants.find((variant) => variant.status === 'ACTIVE' && variant.variantId !== exceptId && selectionKey(variant.selectedOptions) === key);
}
