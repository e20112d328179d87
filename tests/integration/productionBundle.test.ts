import * as dgram from 'node:dgram';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { listCategories } from '../../data/categories';
import { lambdaEsbuildOptions } from '../../infra/bundle';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER, createSigningKey } from '../../local/localAuth';
import { seedDemoData } from '../../local/seed';
import { graphqlEvent } from '../helpers/apiGatewayEvent';
import { bundle } from '../helpers/bundleCache';
import { invokeBundle } from '../helpers/invokeBundle';
import { createTestTable, type TestTable } from '../helpers/testTable';

import { PROJECT_ROOT } from '../../infra/projectRoot';
const ORIGIN = 'https://shop.example.com';

interface Answer {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * The artifact CDK uploads (infra/bundle/), not the TypeScript sources the other
 * integration tests run: a bundling setting that breaks a code path (an alias, the dynamic-import
 * rewrite, a stubbed package) shows here.
 */
describe('the production bundle, loaded as the Lambda runtime loads it', () => {
  let dir: string;
  let table: TestTable;
  let inputs: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'production-bundle-'));
    const { metafile } = await bundle({ ...lambdaEsbuildOptions(PROJECT_ROOT, path.join(dir, 'index.js')), logLevel: 'silent' });
    inputs = Object.keys(metafile.inputs);
    table = await createTestTable();
    await seedDemoData(table.db);
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const invoke = (events: APIGatewayProxyEvent[], extraEnv: Record<string, string> = {}) =>
    invokeBundle<Answer>(path.join(dir, 'index.js'), events, {
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:storefront-api-test:test',
      env: {
        PATH: process.env.PATH,
        STAGE: 'test',
        TABLE_NAME: table.tableName,
        DYNAMODB_ENDPOINT: table.endpoint,
        CORS_ORIGINS: ORIGIN,
        INTROSPECTION: 'false',
        AUTH_ISSUER: LOCAL_ISSUER,
        AUTH_CLIENT_ID: LOCAL_CLIENT_ID,
        AUTH_JWKS: JSON.stringify(createSigningKey().jwks),
        CURSOR_SECRET: 'bundle-test-cursor-secret-0123456789abcdef',
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        POWERTOOLS_LOG_LEVEL: 'ERROR',
        ...extraEnv,
      },
    });

  it('carries the code that deploys and nothing of the dev kit (local/), the tests, the bench or the scripts', () => {
    const ours = inputs.filter((input) => !input.startsWith('node_modules/'));

    expect(ours).toEqual(expect.arrayContaining(['server/lambda.ts', 'core/errors.ts', 'data/orders.ts', 'resolvers/index.ts']));
    expect(ours.filter((input) => /^(local|tests|bench|scripts)\//.test(input))).toEqual([]);
  });

  it('answers queries from DynamoDB, and maps bad input and a bad token to their codes', async () => {
    // Prepare
    const expected = (await listCategories(table.db)).map((category) => category.slug);
    const headers = { Origin: ORIGIN };

    // Act
    const { answers, nodeModules } = await invoke([
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

  it("sends a DynamoDB subsegment for every call to the X-Ray daemon, under each invocation's trace, when the stage traces", async () => {
    // Prepare
    const daemon = dgram.createSocket('udp4');
    const documents: Array<{ name?: string; trace_id?: string; parent_id?: string; aws?: { operation?: string } }> = [];
    daemon.on('message', (message) => documents.push(JSON.parse(message.toString('utf8').split('\n')[1]!)));
    await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
    const roots = ['1-6560f0a0-0123456789abcdef01234567', '1-6560f0a1-89abcdef0123456789abcdef'];
    const query = graphqlEvent({ query: '{ categories { slug } }', headers: { Origin: ORIGIN } });

    try {
      // Act
      const { answers, stderr } = await invoke([query, query], {
        POWERTOOLS_TRACE_ENABLED: 'true',
        // what Lambda sets, and what Powertools Tracer and the X-Ray SDK look for
        AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
        LAMBDA_TASK_ROOT: dir,
        AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.address().port}`,
        TRACE_IDS: JSON.stringify(roots.map((root, index) => `Root=${root};Parent=${String(index + 1).padStart(16, '0')};Sampled=1`)),
      });
      // datagrams sent just before the process exited may still be on their way
      const deadline = Date.now() + 10_000;
      while (documents.filter((document) => document.name === 'DynamoDB').length < 3 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }

      // Assess
      expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
      const calls = documents.filter((document) => document.name === 'DynamoDB').map((document) => `${document.trace_id} ${document.aws?.operation}`);
      expect(calls).toEqual(expect.arrayContaining([`${roots[0]} GetItem`, `${roots[0]} Query`, `${roots[1]} Query`]));
      expect(documents.filter((document) => document.name === 'DynamoDB').every((document) => /^[0-9]{16}$/.test(document.parent_id ?? ''))).toBe(
        true,
      );
      expect(stderr).not.toMatch(/Failed to get the current sub\/segment/);
    } finally {
      daemon.close();
    }
  });
});
