import { BadUserInputError } from '../core/errors';

/** Limits on what clients may send; checked before any DynamoDB request. */
export const limits = {
  idMaxLength: 64,
  nameMaxLength: 200,
  titleMaxLength: 200,
  descriptionMaxLength: 5_000,
  reviewBodyMaxLength: 5_000,
  skuMaxLength: 64,
  maxOrderLines: 25,
  maxLineQuantity: 99,
  /** Largest stock a product may hold (creating it, or restocking it). */
  maxStock: 1_000_000,
  /** Largest low-stock threshold, a product's or the default: the low-stock Query reads products with at most this stock. */
  maxLowStockThreshold: 1_000,
  /** Largest unit price in minor units: 1,000,000.00. */
  maxPriceAmount: 100_000_000,
  /**
   * Largest order total in minor units: 100,000,000.00. Far below 2^53, so every total is exact
   * and serialises as a `MoneyAmount`; orders above it are refused before anything is written.
   */
  maxOrderTotal: 10_000_000_000,
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CURRENCY = /^[A-Z]{3}$/;

function fail(field: string, message: string): never {
  throw new BadUserInputError(`${field}: ${message}`, { details: { field } });
}

export function checkId(field: string, value: string): string {
  if (!ID.test(value)) fail(field, 'must be 1 to 64 letters, digits, "-" or "_".');
  return value;
}

export function checkSku(field: string, value: string): string {
  if (!SKU.test(value)) fail(field, 'must be 1 to 64 letters, digits, ".", "-" or "_", starting with a letter or digit.');
  return value;
}

/**
 * SKUs are case-insensitive: "cof-001" and "COF-001" are one SKU, claimed once and found by
 * either spelling. A product keeps the SKU as it was entered; this is the form keys use.
 */
export function skuKey(sku: string): string {
  return sku.toUpperCase();
}

export function checkSlug(field: string, value: string): string {
  if (value.length > limits.idMaxLength || !SLUG.test(value)) {
    fail(field, 'must be lowercase letters and digits separated by single dashes, at most 64 characters.');
  }
  return value;
}

export function checkText(field: string, value: string, maxLength: number): string {
  const trimmed = value.trim();
  if (!trimmed) fail(field, 'must not be empty.');
  if (trimmed.length > maxLength) fail(field, `must be at most ${maxLength} characters.`);
  return trimmed;
}

export function checkOptionalText(field: string, value: string | null | undefined, maxLength: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.length > maxLength) fail(field, `must be at most ${maxLength} characters.`);
  return trimmed || undefined;
}

/**
 * The product's text fields an admin sets and edits: each is checked, stored, updated and (when
 * optional) cleared the same way by data/products.ts. A new optional text field of a product is
 * one entry here, one attribute in the entity, its schema fields and seed values.
 */
export const productTextFields = {
  name: { required: true, maxLength: limits.nameMaxLength },
  description: { required: false, maxLength: limits.descriptionMaxLength },
} as const satisfies Record<string, { readonly required: boolean; readonly maxLength: number }>;

export type ProductTextField = keyof typeof productTextFields;
export type RequiredProductTextField = {
  [K in ProductTextField]: (typeof productTextFields)[K]['required'] extends true ? K : never;
}[ProductTextField];
export type OptionalProductTextField = Exclude<ProductTextField, RequiredProductTextField>;

/** A product text field's value as given: trimmed and checked; undefined for an optional field left empty. */
export function checkProductText(field: ProductTextField, value: string | null | undefined): string | undefined {
  const { required, maxLength } = productTextFields[field];
  return required ? checkText(field, value ?? '', maxLength) : checkOptionalText(field, value, maxLength);
}

export function checkInt(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) fail(field, `must be an integer from ${min} to ${max}.`);
  return value;
}

/** A client-chosen idempotency key (orders, stock adjustments): 1 to 64 printable ASCII characters without spaces. */
export function checkIdempotencyKey(key: string, field = 'idempotencyKey'): string {
  if (key.length < 1 || key.length > 64 || !/^[\x21-\x7e]+$/.test(key)) fail(field, 'must be 1 to 64 printable ASCII characters without spaces.');
  return key;
}

export function checkMoney(field: string, money: { amount: number; currency: string }): { amount: number; currency: string } {
  checkInt(`${field}.amount`, money.amount, 0, limits.maxPriceAmount);
  if (!CURRENCY.test(money.currency)) fail(`${field}.currency`, 'must be a three-letter ISO-4217 code such as "USD".');
  return money;
}
