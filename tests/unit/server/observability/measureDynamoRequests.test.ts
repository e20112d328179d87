import { addCapacity } from '../../../../server/observability/measureDynamoRequests';

describe('addCapacity', () => {
  const units = () => ({ readUnits: 0, writeUnits: 0 });

  it("adds a single command's units as the command's kind", () => {
    // Prepare
    const record = units();

    // Act
    addCapacity(record, 'read', { CapacityUnits: 0.5 });
    addCapacity(record, 'write', { CapacityUnits: 1 });

    // Assess
    expect(record).toEqual({ readUnits: 0.5, writeUnits: 1 });
  });

  it('adds every table of a batch or transaction', () => {
    // Prepare
    const record = units();

    // Act
    addCapacity(record, 'write', [{ CapacityUnits: 4 }, { CapacityUnits: 2 }]);

    // Assess
    expect(record).toEqual({ readUnits: 0, writeUnits: 6 });
  });

  it('follows DynamoDB where it splits the units into reads and writes (a transaction with condition checks)', () => {
    // Prepare
    const record = units();

    // Act
    addCapacity(record, 'write', [{ CapacityUnits: 5, ReadCapacityUnits: 1, WriteCapacityUnits: 4 }]);

    // Assess
    expect(record).toEqual({ readUnits: 1, writeUnits: 4 });
  });

  it('adds nothing when nothing is reported', () => {
    // Prepare
    const record = units();

    // Act
    addCapacity(record, 'read', undefined);

    // Assess
    expect(record).toEqual({ readUnits: 0, writeUnits: 0 });
  });
});
