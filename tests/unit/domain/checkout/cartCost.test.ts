import type { DiscountCodeState } from '../../../../data/discountCodes';
import type { DiscountCodeItem } from '../../../../data/entities/discountCode';
import { cartCost, discountOf } from '../../../../domain/checkout/cartCost';
import { makeProduct } from '../../../factories/catalog';

const NOW = new Date('2026-06-01T12:00:00Z');

function aCode(overrides: Partial<DiscountCodeItem> = {}): DiscountCodeState {
  const item: DiscountCodeItem = {
    codeKey: (overrides.code ?? 'CODE').toUpperCase(),
    code: 'CODE',
    kind: 'PERCENTAGE',
    value: 10,
    startsAt: '2026-01-01T00:00:00.000Z',
    usageCount: 0,
    oncePerCustomer: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
  return { entered: item.code, item, usedByCustomer: false };
}

describe('cartCost', () => {
  const product = makeProduct({ priceAmount: 1005 });
  const lines = [{ variantId: product.productId, quantity: 3, product }];

  it('adds the lines, takes the first applicable code off the subtotal and adds shipping', () => {
    const shipping = { id: 'standard', title: 'Standard', amount: 500, currency: 'USD', minDays: 3, maxDays: 5 };

    const cost = cartCost({
      lines,
      discountCodes: [aCode({ code: 'TEN' }), aCode({ code: 'TWENTY', value: 20 })],
      shippingMethod: shipping,
      now: NOW,
    });

    // 3 × 1005 = 3015; 10 % = 301.5, rounded half up to 302; shipping is never discounted
    expect(cost).toEqual({
      currency: 'USD',
      subtotal: 3015,
      discountTotal: 302,
      shipping: 500,
      total: 3015 - 302 + 500,
      appliedCode: 'TEN',
      codeProblems: [{ code: 'TWENTY', reason: 'NOT_COMBINABLE' }],
    });
  });

  it('says why each code does not apply', () => {
    const codes = [
      aCode({ code: 'LATE', endsAt: '2026-05-01T00:00:00.000Z' }),
      aCode({ code: 'EARLY', startsAt: '2026-07-01T00:00:00.000Z' }),
      aCode({ code: 'GONE', usageLimit: 2, usageCount: 2 }),
      { ...aCode({ code: 'ONCE', oncePerCustomer: true }), usedByCustomer: true },
      aCode({ code: 'EURO', kind: 'FIXED_AMOUNT', value: 100, currency: 'EUR' }),
      aCode({ code: 'BIG', minimumSubtotal: 5000, currency: 'USD' }),
    ];

    const cost = cartCost({ lines, discountCodes: codes, now: NOW });

    expect(cost.codeProblems.map((problem) => problem.reason)).toEqual([
      'EXPIRED',
      'EXPIRED',
      'USED_UP',
      'ALREADY_USED',
      'CURRENCY_MISMATCH',
      'MINIMUM_NOT_MET',
    ]);
    expect(cost).toMatchObject({ discountTotal: 0, shipping: null, total: 3015 });
    expect(cost.appliedCode).toBeUndefined();
  });

  it('leaves out lines of archived or missing variants', () => {
    const archived = makeProduct({ status: 'ARCHIVED' });

    const cost = cartCost({
      lines: [...lines, { variantId: archived.productId, quantity: 1, product: archived }, { variantId: 'gone', quantity: 1, product: null }],
      discountCodes: [],
      now: NOW,
    });

    expect(cost.subtotal).toBe(3015);
  });

  it('rounds percentages half up and caps fixed amounts at the subtotal', () => {
    expect(discountOf({ kind: 'PERCENTAGE', value: 15 }, 10)).toBe(2); // 1.5 → 2
    expect(discountOf({ kind: 'PERCENTAGE', value: 15 }, 9)).toBe(1); // 1.35 → 1
    expect(discountOf({ kind: 'PERCENTAGE', value: 100 }, 999)).toBe(999);
    expect(discountOf({ kind: 'FIXED_AMOUNT', value: 500 }, 300)).toBe(300);
  });
});
