import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { currentRequest, type RequestRecord } from './requestScope';

/** The commands that can report the capacity they consumed, by the kind of unit they consume. */
const READS: ReadonlySet<string> = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);
const WRITES: ReadonlySet<string> = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);

/** One entry of DynamoDB's `ConsumedCapacity` (an object, or an array of them for batches and transactions: one per table). */
interface Capacity {
  readonly CapacityUnits?: number;
  readonly ReadCapacityUnits?: number;
  readonly WriteCapacityUnits?: number;
}

const NAME = 'storefrontRequestMeasure';

/**
 * Counts every DynamoDB request against the request being served, and adds up the capacity units
 * DynamoDB says it consumed: every command that can report them is sent with
 * `ReturnConsumedCapacity: 'TOTAL'` (unless it asks for `INDEXES` itself), whatever the access
 * pattern, so no access pattern has to. A failed call (a cancelled transaction, a failed
 * condition) adds what its error reports, when it reports any. Outside a request (init, settings
 * reads) nothing is asked for or counted. Runs before the retry layer: a request counts once, with
 * the capacity of the attempt that answered. Adding it twice adds it once.
 */
export function measureDynamoRequests(client: Pick<DynamoDBDocumentClient, 'middlewareStack'>): void {
  if (client.middlewareStack.identify().some((entry) => entry.startsWith(NAME))) return;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const record = currentRequest();
      if (!record) return next(args);
      record.dynamoRequests++;
      const command = String(context.commandName);
      const kind = READS.has(command) ? 'read' : WRITES.has(command) ? 'write' : undefined;
      if (!kind) return next(args);
      const input = args.input as { ReturnConsumedCapacity?: string };
      if (input.ReturnConsumedCapacity !== 'INDEXES') input.ReturnConsumedCapacity = 'TOTAL';
      try {
        const result = await next(args);
        addCapacity(record, kind, (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity);
        return result;
      } catch (error) {
        addCapacity(record, kind, (error as { ConsumedCapacity?: Capacity | Capacity[] } | null)?.ConsumedCapacity);
        throw error;
      }
    },
    { step: 'initialize', name: NAME },
  );
}

/**
 * Adds reported capacity to the request's units. Where DynamoDB splits the units into read and
 * write ones it is followed; otherwise the command's kind says which they are.
 */
export function addCapacity(
  record: Pick<RequestRecord, 'readUnits' | 'writeUnits'>,
  kind: 'read' | 'write',
  reported: Capacity | Capacity[] | undefined,
): void {
  if (!reported) return;
  for (const entry of Array.isArray(reported) ? reported : [reported]) {
    const { CapacityUnits: total = 0, ReadCapacityUnits: read, WriteCapacityUnits: write } = entry;
    if (read === undefined && write === undefined) {
      if (kind === 'read') record.readUnits += total;
      else record.writeUnits += total;
    } else {
      record.readUnits += read ?? 0;
      record.writeUnits += write ?? 0;
    }
  }
}
