import type { APIGatewayProxyResult } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { createDynamoClient } from '../../data/client';
import type { Config } from '../../server/config';
import { createLambdaHandler, type StorefrontHandler } from '../../server/createLambdaHandler';
import { createMetrics } from '../../server/observability/createMetrics';
import { defaultRuntimeSettings, fixedSettings } from '../../server/runtimeSettings';
import { LOCAL_ISSUER, createSigningKey, signToken, type TokenClaims } from '../../server/local/localAuth';
import { graphqlEvent, lambdaContext, type GraphqlRequest } from './apiGatewayEvent';
import { LOCAL_REQUEST_TIMEOUT_MS, createTestTable, type TestTable } from './testTable';

export const TEST_ORIGIN = 'https://shop.example.com';
/** The harness handler's cursor secret, so tests can mint cursors (expired ones, say) it accepts. */
export const TEST_CURSOR_SECRET = 'test-cursor-secret-0123456789abcdefghijkl';

export interface GraphqlResponse<T = Record<string, unknown>> {
  readonly statusCode: number;
  readonly headers: Record<string, unknown>;
  readonly body: { data?: T | null; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> };
}

export interface Harness extends TestTable {
  readonly handler: StorefrontHandler;
  token(claims: TokenClaims): string;
  /** Sends a GraphQL request through the real Lambda handler as an API Gateway REST proxy event. */
  gql<T = Record<string, unknown>>(request: GraphqlRequest): Promise<GraphqlResponse<T>>;
  /** Messages the handler's logger wrote (JSON lines). */
  readonly logs: string[];
}

/** The production Lambda handler on a fresh DynamoDB Local table, with a local token issuer. */
export interface HarnessOptions {
  /** Read runtime settings from the alias's config item (as deployed) instead of fixed defaults. */
  readonly runtimeConfig?: boolean;
}

export async function createHarness(overrides: Partial<Config> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const table = await createTestTable();
  const signingKey = createSigningKey();
  const config: Config = {
    stage: 'test',
    region: 'us-east-1',
    tableName: table.tableName,
    dynamoDbEndpoint: table.endpoint,
    corsOrigins: [TEST_ORIGIN],
    introspection: true,
    auth: { kind: 'local', issuer: LOCAL_ISSUER, jwks: signingKey.jwks },
    cursorSecret: TEST_CURSOR_SECRET,
    logLevel: 'DEBUG',
    tracing: false,
    ...overrides,
  };
  const logs: string[] = [];
  const logger = new Logger({ serviceName: 'storefront-api-test', logLevel: 'DEBUG' });
  captureLogs(logs);
  const dynamoClient = createDynamoClient({
    region: 'us-east-1',
    endpoint: table.endpoint,
    onRequest: (name) => table.calls.push(name),
    requestTimeoutMs: LOCAL_REQUEST_TIMEOUT_MS,
  });
  const metrics = createMetrics({ serviceName: 'storefront-api-test', stage: config.stage });
  const settings = options.runtimeConfig
    ? undefined
    : fixedSettings(defaultRuntimeSettings({ introspection: config.introspection, logLevel: config.logLevel }));
  const handler = createLambdaHandler({ config, dynamoClient, logger, metrics, settings });
  return {
    ...table,
    handler,
    logs,
    token: (claims) => signToken(signingKey, claims),
    async gql<T>(request: GraphqlRequest) {
      const result = (await handler(graphqlEvent(request), lambdaContext())) as APIGatewayProxyResult;
      return { statusCode: result.statusCode, headers: result.headers ?? {}, body: JSON.parse(result.body) } as GraphqlResponse<T>;
    },
  };
}

const SERVICE_MARK = '"service":"storefront-api-test"';

/** Keeps the test logger's JSON lines out of the test output and in `logs`. */
function captureLogs(logs: string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      const text = String(chunk);
      if (text.includes(SERVICE_MARK)) {
        logs.push(...text.split('\n').filter(Boolean));
        return true;
      }
      return write(chunk, ...rest);
    }) as typeof stream.write);
  }
}
