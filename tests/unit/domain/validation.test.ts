import { BadUserInputError } from '../../../core/errors';
import { checkIdempotencyKey, checkInt, checkMoney, checkOptionalText, checkText } from '../../../domain/validation';

describe('input validation', () => {
  it('trims text, refuses empty or overlong text and keeps optional text optional', () => {
    expect(checkText('name', '  Mug  ', 10)).toBe('Mug');
    expect(() => checkText('name', '   ', 10)).toThrow(/name: must not be empty/);
    expect(() => checkText('name', 'x'.repeat(11), 10)).toThrow(/at most 10/);
    expect(checkOptionalText('body', null, 10)).toBeUndefined();
    expect(checkOptionalText('body', '  ', 10)).toBeUndefined();
    expect(() => checkOptionalText('body', 'x'.repeat(11), 10)).toThrow(/body: must be at most 10/);
  });

  it('checks integers and money', () => {
    expect(() => checkInt('quantity', 100, 1, 99)).toThrow(/from 1 to 99/);
    expect(() => checkInt('quantity', 1.5, 1, 99)).toThrow(BadUserInputError);
    expect(checkInt('quantity', 99, 1, 99)).toBe(99);
    expect(() => checkMoney('price', { amount: -1, currency: 'USD' })).toThrow(/price.amount/);
    expect(() => checkMoney('price', { amount: 100_000_001, currency: 'USD' })).toThrow(/price.amount/);
    expect(() => checkMoney('price', { amount: 1, currency: 'usd' })).toThrow(/price.currency/);
  });

  it.each(['', 'a b', 'x'.repeat(65), 'é'])('refuses idempotency key %p', (key) => {
    expect(() => checkIdempotencyKey(key)).toThrow(/idempotencyKey: must be 1 to 64 printable ASCII/);
  });

  it('accepts any 1 to 64 printable ASCII characters as an idempotency key', () => {
    expect(checkIdempotencyKey('checkout#1/~')).toBe('checkout#1/~');
  });
});
