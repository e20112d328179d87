import { formatMoney } from '../../../core/money';

describe('formatMoney', () => {
  it.each([
    [1250, 'EUR', '€12.50'],
    [5, 'USD', '$0.05'],
    [1250, 'JPY', '¥1,250'],
    [1250, 'KWD', 'KWD 1.250'],
    [10_000_000_000, 'USD', '$100,000,000.00'],
  ])('reads %d minor units of %s as %s (the currency’s own minor-unit digits)', (amount, currency, expected) => {
    expect(formatMoney({ amount, currency }).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
