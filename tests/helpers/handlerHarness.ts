import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createDynamoClient } from '../../data/client';
import type { Config } from '../../runtime/env/apiEnvironment';
import { createLambdaHandler, type StorefrontHandler } from '../../server/createLambdaHandler';
import { createMetrics } from '../../runtime/createMetrics';
import type { StageCacheFlusher } from '../../server/stageCacheFlusher';
import type { MediaServices } from '../../domain/media/mediaServices';
import type { PaymentProvider } from '../../domain/payments/paymentProvider';
import { RequestLogger } from '../../server/RequestLogger';
import { defaultRuntimeSettings, type RuntimeSettingsStore } from '../../runtime/settings/runtimeSettings';
import { fixedSettings } from './fixedSettings';
import {
  LOCAL_CLIENT_ID,
  LOCAL_ISSUER,
  createSigningKey,
  loadOrCreateSigningKey,
  signToken,
  type LocalSigningKey,
  type TokenClaims,
} from '../../local/localAuth';
import { workerRunFile } from './workerRunFile';
import { graphqlEvent, lambdaContext, type GraphqlRequest } from './apiGatewayEvent';
import { LOCAL_REQUEST_TIMEOUT_MS, createTestTable, type TestTable } from './testTable';

export const TEST_ORIGIN = 'https://shop.example.com';
/** The harness handler's cursor secret, so tests can mint cursors (expired ones, say) it accepts. */
export const TEST_CURSOR_SECRET = 'test-cursor-secret-0123456789abcdefghijkl';

export interface GraphqlResponse<T = Record<string, unknown>> {
  readonly statusCode: number;
  readonly headers: Record<string, unknown>;
  readonly body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

export interface Harness extends TestTable {
  readonly handler: StorefrontHandler;
  token(claims: TokenClaims): string;
  /** Sends a GraphQL request through the real Lambda handler as an API Gateway REST proxy event. */
  gql<T = Record<string, unknown>>(request: GraphqlRequest): Promise<GraphqlResponse<T>>;
  /** Sends any API Gateway event (a hand-made body or headers); the body is parsed when it is JSON. */
  send<T = Record<string, unknown>>(event: APIGatewayProxyEvent): Promise<GraphqlResponse<T>>;
  /** Messages the handler's logger wrote (JSON lines). */
  readonly logs: string[];
  readonly config: Config;
  /** The handler's DynamoDB client (to inject faults below its retry layer, see faultInjection.ts). */
  readonly client: DynamoDBDocumentClient;
}

/** The production Lambda handler on a fresh DynamoDB Local table, with a local token issuer. */
export interface HarnessOptions {
  /** Read runtime settings from the alias's settings item (as deployed) instead of fixed defaults. */
  readonly aliasSettings?: boolean;
  /** Runtime settings to serve instead (one that a test changes between requests, say). */
  readonly settings?: RuntimeSettingsStore;
  /**
   * The handler's DynamoDB client with the production timeouts (DYNAMODB_LIMITS) instead of the
   * generous local ones (see LOCAL_REQUEST_TIMEOUT_MS): for tests of how fast requests fail.
   */
  readonly productionTimeouts?: boolean;
  /** A DynamoDB Local of the test's own instead of the project's. */
  readonly endpoint?: string;
  /** Give the table its stream, for a test that reads it (see createTestTable). */
  readonly stream?: boolean;
  /** What flushes the stage cache after catalog writes (with `stageCache: true` in the config). */
  readonly cacheFlusher?: StageCacheFlusher;
  /** The media bucket and the check of uploads (with `media` in the config): the media function's code, in-process. */
  readonly mediaServices?: MediaServices;
  /** The payment provider the checkout uses (a local provider whose deliveries the test routes). */
  readonly paymentProvider?: () => Promise<PaymentProvider>;
  /** The clock of the order rules (holds and their expiry). */
  readonly now?: () => Date;
}

/**
 * The key the harness's token issuer signs with: one per Jest worker for the whole run, kept in the
 * run's folder (generating an RSA key takes 100 to 300 ms of CPU, and most test files make a
 * harness); a fresh one outside a Jest run's setup. Each harness still has a table of its own.
 */
function harnessSigningKey(): LocalSigningKey {
  const file = workerRunFile('harness-signing-key.json');
  return file ? loadOrCreateSigningKey(file) : createSigningKey();
}

export async function createHarness(overrides: Partial<Config> = {}, options: HarnessOptions = {}): Promise<Harness> {
  const table = await createTestTable({ endpoint: options.endpoint, stream: options.stream });
  const signingKey = harnessSigningKey();
  const config: Config = {
    stage: 'test',
    region: 'us-east-1',
    tableName: table.tableName,
    dynamoDbEndpoint: table.endpoint,
    corsOrigins: [TEST_ORIGIN],
    introspection: true,
    trustedDocuments: 'allow',
    auth: { kind: 'local', issuer: LOCAL_ISSUER, clientId: LOCAL_CLIENT_ID, jwks: signingKey.jwks },
    cursorKey: { kind: 'static', secret: TEST_CURSOR_SECRET },
    stageCache: false,
    logLevel: 'DEBUG',
    tracing: false,
    costForEveryone: false,
    ...overrides,
  };
  const logs: string[] = [];
  const logger = new RequestLogger({ serviceName: 'storefront-api-test', logLevel: 'DEBUG' });
  captureLogs(logs);
  const dynamoClient = createDynamoClient({
    region: 'us-east-1',
    endpoint: table.endpoint,
    onRequest: (name) => table.calls.push(name),
    ...(options.productionTimeouts ? {} : { requestTimeoutMs: LOCAL_REQUEST_TIMEOUT_MS, connectionTimeoutMs: LOCAL_REQUEST_TIMEOUT_MS }),
  });
  const metrics = createMetrics({ serviceName: 'storefront-api-test', stage: config.stage });
  const settings = options.aliasSettings
    ? undefined
    : (options.settings ??
      fixedSettings(
        defaultRuntimeSettings({ introspection: config.introspection, logLevel: config.logLevel, trustedDocuments: config.trustedDocuments }),
      ));
  const handler = createLambdaHandler({
    config,
    dynamoClient,
    logger,
    metrics,
    serviceName: 'storefront-api-test',
    settings,
    cacheFlusher: options.cacheFlusher,
    mediaServices: options.mediaServices,
    paymentProvider: options.paymentProvider,
    now: options.now,
  });
  return {
    ...table,
    handler,
    logs,
    config,
    client: dynamoClient,
    token: (claims) => signToken(signingKey, claims),
    async gql<T>(request: GraphqlRequest) {
      const result = (await handler(graphqlEvent(request), lambdaContext())) as APIGatewayProxyResult;
      return { statusCode: result.statusCode, headers: result.headers ?? {}, body: JSON.parse(result.body) } as GraphqlResponse<T>;
    },
    async send<T>(event: APIGatewayProxyEvent) {
      const result = (await handler(event, lambdaContext())) as APIGatewayProxyResult;
      let body: unknown = result.body;
      try {
        body = JSON.parse(result.body);
      } catch {
        // not JSON (Apollo's CSRF refusal is plain text): keep the text
      }
      return { statusCode: result.statusCode, headers: result.headers ?? {}, body } as GraphqlResponse<T>;
    },
  };
}

const SERVICE_MARK = '"service":"storefront-api-test"';

const logSinks: string[][] = [];

/**
 * Keeps the test logger's JSON lines out of the test output and in `logs` (of every harness of
 * the test file). The streams are wrapped once: wrapping them again for each harness would
 * make each wrapper call the previous one, and any other output recurse.
 */
function captureLogs(logs: string[]): void {
  logSinks.push(logs);
  if (logSinks.length > 1) return;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      const text = String(chunk);
      if (text.includes(SERVICE_MARK)) {
        const lines = text.split('\n').filter(Boolean);
        for (const sink of logSinks) sink.push(...lines);
        return true;
      }
      return write(chunk, ...rest);
    }) as typeof stream.write);
  }
}
