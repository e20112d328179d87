import { askForCapacity, operationOf, unitsOf } from '../../../bench/lib/consumedCapacity';

describe('askForCapacity', () => {
  it('adds ReturnConsumedCapacity TOTAL to an operation that takes it', () => {
    expect(JSON.parse(askForCapacity('Query', '{"TableName":"t"}'))).toEqual({ TableName: 't', ReturnConsumedCapacity: 'TOTAL' });
  });

  it('leaves a request that asks already, and an operation that takes none', () => {
    expect(askForCapacity('GetItem', '{"ReturnConsumedCapacity":"INDEXES"}')).toBe('{"ReturnConsumedCapacity":"INDEXES"}');
    expect(askForCapacity('DescribeTable', '{"TableName":"t"}')).toBe('{"TableName":"t"}');
  });
});

describe('unitsOf', () => {
  it('counts CapacityUnits as reads for a read and as writes for a write', () => {
    expect(unitsOf('Query', { ConsumedCapacity: { CapacityUnits: 0.5 } })).toEqual({ read: 0.5, write: 0 });
    expect(unitsOf('PutItem', { ConsumedCapacity: { CapacityUnits: 1 } })).toEqual({ read: 0, write: 1 });
  });

  it('adds the entries of a batch or transaction, by their read and write figures where given', () => {
    // Prepare
    const answer = {
      ConsumedCapacity: [
        { CapacityUnits: 4, ReadCapacityUnits: 1, WriteCapacityUnits: 3 },
        { CapacityUnits: 2, WriteCapacityUnits: 2 },
      ],
    };

    // Act
    const units = unitsOf('TransactWriteItems', answer);

    // Assess
    expect(units).toEqual({ read: 1, write: 5 });
  });

  it('counts nothing for an answer without ConsumedCapacity', () => {
    expect(unitsOf('GetItem', {})).toEqual({ read: 0, write: 0 });
  });
});

describe('operationOf', () => {
  it('takes the operation from X-Amz-Target', () => {
    expect(operationOf('DynamoDB_20120810.BatchGetItem')).toBe('BatchGetItem');
  });
});
