import { checkId, checkSku, checkSlug, skuKey } from '../../../data/validation';
import { BadUserInputError } from '../../../core/errors';

describe('key values', () => {
  it.each(['abc#ORDER#x', '', 'a b', 'x'.repeat(65), '$storefront', 'ü'])('refuses id %p, which could reach a key template', (id) => {
    expect(() => checkId('id', id)).toThrow(BadUserInputError);
  });

  it.each(['p1', 'e3b0c442-98fc-1c14-9afb-f4c8996fb924', 'A_b-9'])('accepts id %p', (id) => {
    expect(checkId('id', id)).toBe(id);
  });

  it('checks SKUs and slugs', () => {
    expect(checkSku('sku', 'COF-001')).toBe('COF-001');
    expect(() => checkSku('sku', '#pk')).toThrow(BadUserInputError);
    expect(checkSlug('slug', 'brewing-gear')).toBe('brewing-gear');
    expect(() => checkSlug('slug', 'Brewing Gear')).toThrow(BadUserInputError);
    expect(() => checkSlug('slug', `a${'-b'.repeat(32)}`)).toThrow(/at most 64 characters/);
  });

  it('keys a SKU in one letter case, whatever case it was entered in', () => {
    expect(skuKey('cof-001')).toBe(skuKey('COF-001'));
  });
});
