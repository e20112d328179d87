import { isExpiredHoldRecord, matchesFilter, orderEventTypeOf, passesOrderFilters } from '../../../runtime/orderStreamFilter';

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
    ['a checkout’s order paid', { eventName: 'MODIFY', dynamodb: { NewImage: order('PAID'), OldImage: order('PENDING_PAYMENT') } }, 'ORDER_PAID'],
    ['a checkout’s order inserted', { eventName: 'INSERT', dynamodb: { NewImage: order('PENDING_PAYMENT') } }, 'ORDER_PENDING_PAYMENT'],
    [
      'a delivered order refunded in part (its status unchanged)',
      { eventName: 'MODIFY', dynamodb: { NewImage: order('DELIVERED'), OldImage: order('DELIVERED') } },
      undefined,
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
    // the deployed filter is a superset of the events: an update into a later status passes (and is no event when the status did not move)
    const intoLaterStatus = record.eventName === 'MODIFY' && expected === undefined;
    expect(passesOrderFilters(record)).toBe(expected !== undefined || intoLaterStatus);
  });
});

describe('isExpiredHoldRecord (a hold marker the table’s TTL deleted: an abandoned checkout)', () => {
  const marker = { __edb_e__: { S: 'orderHold' }, orderId: { S: 'o1' }, expiresAt: { N: '1' } };
  const ttl = { type: 'Service', principalId: 'dynamodb.amazonaws.com' };

  it.each([
    ['deleted by TTL', { eventName: 'REMOVE', userIdentity: ttl, dynamodb: { OldImage: marker } }, true, true],
    ['removed by the order’s own change (paid or ended)', { eventName: 'REMOVE', dynamodb: { OldImage: marker } }, true, false],
    ['an order deleted by TTL', { eventName: 'REMOVE', userIdentity: ttl, dynamodb: { OldImage: { __edb_e__: { S: 'order' } } } }, false, false],
    ['a marker written', { eventName: 'INSERT', dynamodb: { NewImage: marker } }, false, false],
  ])('a marker %s: passes the filter %s, is an expired hold %s', (_name, record, passes, expired) => {
    expect(passesOrderFilters(record)).toBe(passes);
    expect(isExpiredHoldRecord(record)).toBe(expired);
    expect(orderEventTypeOf(record)).toBeUndefined();
  });
});
