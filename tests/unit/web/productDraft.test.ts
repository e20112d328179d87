import { fromMinorUnits, toMinorUnits } from '../../../web/src/admin/moneyInput';
import { changedFields, createInputOf, draftOf, draftProblem, rebase, updateInputOf, type AdminProduct } from '../../../web/src/admin/productDraft';

function makeProduct(overrides: Partial<AdminProduct> = {}): AdminProduct {
  return {
    __typename: 'Product',
    id: 'p-1',
    sku: 'COF-001',
    name: 'House blend',
    description: 'Chocolate and nuts.',
    price: { __typename: 'Money', amount: 1299, currency: 'USD' },
    stock: 40,
    status: 'ACTIVE',
    lowStockThreshold: null,
    version: 3,
    updatedAt: '2026-12-07T10:00:00.000Z',
    category: { __typename: 'Category', id: 'c-1', name: 'Coffee' },
    ...overrides,
  };
}

describe('prices as an admin types them', () => {
  it.each([
    ['12.99', 'USD', 1299],
    ['12.9', 'USD', 1290],
    ['12', 'USD', 1200],
    ['0.05', 'USD', 5],
    ['1500', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
  ])('reads %s %s as %p minor units', (text, currency, amount) => {
    expect(toMinorUnits(text, currency)).toBe(amount);
  });

  it.each([
    ['12.999', 'USD'],
    ['12.5', 'JPY'],
    ['-1', 'USD'],
    ['1e3', 'USD'],
    ['', 'USD'],
    ['12', 'usd'],
  ])('refuses %p in %s', (text, currency) => {
    expect(toMinorUnits(text, currency)).toBeUndefined();
  });

  it('shows minor units in the currency’s own digits, as the price field takes them back', () => {
    expect([fromMinorUnits(1299, 'USD'), fromMinorUnits(5, 'USD'), fromMinorUnits(1500, 'JPY'), fromMinorUnits(1234, 'KWD')]).toEqual([
      '12.99',
      '0.05',
      '1500',
      '1.234',
    ]);
  });
});

describe('a product draft', () => {
  it('sends only the fields that changed; a cleared description or threshold goes as null', () => {
    // Prepare
    const base = draftOf(makeProduct({ lowStockThreshold: 5 }));
    const draft = { ...base, price: '14.50', description: '  ', lowStockThreshold: '' };

    // Act
    const input = updateInputOf(draft, base);

    // Assess
    expect(input).toEqual({ price: { amount: 1450, currency: 'USD' }, description: null, lowStockThreshold: null });
  });

  it('has nothing to send when no field changed (whitespace aside)', () => {
    const base = draftOf(makeProduct());

    expect(updateInputOf({ ...base, name: ' House blend ' }, base)).toBeUndefined();
  });

  it('says what is wrong before anything is sent', () => {
    const base = draftOf(makeProduct());

    expect(draftProblem(base)).toBeUndefined();
    expect(draftProblem({ ...base, price: '12,99' })).toMatch(/^Price:/);
    expect(draftProblem({ ...base, name: ' ' })).toMatch(/^Name:/);
    expect(draftProblem({ ...base, lowStockThreshold: '-1' })).toMatch(/^Low-stock threshold:/);
  });

  it('makes createProduct’s input, leaving out an empty threshold (the stage’s default)', () => {
    const draft = { ...draftOf(makeProduct()), description: '' };

    expect(createInputOf(draft, { sku: ' NEW-1 ', stock: 2 })).toEqual({
      sku: 'NEW-1',
      name: 'House blend',
      description: null,
      categoryId: 'c-1',
      price: { amount: 1299, currency: 'USD' },
      stock: 2,
    });
  });

  it('after a version conflict, takes the current version and applies only the admin’s own changes on top again', () => {
    // Prepare: the admin changed the price; someone else changed the name and the description meanwhile
    const edited = draftOf(makeProduct());
    const draft = { ...edited, price: '15.00' };
    const current = draftOf(makeProduct({ version: 4, name: 'House blend No. 2', description: 'Brighter.' }));

    // Act
    const rebased = rebase(draft, edited, current);

    // Assess
    expect(rebased).toEqual({ ...current, price: '15.00' });
    expect(changedFields(rebased, current)).toEqual(['price']);
    expect(updateInputOf(rebased, current)).toEqual({ price: { amount: 1500, currency: 'USD' } });
  });
});
