/** DynamoDB operations that take `ReturnConsumedCapacity` (the rest, such as DescribeTable, do not). */
const CAPACITY_OPERATIONS = new Set([
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactGetItems',
  'TransactWriteItems',
]);
const WRITE_OPERATIONS = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

export interface Units {
  readonly read: number;
  readonly write: number;
}

/** The operation named by a request's `X-Amz-Target` (`DynamoDB_20120810.Query` → `Query`). */
export const operationOf = (target: string | undefined): string =>
  String(target ?? 'unknown')
    .split('.')
    .pop()!;

/**
 * The request body with `ReturnConsumedCapacity: TOTAL` added (left as it is when the request
 * already asks for it or the operation takes none), so the answer says what the request consumed.
 */
export function askForCapacity(operation: string, body: string): string {
  if (!CAPACITY_OPERATIONS.has(operation)) return body;
  const request = JSON.parse(body) as Record<string, unknown>;
  if (request.ReturnConsumedCapacity && request.ReturnConsumedCapacity !== 'NONE') return body;
  return JSON.stringify({ ...request, ReturnConsumedCapacity: 'TOTAL' });
}

interface ConsumedCapacity {
  readonly CapacityUnits?: number;
  readonly ReadCapacityUnits?: number;
  readonly WriteCapacityUnits?: number;
}

/**
 * Read and write units an answer reports (`ConsumedCapacity`, one object or one per table): its
 * read and write figures where it has them, else `CapacityUnits`, counted as writes for the write
 * operations and as reads for the others.
 */
export function unitsOf(operation: string, answer: { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }): Units {
  const entries = answer.ConsumedCapacity === undefined ? [] : [answer.ConsumedCapacity].flat();
  let read = 0;
  let write = 0;
  for (const entry of entries) {
    if (entry.ReadCapacityUnits !== undefined || entry.WriteCapacityUnits !== undefined) {
      read += entry.ReadCapacityUnits ?? 0;
      write += entry.WriteCapacityUnits ?? 0;
    } else if (WRITE_OPERATIONS.has(operation)) write += entry.CapacityUnits ?? 0;
    else read += entry.CapacityUnits ?? 0;
  }
  return { read, write };
}
