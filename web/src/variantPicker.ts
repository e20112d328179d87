/**
 * The product page's variant picker, without React: which option values can be chosen and which
 * variant a choice names. Options are chosen in order (as Shopify's Dawn theme does): a value of
 * option k is offered when an available variant has it together with the values chosen for the
 * options before k, so every available variant can be reached and a choice never traps the shopper.
 */
export interface PickerOption {
  readonly name: string;
  readonly values: readonly string[];
}

export interface PickerVariant {
  readonly id: string;
  readonly available: boolean;
  readonly selectedOptions: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

/** A value's state next to the values chosen before it: orderable, sold out (a variant without stock), or no active variant at all. */
export type ValueState = 'available' | 'soldOut' | 'none';

/** The chosen value of each option, in the options' order. */
export type Selection = readonly string[];

const valueOf = (variant: PickerVariant, option: string) => variant.selectedOptions.find((selected) => selected.name === option)?.value;

const matches = (variant: PickerVariant, options: readonly PickerOption[], values: Selection) =>
  values.every((value, index) => valueOf(variant, options[index]!.name) === value);

/** The variant selecting exactly these values, if there is one. */
export function variantFor<V extends PickerVariant>(options: readonly PickerOption[], variants: readonly V[], selection: Selection): V | undefined {
  return variants.find((variant) => matches(variant, options, selection));
}

/** The state of `value` for option `index`, given the values chosen for the options before it. */
export function valueState(
  options: readonly PickerOption[],
  variants: readonly PickerVariant[],
  selection: Selection,
  index: number,
  value: string,
): ValueState {
  const candidates = variants.filter((variant) => matches(variant, options, [...selection.slice(0, index), value]));
  if (candidates.some((variant) => variant.available)) return 'available';
  return candidates.length ? 'soldOut' : 'none';
}

/** What the page starts with: the first available variant's values, else the first variant's. */
export function initialSelection(options: readonly PickerOption[], variants: readonly PickerVariant[]): Selection {
  const first = variants.find((variant) => variant.available) ?? variants[0];
  return options.map((option) => (first ? valueOf(first, option.name) : undefined) ?? option.values[0] ?? '');
}

/**
 * The selection after the shopper chose `value` for option `index`: the options before it stay,
 * each later one keeps its value while that is still available, else takes its first available one.
 */
export function choose(
  options: readonly PickerOption[],
  variants: readonly PickerVariant[],
  selection: Selection,
  index: number,
  value: string,
): Selection {
  const next = [...selection.slice(0, index), value];
  for (let later = index + 1; later < options.length; later++) {
    const kept = selection[later] ?? '';
    const offered = (candidate: string) => valueState(options, variants, next, later, candidate) === 'available';
    next.push(offered(kept) ? kept : (options[later]!.values.find(offered) ?? kept));
  }
  return next;
}

/** The stock state shown for a variant. */
export function stockLabel(variant: { readonly available: boolean; readonly stock: number }): string {
  if (!variant.available) return 'Sold out';
  return variant.stock <= 5 ? `Only ${variant.stock} left` : 'In stock';
}
