import type { AdminProductVariantsQuery } from '../../../generated/web/admin/graphql';

/** A product's options and variants as the editor's Options and Variants sections read them (every variant operation of admin.graphql selects these). */
export type VariantsProduct = NonNullable<AdminProductVariantsQuery['product']>;
export type AdminVariant = VariantsProduct['variants'][number];

export interface SelectedOption {
  readonly name: string;
  readonly value: string;
}

/** An option as its form holds it: the name, and the values as typed, separated by commas. */
export interface OptionDraft {
  readonly name: string;
  readonly values: string;
}

/** A userError, where it belongs: the field it names (`sku`, `price`, …) and, for a list, the item's position. */
export interface PlacedError {
  readonly field: string | undefined;
  readonly index: number | undefined;
  readonly message: string;
}

const FIELDS = ['sku', 'price', 'amount', 'currency', 'stock', 'lowStockThreshold', 'selectedOptions', 'name', 'values', 'expectedVersion'];

/** Where a userError goes: its `field` path (`["input", "variants", "1", "sku"]`) read for the field and the list position. */
export function placeError(error: { field?: readonly string[] | null; message: string }): PlacedError {
  const path = error.field ?? [];
  const found = [...path].reverse().find((part) => FIELDS.includes(part));
  const field = found === 'amount' || found === 'currency' ? 'price' : found;
  const position = path.find((part) => /^\d+$/.test(part));
  return { field, index: position === undefined ? undefined : Number(position), message: error.message };
}

/** The messages of the errors placed on `field` (of item `index`, for a list), joined; undefined when there are none. */
export function messageFor(errors: readonly PlacedError[], field: string, index?: number): string | undefined {
  const found = errors.filter((error) => error.field === field && (index === undefined || error.index === index));
  return found.length ? found.map((error) => error.message).join(' ') : undefined;
}

/** The errors no single field shows. */
export function unplaced(errors: readonly PlacedError[], fields: readonly string[]): string | undefined {
  const rest = errors.filter((error) => !error.field || !fields.includes(error.field));
  return rest.length ? rest.map((error) => error.message).join(' ') : undefined;
}

export const optionDraftsOf = (options: VariantsProduct['options']): OptionDraft[] =>
  options.map((option) => ({ name: option.name, values: option.values.join(', ') }));

/** The options as productOptionsSet takes them: names and values trimmed, empty values dropped. */
export const optionsInputOf = (drafts: readonly OptionDraft[]) =>
  drafts.map((draft) => ({
    name: draft.name.trim(),
    values: draft.values
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean),
  }));

/** Every combination of one value of each option, in option order (S / Red, S / Blue, M / Red, …); one empty combination without options. */
export function combinations(options: VariantsProduct['options']): SelectedOption[][] {
  return options.reduce<SelectedOption[][]>(
    (partial, option) => partial.flatMap((selected) => option.values.map((value) => [...selected, { name: option.name, value }])),
    [[]],
  );
}

export const titleOf = (selected: readonly SelectedOption[]) => selected.map((option) => option.value).join(' / ') || 'Default';

const keyOf = (selected: readonly SelectedOption[]) => JSON.stringify(selected.map((option) => [option.name, option.value]));

/** The combinations no active variant has yet: those a new variant can take. */
export function openCombinations(product: Pick<VariantsProduct, 'options' | 'variants'>): SelectedOption[][] {
  if (!product.options.length) return [];
  const taken = new Set(product.variants.filter((variant) => variant.status === 'ACTIVE').map((variant) => keyOf(variant.selectedOptions)));
  return combinations(product.options).filter((selected) => !taken.has(keyOf(selected)));
}
