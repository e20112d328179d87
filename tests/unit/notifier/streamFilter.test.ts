import { matchesFilter } from '../../../notifier/streamFilter';

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
