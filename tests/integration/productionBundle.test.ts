import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { build } from 'esbuild';
import { listCategories } from '../../data/categories';
import { lambdaEsbuildOptions } from '../../infra/lambdaBundling';
import { LOCAL_ISSUER, createSigningKey } from '../../server/local/localAuth';
import { seedDemoData } from '../../server/local/seed';
import { graphqlEvent } from '../helpers/apiGatewayEvent';
import { createTestTable, type TestTable } from '../helpers/testTable';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const ORIGIN = 'https://shop.example.com';

/**
 * Loads the bundle in a fresh Node as the Lambda runtime does (`require`, then `handler`), sends
 * the events one after the other through the alias `test`, and prints the answers as one JSON line,
 * with the Node modules the process loaded.
 */
const INVOKE = `
const [bundle, eventsJson] = process.argv.slice(1);
const { handler } = require(bundle);
const context = {
  awsRequestId: 'bundle-test', callbackWaitsForEmptyEventLoop: true, functionName: 'storefront-api-test', functionVersion: '1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:storefront-api-test:test', memoryLimitInMB: '1024',
  logGroupName: '/aws/lambda/storefront-api-test', logStreamName: 'test', getRemainingTimeInMillis: () => 15000,
};
(async () => {
  const answers = [];
  for (const event of JSON.parse(eventsJson)) answers.push(await handler(event, context));
  process.stdout.write('ANSWERS ' + JSON.stringify({ answers, nodeModules: process.moduleLoadList }) + '\\n');
})();
`;

interface Invocation {
  readonly answers: Answer[];
  readonly nodeModules: string[];
}

interface Answer {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * The artifact CDK uploads (infra/lambdaBundling.ts), not the TypeScript sources the other
 * integration tests run: a bundling setting that breaks a code path (an alias, the dynamic-import
 * rewrite, a stubbed package) shows here.
 */
describe('the production bundle, loaded as the Lambda runtime loads it', () => {
  let dir: string;
  let table: TestTable;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'production-bundle-'));
    await build({ ...lambdaEsbuildOptions(PROJECT_ROOT, path.join(dir, 'index.js')), logLevel: 'silent' });
    table = await createTestTable();
    await seedDemoData(table.db);
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function invoke(events: APIGatewayProxyEvent[]): Invocation {
    const run = spawnSync(process.execPath, ['-e', INVOKE, path.join(dir, 'index.js'), JSON.stringify(events)], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        STAGE: 'test',
        TABLE_NAME: table.tableName,
        DYNAMODB_ENDPOINT: table.endpoint,
        CORS_ORIGINS: ORIGIN,
        INTROSPECTION: 'false',
        AUTH_ISSUER: LOCAL_ISSUER,
        AUTH_JWKS: JSON.stringify(createSigningKey().jwks),
        CURSOR_SECRET: 'bundle-test-cursor-secret-0123456789abcdef',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        POWERTOOLS_LOG_LEVEL: 'ERROR',
      },
    });
    const line = run.stdout.split('\n').find((candidate) => candidate.startsWith('ANSWERS '));
    if (!line) throw new Error(`the bundle did not answer (exit ${run.status}): ${run.stderr.slice(-2_000)}`);
    return JSON.parse(line.slice('ANSWERS '.length));
  }

  it('answers queries from DynamoDB, and maps bad input and a bad token to their codes', async () => {
    // Prepare
    const expected = (await listCategories(table.db)).map((category) => category.slug);
    const headers = { Origin: ORIGIN };

    // Act
    const { answers, nodeModules } = invoke([
      graphqlEvent({ query: '{ categories { slug } }', headers }),
      graphqlEvent({ query: '{ categories { slug ', headers }),
      graphqlEvent({ query: '{ categories { slug } }', token: 'not-a-token', headers }),
    ]);
    const [categories, parseFailure, badToken] = answers;

    // Assess
    expect(expected.length).toBeGreaterThan(0);
    expect(categories!.statusCode).toBe(200);
    expect(JSON.parse(categories!.body)).toEqual({ data: { categories: expected.map((slug) => ({ slug })) } });
    expect(categories!.headers).toMatchObject({ 'access-control-allow-origin': ORIGIN, 'cache-control': 'no-store' });
    expect(parseFailure!.statusCode).toBe(400);
    expect(JSON.parse(parseFailure!.body).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(badToken!.statusCode).toBe(401);
    expect(JSON.parse(badToken!.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // DynamoDB's answers were read as Node streams (data/collectNodeStream.ts): Node's web streams,
    // which the SDK's own collector loads to check for them, were never needed.
    expect(nodeModules).toContain('NativeModule http');
    expect(nodeModules.filter((name) => name.endsWith('webstreams/readablestream'))).toEqual([]);
  });
});
