import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { orderEventOf } from '../../../notifier/orderEvent';
import orderEventSchema from '../../../schema/events/order-event.v1.json';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validOrderEvent = ajv.compile(orderEventSchema);

const order = {
  orderId: 'ord-1',
  customerId: 'c-1',
  status: 'PLACED' as const,
  totalAmount: 4600,
  currency: 'USD',
  cartHash: 'h',
  lineCount: 2,
  placedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
};
const line = { orderId: 'ord-1', productId: 'p-1', name: 'French Press', currency: 'USD', quantity: 1 };

describe('orderEventOf', () => {
  it('names each line’s variant and, for a variant with options, its option values, within version 1 of the schema', () => {
    // Prepare: a line placed before variants, and one of a variant with options
    const lines = [
      { ...line, lineNo: 1, sku: 'PRESS-8', unitAmount: 2000 },
      { ...line, lineNo: 2, variantId: 'v-2', sku: 'PRESS-3-BLK', unitAmount: 2600, selectedOptions: [{ name: 'Size', value: '3-cup' }] },
    ];

    // Act
    const event = orderEventOf({ eventType: 'ORDER_PLACED', stage: 'prod', detail: { order, lines } });

    // Assess
    expect(validOrderEvent(event) ? [] : validOrderEvent.errors).toEqual([]);
    expect(event.schemaVersion).toBe(1);
    expect(event.order.lines.map(({ variantId, sku, selectedOptions }) => ({ variantId, sku, selectedOptions }))).toEqual([
      { variantId: 'p-1', sku: 'PRESS-8', selectedOptions: undefined },
      { variantId: 'v-2', sku: 'PRESS-3-BLK', selectedOptions: [{ name: 'Size', value: '3-cup' }] },
    ]);
  });
});
