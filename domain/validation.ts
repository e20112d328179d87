import { BadUserInputError } from '../core/errors';
import { limits } from './limits';

const CURRENCY = /^[A-Z]{3}$/;

function fail(field: string, message: string): never {
  throw new BadUserInputError(`${field}: ${message}`, { details: { field } });
}

/** Text as stored: trimmed, not empty, at most `maxLength` characters. */
export function checkText(field: string, value: string, maxLength: number): string {
  const trimmed = value.trim();
  if (!trimmed) fail(field, 'must not be empty.');
  if (trimmed.length > maxLength) fail(field, `must be at most ${maxLength} characters.`);
  return trimmed;
}

/** Optional text as stored: trimmed, at most `maxLength` characters; undefined when left out or empty. */
export function checkOptionalText(field: string, value: string | null | undefined, maxLength: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed.length > maxLength) fail(field, `must be at most ${maxLength} characters.`);
  return trimmed || undefined;
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

/** A unit price: 0 to `limits.maxPriceAmount` minor units of a three-letter ISO-4217 currency. */
export function checkMoney(field: string, money: { amount: number; currency: string }): { amount: number; currency: string } {
  checkInt(`${field}.amount`, money.amount, 0, limits.maxPriceAmount);
  if (!CURRENCY.test(money.currency)) fail(`${field}.currency`, 'must be a three-letter ISO-4217 code such as "USD".');
  return money;
}
