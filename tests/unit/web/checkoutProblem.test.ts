import { checkoutProblemOf } from '../../../web/src/checkout/checkoutProblem';
import { holdTimeLeft } from '../../../web/src/checkout/holdCountdown';

describe('checkoutProblemOf (what the shopper is told after a refused checkout or payment)', () => {
  it.each([
    ['PAYMENT_DECLINED', 'otherCard', /declined.*Try another card/],
    ['HOLD_EXPIRED', 'checkoutAgain', /ran out.*nothing was charged.*Check out again/],
    ['ORDER_NOT_PENDING', 'checkoutAgain', /no longer waiting/],
    ['OUT_OF_STOCK', 'fixCart', /sold out/],
    ['SHIPPING_METHOD_REQUIRED', 'fixDetails', /shipping method/],
  ])('turns %s into the next step %s', (code, next, message) => {
    // Act
    const problem = checkoutProblemOf({ code, message: 'from the API' });

    // Assess
    expect(problem.next).toBe(next);
    expect(problem.message).toMatch(message);
  });

  it('shows the new total of a PRICE_CHANGED and offers to confirm it', () => {
    // Act
    const problem = checkoutProblemOf({ code: 'PRICE_CHANGED', message: 'x', currentTotal: { amount: 4599, currency: 'USD' } });

    // Assess
    expect(problem).toMatchObject({ next: 'confirmTotal', total: { amount: 4599, currency: 'USD' } });
    expect(problem.message).toContain('$45.99');
  });

  it('says how many are left for OUT_OF_STOCK with `available`', () => {
    expect(checkoutProblemOf({ code: 'OUT_OF_STOCK', message: 'x', available: 2 }).message).toMatch(/Only 2/);
  });

  it('shows the API’s sentence for a code this build does not know, with a retry', () => {
    expect(checkoutProblemOf({ code: 'SOMETHING_NEW', message: 'Something new happened.' })).toEqual({
      code: 'SOMETHING_NEW',
      next: 'retry',
      message: 'Something new happened.',
    });
  });
});

describe('holdTimeLeft (the hold’s countdown on the payment step)', () => {
  const expiresAt = '2026-01-01T10:10:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it.each([
    ['2026-01-01T10:00:00.000Z', '10:00'],
    ['2026-01-01T10:00:55.500Z', '9:05'],
    ['2026-01-01T10:09:59.001Z', '0:01'],
  ])('at %s shows %s left', (now, text) => {
    expect(holdTimeLeft(expiresAt, at(now))).toMatchObject({ expired: false, text });
  });

  it('schedules the next tick when the shown second changes', () => {
    expect(holdTimeLeft(expiresAt, at('2026-01-01T10:00:55.500Z')).nextTickMs).toBe(500);
  });

  it('is expired at the expiry and after it, and for a date it cannot read', () => {
    expect(holdTimeLeft(expiresAt, at(expiresAt))).toEqual({ expired: true, text: '0:00', nextTickMs: 0 });
    expect(holdTimeLeft(expiresAt, at('2026-01-01T11:00:00.000Z')).expired).toBe(true);
    expect(holdTimeLeft('not a date', 0).expired).toBe(true);
  });
});
