import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { putCustomer } from '../../data/customers';
import { placeOrder } from '../../domain/orders/placeOrder';
import { lambdaEsbuildOptions } from '../../infra/bundle';
import { PROJECT_ROOT } from '../../infra/projectRoot';
import { startStreamPoller } from '../../local/streamPoller';
import { passesOrderFilters } from '../../runtime/orderStreamFilter';
import { aCategory, aProduct } from '../factories/catalog';
import { createTestTable, type TestTable } from '../helpers/testTable';
import { readOutbox } from '../../notifier/localOutbox';
import { bundle } from '../helpers/bundleCache';
import { invokeBundle } from '../helpers/invokeBundle';

/** The notifier's artifact, built with the API's bundle settings (infra/bundle/), run on real stream records. */
describe('the notifier bundle, loaded as the Lambda runtime loads it', () => {
  let dir: string;
  let table: TestTable;
  let inputs: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notifier-bundle-'));
    const { metafile } = await bundle({
      ...lambdaEsbuildOptions(PROJECT_ROOT, path.join(dir, 'index.js')),
      entryPoints: [path.join(PROJECT_ROOT, 'notifier', 'lambda.ts')],
      logLevel: 'silent',
    });
    inputs = Object.keys(metafile.inputs);
    table = await createTestTable({ stream: true });
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('carries the notifier and nothing of the API server, the dev kit or the tests', () => {
    const ours = inputs.filter((input) => !input.startsWith('node_modules/'));

    expect(ours).toEqual(expect.arrayContaining(['notifier/lambda.ts', 'notifier/notifyOrderChange.ts', 'data/orders.ts']));
    expect(ours.filter((input) => /^(local|tests|bench|scripts|resolvers|generated)\//.test(input))).toEqual([]);
    expect(inputs.filter((input) => input.includes('@apollo/server'))).toEqual([]);
  });

  it('turns an order placed into an event and an email, and runs the low-stock report', async () => {
    // Prepare: real records from the table's stream
    const events: DynamoDBStreamEvent[] = [];
    const poller = await startStreamPoller({
      endpoint: table.endpoint,
      tableName: table.tableName,
      filter: passesOrderFilters,
      handler: async (event) => void events.push(event),
    });
    const category = await aCategory(table.db);
    const product = await aProduct(table.db, category.categoryId, { stock: 3 });
    await putCustomer(table.db, { customerId: 'bundle-customer', email: 'bundle@example.com', createdAt: new Date().toISOString() });
    const { order } = await placeOrder(table.db, {
      customerId: 'bundle-customer',
      idempotencyKey: 'bundle-1',
      items: [{ productId: product.productId, quantity: 1 }],
    });
    await poller.idle();
    await poller.stop();
    const outbox = path.join(dir, 'outbox.jsonl');

    // Act
    const { answers } = await invokeBundle<Record<string, unknown>>(path.join(dir, 'index.js'), [...events, { job: 'low-stock' }], {
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:storefront-notifier-test:test',
      env: {
        PATH: process.env.PATH,
        STAGE: 'test',
        TABLE_NAME: table.tableName,
        DYNAMODB_ENDPOINT: table.endpoint,
        NOTIFIER_OUTBOX: outbox,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        POWERTOOLS_LOG_LEVEL: 'ERROR',
      },
    });
    const lines = readOutbox(outbox).map((line) => ({ ...line }) as Record<string, unknown>);

    // Assess
    expect(events).toHaveLength(1);
    expect(answers[0]).toEqual({ batchItemFailures: [] });
    expect(answers[1]).toMatchObject({ reportType: 'LOW_STOCK', products: [{ sku: product.sku, stock: 2 }] });
    expect(lines.map((line) => [line.kind, line.topic ?? line.to])).toEqual([
      ['message', 'orders'],
      ['email', 'bundle@example.com'],
      ['message', 'admin'],
    ]);
    expect(lines[0]!.attributes).toEqual({
      eventType: 'ORDER_PLACED',
      orderId: order.orderId,
      customerId: 'bundle-customer',
      stage: 'test',
    });
  });
});
