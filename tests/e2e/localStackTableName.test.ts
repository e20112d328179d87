import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoClient } from '../../data/client';
import { createDb, type Db } from '../../data/db';
import { listCategories } from '../../data/categories';
import { placeOrder } from '../../domain/orders/placeOrder';
import { runningLocalStack } from '../../local/dataDir';
import { startLocalStack, type LocalStack } from '../../local/startLocalStack';
import { readOutbox } from '../../notifier/localOutbox';
import type { OrderEventV1 } from '../../notifier/orderEvent';
import { aCategory, aProduct } from '../factories/catalog';
import { sharedDynamoDb } from '../helpers/sharedDynamoDb';
import { createTestTable, type TestTable } from '../helpers/testTable';

/**
 * A local stack given a table name, next to another table on the same DynamoDB Local (`npm start`
 * with DYNAMODB_TABLE: tests/e2e/npmStartSettings.test.ts).
 */
describe('a local stack on a table of its own (tableName)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-table-name-'));
  const { dynamoDbEndpoint, tableName } = sharedDynamoDb('named');
  let stack: LocalStack;
  let own: Db;
  let neighbour: TestTable;

  beforeAll(async () => {
    neighbour = await createTestTable({ endpoint: dynamoDbEndpoint });
    stack = await startLocalStack({ port: 0, dataDir, dynamoDbEndpoint, tableName });
    own = createDb({ client: createDynamoClient({ region: 'us-east-1', endpoint: dynamoDbEndpoint }), tableName });
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** An order of one unit of a new product, written straight to `db`'s table. */
  const anOrder = async (db: Db, customerId: string) => {
    const category = await aCategory(db);
    const product = await aProduct(db, category.categoryId);
    return placeOrder(db, { customerId, idempotencyKey: `key-${customerId}`, items: [{ productId: product.productId, quantity: 1 }] });
  };

  it('seeds that table, serves it, and names it in its running-stack file', async () => {
    const answer = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ categories { slug } }' }),
    });
    const { data } = (await answer.json()) as { data: { categories: Array<{ slug: string }> } };

    expect(stack.tableName).toBe(tableName);
    expect(runningLocalStack(dataDir)?.tableName).toBe(tableName);
    expect((await listCategories(own)).map((category) => category.slug).sort()).toEqual(['brewing-gear', 'coffee', 'tea']);
    expect(data.categories.map((category) => category.slug).sort()).toEqual(['brewing-gear', 'coffee', 'tea']);
    expect(await listCategories(neighbour.db)).toEqual([]);
  });

  it('publishes the orders of its own table, and none written to another table on the same endpoint', async () => {
    const theirs = await anOrder(neighbour.db, 'neighbour-customer');
    const ours = await anOrder(own, 'own-customer');

    await stack.notifier.idle();
    const published = readOutbox(stack.notifier.outboxFile)
      .filter((line) => line.kind === 'message')
      .map((line) => (line.body as Partial<OrderEventV1>).order?.id);

    expect(published).toContain(ours.order.orderId);
    expect(published).not.toContain(theirs.order.orderId);
  });
});
