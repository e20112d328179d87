import { orderEmail } from '../../../notifier/emails';
import type { OrderEventV1 } from '../../../notifier/orderEvent';

const anEvent = (overrides: Partial<OrderEventV1['order']> = {}, eventType: OrderEventV1['eventType'] = 'ORDER_PLACED'): OrderEventV1 => ({
  schemaVersion: 1,
  eventId: `ord12345abc:${eventType}`,
  eventType,
  occurredAt: '2026-12-01T10:00:00.000Z',
  stage: 'prod',
  order: {
    id: 'ord12345abc',
    customerId: 'c-1',
    status: eventType === 'ORDER_PLACED' ? 'PLACED' : 'CANCELLED',
    placedAt: '2026-12-01T10:00:00.000Z',
    total: { amount: 3300, currency: 'USD' },
    lines: [
      {
        lineNo: 1,
        productId: 'p-1',
        sku: 'TEA-1',
        name: 'Green <b>tea</b> & co',
        quantity: 2,
        unitPrice: { amount: 1650, currency: 'USD' },
        lineTotal: { amount: 3300, currency: 'USD' },
      },
    ],
    ...overrides,
  },
});

describe('order emails', () => {
  it('confirms an order with its lines and total, the product names escaped in HTML and verbatim in text', () => {
    const email = orderEmail(anEvent(), { to: 'ada@example.com', name: 'Ada' });

    expect(email.to).toBe('ada@example.com');
    expect(email.subject).toBe('Your order ORD12345 is placed');
    expect(email.text).toContain('Hello Ada,');
    expect(email.text).toContain('2 × Green <b>tea</b> & co (TEA-1): $33.00');
    expect(email.text).toContain('Total: $33.00');
    expect(email.html).toContain('Green &lt;b&gt;tea&lt;&#x2F;b&gt; &amp; co');
    expect(email.html).not.toContain('<b>tea</b>');
  });

  it('announces a cancellation, and greets a customer without a name', () => {
    const email = orderEmail(anEvent({}, 'ORDER_CANCELLED'), { to: 'ada@example.com' });

    expect(email.subject).toBe('Your order ORD12345 is cancelled');
    expect(email.text.startsWith('Hello,')).toBe(true);
    expect(email.text).toContain('you will not be charged $33.00');
  });

  it('names a line’s option values after its product, in both parts and both emails', () => {
    const line = {
      lineNo: 1,
      productId: 'p-2',
      variantId: 'v-2',
      sku: 'PRESS-3-BLK',
      name: 'French Press',
      quantity: 1,
      unitPrice: { amount: 2600, currency: 'USD' },
      lineTotal: { amount: 2600, currency: 'USD' },
      selectedOptions: [
        { name: 'Size', value: '3-cup' },
        { name: 'Colour', value: 'Black' },
      ],
    };

    const placed = orderEmail(anEvent({ lines: [line] }), { to: 'ada@example.com' });
    const cancelled = orderEmail(anEvent({ lines: [line] }, 'ORDER_CANCELLED'), { to: 'ada@example.com' });

    expect(placed.text).toContain('1 × French Press, 3-cup / Black (PRESS-3-BLK): $26.00');
    expect(placed.html).toContain('French Press, 3-cup &#x2F; Black <small>(PRESS-3-BLK)</small>');
    expect(cancelled.text).toContain('1 × French Press, 3-cup / Black (PRESS-3-BLK)');
    expect(orderEmail(anEvent(), { to: 'ada@example.com' }).text).toContain('2 × Green <b>tea</b> & co (TEA-1)');
  });
});
