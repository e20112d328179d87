import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { DYNAMODB_LIMITS } from '../../data/client';
import { stages } from '../../infra/stages';
import { RequestLogger } from '../../server/RequestLogger';
import { createLambdaHandler } from '../../server/createLambdaHandler';
import { createMetrics } from '../../server/observability/createMetrics';
import { defaultRuntimeSettings, fixedSettings } from '../../server/settings/runtimeSettings';
import { graphqlEvent, lambdaContext } from '../helpers/apiGatewayEvent';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';

/** The app's own deadline for a request (reliability guide, §C): below the Lambda timeout. */
const APP_DEADLINE_MS = 8_000;
const API_GATEWAY_TIMEOUT_MS = 29_000;
/** The SDK's largest total backoff over `retries` retries: full jitter of base × 2^n (100 ms for timeouts, 500 ms for throttling). */
const maxBackoffMs = (retries: number, baseMs: number) => Array.from({ length: retries }, (_, n) => baseMs * 2 ** n).reduce((sum, ms) => sum + ms, 0);

describe('bounded DynamoDB timeouts and attempts', () => {
  let h: Harness;
  let blackhole: Server;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    h = await createHarness();
    // accepts connections and never answers: a hung DynamoDB endpoint
    blackhole = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
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

  it('fails a request to a DynamoDB that never answers with SERVICE_UNAVAILABLE, after the request timeouts, well inside the deadline', async () => {
    // Prepare: the production client (no test overrides) pointed at the blackhole
    const endpoint = `http://127.0.0.1:${(blackhole.address() as AddressInfo).port}`;
    const handler = createLambdaHandler({
      config: { ...h.config, dynamoDbEndpoint: endpoint },
      logger: new RequestLogger({ serviceName: 'storefront-api-test', logLevel: 'CRITICAL' }),
      metrics: createMetrics({ serviceName: 'storefront-api-test', stage: 'test' }),
      serviceName: 'storefront-api-test',
      settings: fixedSettings(defaultRuntimeSettings()),
    });
    const started = Date.now();

    // Act
    const result = (await handler(graphqlEvent({ query: '{ categories { id } }' }), lambdaContext())) as APIGatewayProxyResult;

    // Assess
    const elapsed = Date.now() - started;
    const body = JSON.parse(result.body) as { errors: Array<{ extensions: { code: string } }> };
    console.log(
      `a hung DynamoDB: SERVICE_UNAVAILABLE after ${elapsed} ms (${DYNAMODB_LIMITS.maxAttempts} attempts of ${DYNAMODB_LIMITS.requestTimeoutMs} ms)`,
    );
    recordSuiteCounts('reliability', { faults: DYNAMODB_LIMITS.maxAttempts, requests: 1, violations: elapsed < APP_DEADLINE_MS ? 0 : 1 });
    expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(sockets.length).toBe(DYNAMODB_LIMITS.maxAttempts);
    expect(elapsed).toBeGreaterThanOrEqual(DYNAMODB_LIMITS.maxAttempts * DYNAMODB_LIMITS.requestTimeoutMs);
    expect(elapsed).toBeLessThan(APP_DEADLINE_MS);
  });
});
