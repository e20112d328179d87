import type { CartItem } from '../../../../data/entities/cart';
import { mergeCarts } from '../../../../domain/cart/mergeCarts';

function aCart(overrides: Partial<CartItem> = {}): CartItem {
  return {
    cartId: 'cart_0000000000000000000000',
    lines: [],
    discountCodes: [],
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    expiresAt: 2_000_000_000,
    ...overrides,
  };
}
const line = (variantId: string, quantity: number) => ({ lineId: `line_${variantId}`, productId: `p-${variantId}`, variantId, quantity });

describe('mergeCarts', () => {
  it('keeps the cart in hand first, adds quantities of the same variant capped at 99 and appends the others', () => {
    const into = aCart({ currency: 'USD', lines: [line('a', 60)], discountCodes: ['TEN'] });
    const from = aCart({ currency: 'USD', lines: [line('b', 1), line('a', 50)], discountCodes: ['FIVE'], shippingMethodId: 'express' });

    const merged = mergeCarts(into, from);

    expect(merged.lines).toEqual([line('a', 99), line('b', 1)]);
    expect(merged.discountCodes).toEqual(['TEN']);
    expect(merged.shippingMethodId).toBe('express');
  });

  it('stops at 25 lines and leaves out lines in another currency', () => {
    const into = aCart({ currency: 'USD', lines: Array.from({ length: 24 }, (_, index) => line(`u${index}`, 1)) });
    const from = aCart({ currency: 'USD', lines: [line('x', 1), line('y', 1)] });
    const euros = aCart({ currency: 'EUR', lines: [line('e', 1)] });

    expect(
      mergeCarts(into, from)
        .lines.map((merged) => merged.variantId)
        .slice(-2),
    ).toEqual(['u23', 'x']);
    expect(mergeCarts(into, euros).lines).toHaveLength(24);
  });

  it('takes the other cart’s codes and currency when the cart in hand has none', () => {
    const from = aCart({ currency: 'EUR', lines: [line('e', 2)], discountCodes: ['FIVE'] });

    expect(mergeCarts(aCart(), from)).toMatchObject({ currency: 'EUR', lines: [line('e', 2)], discountCodes: ['FIVE'] });
  });
});
