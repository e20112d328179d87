import { checkId, checkInt, checkMoney, checkOptionalText, checkSku, checkSlug, checkText } from '../../../data/validation';
import { BadUserInputError } from '../../../core/errors';

describe('input validation', () => {
  it.each(['abc#ORDER#x', '', 'a b', 'x'.repeat(65), '$storefront', 'ü'])('refuses id %p, which could reach a key template', (id) => {
    expect(() => checkId('id', id)).toThrow(BadUserInputError);
  });

  it.each(['p1', 'e3b0c442-98fc-1c14-9afb-f4c8996fb924', 'A_b-9'])('accepts id %p', (id) => {
    expect(checkId('id', id)).toBe(id);
  });

  it('trims text, refuses empty or overlong text and keeps optional text optional', () => {
    expect(checkText('name', '  Mug  ', 10)).toBe('Mug');
    expect(() => checkText('name', '   ', 10)).toThrow(/name: must not be empty/);
    expect(() => checkText('name', 'x'.repeat(11), 10)).toThrow(/at most 10/);
    expect(checkOptionalText('body', null, 10)).toBeUndefined();
    expect(checkOptionalText('body', '  ', 10)).toBeUndefined();
  });

  it('checks integers, money, SKUs and slugs', () => {
    expect(() => checkInt('quantity', 100, 1, 99)).toThrow(/from 1 to 99/);
    expect(() => checkInt('quantity', 1.5, 1, 99)).toThrow(BadUserInputError);
    expect(() => checkMoney('price', { amount: -1, currency: 'USD' })).toThrow(/price.amount/);
    expect(() => checkMoney('price', { amount: 1, currency: 'usd' })).toThrow(/price.currency/);
    expect(checkSku('sku', 'COF-001')).toBe('COF-001');
    expect(() => checkSku('sku', '#pk')).toThrow(BadUserInputError);
    expect(checkSlug('slug', 'brewing-gear')).toBe('brewing-gear');
    expect(() => checkSlug('slug', 'Brewing Gear')).toThrow(BadUserInputError);
  });
});
