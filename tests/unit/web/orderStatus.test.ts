import { orderStatusLabel } from '../../../web/src/orderStatus';

describe('orderStatusLabel (the storefront’s word for an order status)', () => {
  it.each([
    ['PLACED', 'Placed'],
    ['CANCELLED', 'Cancelled'],
  ])('names the known status %s as %p', (status, label) => {
    // Act
    const shown = orderStatusLabel(status);

    // Assess
    expect(shown).toBe(label);
  });

  it.each([
    ['SHIPPED', 'Shipped'],
    ['PARTIALLY_REFUNDED', 'Partially refunded'],
    ['AWAITING_PAYMENT', 'Awaiting payment'],
  ])('shows a status added after this build (%s) humanised, not as Cancelled', (status, label) => {
    // Act
    const shown = orderStatusLabel(status);

    // Assess
    expect(shown).toBe(label);
    expect(shown).not.toBe('Cancelled');
  });

  it('never shows an empty label', () => {
    expect(orderStatusLabel('')).toBe('Unknown');
  });

  it('does not take a property of every object for a status', () => {
    expect(orderStatusLabel('constructor')).toBe('Constructor');
  });
});
