import { matchesFilter, orderEventTypeOf, passesOrderFilters } from '../../../runtime/orderStreamFilter';

describe('matchesFilter (the subset of Lambda filter syntax the order filters use)', () => {
  const pattern = { eventName: ['MODIFY'], dynamodb: { NewImage: { status: { S: ['CANCELLED'] } } } };

  it('matches when every key of the pattern holds one of its values, whatever else the record has', () => {
    expect(matchesFilter({ eventName: 'MODIFY', dynamodb: { NewImage: { status: { S: 'CANCELLED' }, x: { N: '1' } } }, other: 1 }, pattern)).toBe(
      true,
    );
  });

  it.each([
    [{ eventName: 'INSERT', dynamodb: { NewImage: { status: { S: 'CANCELLED' } } } }],
    [{ eventName: 'MODIFY', dynamodb: { NewImage: { status: { S: 'PLACED' } } } }],
    [{ eventName: 'MODIFY', dynamodb: { NewImage: {} } }],
    [{ eventName: 'MODIFY' }],
  ])('does not match %j', (record) => {
    expect(matchesFilter(record, pattern)).toBe(false);
  });
});

describe('orderEventTypeOf (the one rule for the filter, the local poller and the notifier)', () => {
  const order = (status: string) => ({ __edb_e__: { S: 'order' }, status: { S: status }, orderId: { S: 'o1' } });

  it.each([
    ['an order insert', { eventName: 'INSERT', dynamodb: { NewImage: order('PLACED') } }, 'ORDER_PLACED'],
    [
      'an order going from PLACED to CANCELLED',
      { eventName: 'MODIFY', dynamodb: { NewImage: order('CANCELLED'), OldImage: order('PLACED') } },
      'ORDER_CANCELLED',
    ],
    [
      'an order updated while cancelled',
      { eventName: 'MODIFY', dynamodb: { NewImage: order('CANCELLED'), OldImage: order('CANCELLED') } },
      undefined,
    ],
    ['an order removed', { eventName: 'REMOVE', dynamodb: { OldImage: order('PLACED') } }, undefined],
    ['a product insert', { eventName: 'INSERT', dynamodb: { NewImage: { __edb_e__: { S: 'product' } } } }, undefined],
  ])('reads %s as %s', (_name, record, expected) => {
    expect(orderEventTypeOf(record)).toBe(expected);
    expect(passesOrderFilters(record)).toBe(expected !== undefined);
  });
});
