// The values that become part of keys (ids, SKUs, slugs), checked before any DynamoDB request.
import { BadUserInputError } from '../core/errors';

/** The longest id, SKU or slug: each becomes part of a key. */
const KEY_VALUE_MAX_LENGTH = 64;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(field: string, message: string): never {
  throw new BadUserInputError(`${field}: ${message}`, { details: { field } });
}

/** An id as keys hold it: 1 to 64 letters, digits, "-" or "_" (nothing that could reach a key template). */
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
  if (value.length > KEY_VALUE_MAX_LENGTH || !SLUG.test(value)) {
    fail(field, 'must be lowercase letters and digits separated by single dashes, at most 64 characters.');
  }
  return value;
}
