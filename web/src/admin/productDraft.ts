import type { AdminProductQuery, CreateProductInput, UpdateProductInput } from '../../../generated/web/admin/graphql';
import { fromMinorUnits, toMinorUnits } from './moneyInput';

/** A product as the admin pages read it (every product operation of admin.graphql selects these fields). */
export type AdminProduct = NonNullable<AdminProductQuery['product']>;

/** The fields of a product an admin edits, as its form holds them: text, as typed. */
export interface ProductDraft {
  readonly name: string;
  readonly description: string;
  readonly categoryId: string;
  readonly price: string;
  readonly currency: string;
  /** Empty: the stage's default. */
  readonly lowStockThreshold: string;
}

export type DraftField = keyof ProductDraft;

/** The draft's fields in form order, with the words the form labels them with. */
export const DRAFT_FIELDS: ReadonlyArray<{ readonly field: DraftField; readonly label: string }> = [
  { field: 'name', label: 'Name' },
  { field: 'description', label: 'Description' },
  { field: 'categoryId', label: 'Category' },
  { field: 'price', label: 'Price' },
  { field: 'currency', label: 'Currency' },
  { field: 'lowStockThreshold', label: 'Low-stock threshold' },
];

export const EMPTY_DRAFT: ProductDraft = { name: '', description: '', categoryId: '', price: '', currency: 'USD', lowStockThreshold: '' };

/** A product's fields as the form shows them. */
export function draftOf(product: AdminProduct): ProductDraft {
  return {
    name: product.name,
    description: product.description ?? '',
    categoryId: product.category.id,
    price: fromMinorUnits(product.price.amount, product.price.currency),
    currency: product.price.currency,
    lowStockThreshold: product.lowStockThreshold == null ? '' : String(product.lowStockThreshold),
  };
}

/** The fields whose values differ between two drafts (what an edit changed). */
export function changedFields(draft: ProductDraft, base: ProductDraft): DraftField[] {
  return DRAFT_FIELDS.map(({ field }) => field).filter((field) => draft[field].trim() !== base[field].trim());
}

/** Why the draft cannot be sent as it is; undefined when it can. */
export function draftProblem(draft: ProductDraft): string | undefined {
  if (!draft.name.trim()) return 'Name: give the product a name.';
  if (!draft.categoryId) return 'Category: choose one.';
  if (toMinorUnits(draft.price, draft.currency) === undefined)
    return `Price: give an amount such as 12.99, in ${draft.currency || 'the currency'}'s units.`;
  if (draft.lowStockThreshold.trim() && !/^\d{1,4}$/.test(draft.lowStockThreshold.trim()))
    return 'Low-stock threshold: a whole number from 0 to 1000, or empty.';
  return undefined;
}

/** updateProduct's input: only the fields the admin changed (a cleared description or threshold is null); undefined when nothing changed. */
export function updateInputOf(draft: ProductDraft, base: ProductDraft): UpdateProductInput | undefined {
  const changed = new Set(changedFields(draft, base));
  if (changed.size === 0) return undefined;
  const input: UpdateProductInput = {};
  if (changed.has('name')) input.name = draft.name.trim();
  if (changed.has('description')) input.description = draft.description.trim() || null;
  if (changed.has('categoryId')) input.categoryId = draft.categoryId;
  if (changed.has('price') || changed.has('currency')) input.price = { amount: toMinorUnits(draft.price, draft.currency)!, currency: draft.currency };
  if (changed.has('lowStockThreshold')) input.lowStockThreshold = draft.lowStockThreshold.trim() ? Number(draft.lowStockThreshold) : null;
  return input;
}

/** createProduct's input from a new product's draft, its SKU and its opening stock. */
export function createInputOf(draft: ProductDraft, { sku, stock }: { sku: string; stock: number }): CreateProductInput {
  return {
    sku: sku.trim(),
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    categoryId: draft.categoryId,
    price: { amount: toMinorUnits(draft.price, draft.currency)!, currency: draft.currency },
    stock,
    ...(draft.lowStockThreshold.trim() ? { lowStockThreshold: Number(draft.lowStockThreshold) } : {}),
  };
}

/**
 * After a version conflict: the current version's fields with the admin's own changes (those
 * that differ from the version they edited) applied on top of them again.
 */
export function rebase(draft: ProductDraft, base: ProductDraft, current: ProductDraft): ProductDraft {
  const mine = changedFields(draft, base);
  return Object.fromEntries(
    DRAFT_FIELDS.map(({ field }) => [field, mine.includes(field) ? draft[field] : current[field]]),
  ) as unknown as ProductDraft;
}
