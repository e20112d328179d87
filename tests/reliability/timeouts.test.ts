import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { DYNAMODB_LIMITS, createDynamoClient } from '../../data/client';
import { stages } from '../../infra/stages';
import { RequestLogger } from '../../server/RequestLogger';
import { createLambdaHandler } from '../../server/createLambdaHandler';
import { createMetrics } from '../../runtime/createMetrics';
import { defaultRuntimeSettings } from '../../runtime/settings/runtimeSettings';
import { fixedSettings } from '../helpers/fixedSettings';
import { graphqlEvent, lambdaContext } from '../helpers/apiGatewayEvent';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';

const API_GATEWAY_TIMEOUT_MS = 29_000;
/** The SDK's largest total backoff over `retries` retries: full jitter of base × 2^n (100 ms for timeouts, 500 ms for throttling). */
const maxBackoffMs = (retries: number, baseMs: number) => Array.from({ length: retries }, (_, n) => baseMs * 2 ** n).reduce((sum, ms) => sum + ms, 0);

describe('bounded DynamoDB timeouts and attempts', () => {
  let h: Harness;
  let blackhole: Server;
  const sockets: Socket[] = [];
  /** The connections the blackhole accepted and never answered: the faults it injected. */
  const held: Socket[] = [];

  beforeAll(async () => {
    h = await createHarness();
    // accepts connections and never answers: a hung DynamoDB endpoint
    blackhole = createServer((socket) => {
      held.push(socket);
      sockets.push(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    recordSuiteCounts('reliability', { faults: held.length, requests: 1 });
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => blackhole.close(resolve));
  });

  it('bounds one DynamoDB call below every stage’s Lambda timeout, and that below API Gateway’s 29 s', () => {
    const { maxAttempts, connectionTimeoutMs, requestTimeoutMs } = DYNAMODB_LIMITS;
    // a hung endpoint: every attempt times out (connecting slowly, then waiting for the answer)
    const hung = maxAttempts * (connectionTimeoutMs + requestTimeoutMs) + maxBackoffMs(maxAttempts - 1, 100);
    // throttling: answers come at once, the backoff is longer
    const throttled = maxAttempts * 100 + maxBackoffMs(maxAttempts - 1, 500);

    console.log(`worst case of one DynamoDB call: ${hung} ms hung, ${throttled} ms throttled`);
    for (const stage of Object.values(stages)) {
      expect(Math.max(hung, throttled)).toBeLessThan(stage.timeoutSeconds * 1000);
      expect(stage.timeoutSeconds * 1000).toBeLessThan(API_GATEWAY_TIMEOUT_MS);
    }
  });

  it('fails a request to a DynamoDB that never answers with SERVICE_UNAVAILABLE once each attempt’s request timeout has fired', async () => {
    // Prepare: the production client (no test overrides) pointed at the blackhole, with each
    // attempt's outcome recorded below the SDK's retry layer
    const endpoint = `http://127.0.0.1:${(blackhole.address() as AddressInfo).port}`;
    const dynamoClient = createDynamoClient({ region: 'us-east-1', endpoint });
    const attempts: string[] = [];
    dynamoClient.middlewareStack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          attempts.push((error as Error).name);
          throw error;
        }
      },
      { step: 'deserialize', priority: 'low', name: 'testAttemptOutcomes' },
    );
    const handler = createLambdaHandler({
      config: { ...h.config, dynamoDbEndpoint: endpoint },
      dynamoClient,
      logger: new RequestLogger({ serviceName: 'storefront-api-test', logLevel: 'CRITICAL' }),
      metrics: createMetrics({ serviceName: 'storefront-api-test', stage: 'test' }),
      serviceName: 'storefront-api-test',
      settings: fixedSettings(defaultRuntimeSettings()),
    });

    // Act
    const result = (await handler(graphqlEvent({ query: '{ categories { id } }' }), lambdaContext())) as APIGatewayProxyResult;

    // Assess: the SDK made its bounded number of attempts, each on its own connection the endpoint
    // held, each ended by the request timeout, then the handler answered a clean retryable error
    const body = JSON.parse(result.body) as { errors: Array<{ extensions: { code: string } }> };
    console.log(`a hung DynamoDB: SERVICE_UNAVAILABLE after ${attempts.length} attempts ended by ${[...new Set(attempts)].join(', ')}`);
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(attempts).toEqual(Array.from({ length: DYNAMODB_LIMITS.maxAttempts }, () => 'TimeoutError'));
    expect(held.length).toBe(DYNAMODB_LIMITS.maxAttempts);
    expect(result.body).not.toMatch(/Timeout|127\.0\.0\.1/);
  });
});
