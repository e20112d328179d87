import { lambdaContext } from '../helpers/apiGatewayEvent';
import { createHarness, type Harness } from '../helpers/handlerHarness';

type Line = Record<string, any>;

describe('logs and metrics', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness({ logLevel: 'INFO' });
  });

  beforeEach(() => {
    h.logs.length = 0;
  });

  const lines = () => h.logs.map((line) => JSON.parse(line) as Line);
  const emf = () => lines().filter((line) => line._aws);

  it('writes one structured INFO line per request with request id, alias, stage, cold start, operation, duration and DynamoDB requests', async () => {
    const token = h.token({ sub: 'reader' });

    const response = await h.gql({ query: 'query Shelf { categories { id } me { id } }', operationName: 'Shelf', token });

    const requestLines = lines().filter((line) => line.message === 'GraphQL request');
    expect(response.statusCode).toBe(200);
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      level: 'INFO',
      service: 'storefront-api-test',
      alias: 'test',
      stage: 'test',
      cold_start: expect.any(Boolean),
      operationName: 'Shelf',
      operation: 'categories',
      operationType: 'query',
      status: 200,
      dynamoRequests: 2,
      errorCodes: [],
      requestId: expect.any(String),
      durationMs: expect.any(Number),
    });
    expect(h.logs.join('\n')).not.toContain(token);
  });

  it('emits EMF metrics per operation: requests, latency, DynamoDB requests, and errors per code', async () => {
    await h.gql({ query: 'mutation { restockProduct(id: "x", quantity: 1) { stock } }' });

    const metrics = emf();
    const request = metrics.find((line) => line.Requests !== undefined)!;
    expect(request._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'Storefront',
      Dimensions: [expect.arrayContaining(['service', 'stage', 'operation'])],
      Metrics: expect.arrayContaining([
        { Name: 'Requests', Unit: 'Count' },
        { Name: 'Latency', Unit: 'Milliseconds' },
        { Name: 'DynamoDBRequests', Unit: 'Count' },
      ]),
    });
    expect(request).toMatchObject({ operation: 'restockProduct', stage: 'test', Requests: 1, DynamoDBRequests: 0 });
    const errors = metrics.find((line) => line.Errors !== undefined)!;
    expect(errors).toMatchObject({ errorCode: 'UNAUTHENTICATED', Errors: 1 });
  });

  it('counts warm-up pings and cold starts', async () => {
    const fresh = await createHarness({ logLevel: 'INFO' });
    fresh.logs.length = 0;

    await fresh.handler({ warmer: true }, lambdaContext());

    const metrics = fresh.logs.map((line) => JSON.parse(line) as Line).filter((line) => line._aws);
    expect(metrics.find((line) => line.ColdStart !== undefined)).toMatchObject({ ColdStart: 1 });
    expect(metrics.find((line) => line.WarmUpPings !== undefined)).toMatchObject({ WarmUpPings: 1 });
    expect(fresh.calls).toEqual([]);
  });
});
