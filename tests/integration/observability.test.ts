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
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      service: 'storefront-api-test',
      function_name: expect.any(String),
      function_arn: expect.stringContaining(':function:'),
      function_request_id: expect.any(String),
      function_memory_size: expect.anything(),
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

  it('emits EMF metrics per operation on the request line itself: requests, latency, DynamoDB requests; errors per code', async () => {
    await h.gql({ query: 'mutation { restockProduct(id: "x", quantity: 1) { stock } }' });

    const metrics = emf();
    const withRequests = metrics.filter((line) => line.Requests !== undefined);
    expect(withRequests).toHaveLength(1);
    const request = withRequests[0]!;
    expect(request.message).toBe('GraphQL request');
    expect(request._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'Storefront',
      Dimensions: [expect.arrayContaining(['service', 'stage', 'operation'])],
      Metrics: expect.arrayContaining([
        { Name: 'Requests', Unit: 'Count' },
        { Name: 'Latency', Unit: 'Milliseconds' },
        { Name: 'DynamoDBRequests', Unit: 'Count' },
      ]),
    });
    for (const dimension of request._aws.CloudWatchMetrics[0].Dimensions[0]) expect(typeof request[dimension]).toBe('string');
    expect(request).toMatchObject({
      service: 'storefront-api-test',
      operation: 'restockProduct',
      stage: 'test',
      Requests: 1,
      DynamoDBRequests: 0,
      Latency: expect.any(Number),
    });
    expect(request._aws.Timestamp).toEqual(expect.any(Number));
    const errors = metrics.find((line) => line.Errors !== undefined)!;
    expect(errors).toMatchObject({ errorCode: 'UNAUTHENTICATED', Errors: 1 });
  });

  it('still emits the request metrics when the alias logs above INFO, without the INFO line', async () => {
    const quiet = await createHarness({ logLevel: 'WARN' });
    quiet.logs.length = 0;

    const response = await quiet.gql({ query: '{ categories { id } }' });

    const parsed = quiet.logs.map((line) => JSON.parse(line) as Line);
    expect(response.statusCode).toBe(200);
    expect(parsed.filter((line) => line.message === 'GraphQL request')).toEqual([]);
    const request = parsed.find((line) => line._aws && line.Requests !== undefined);
    expect(request).toMatchObject({ service: 'storefront-api-test', stage: 'test', operation: 'categories', Requests: 1, DynamoDBRequests: 1 });
    expect(request!._aws.CloudWatchMetrics[0].Metrics).toEqual(expect.arrayContaining([{ Name: 'Latency', Unit: 'Milliseconds' }]));
  });

  it('logs the operation text at DEBUG, never its variables', async () => {
    const verbose = await createHarness({ logLevel: 'DEBUG' });
    verbose.logs.length = 0;

    await verbose.gql({ query: 'query Item($id: ID!) { product(id: $id) { id } }', variables: { id: 'secret-looking-id' }, operationName: 'Item' });

    const parsed = verbose.logs.map((line) => JSON.parse(line) as Line);
    const operation = parsed.find((line) => line.message === 'GraphQL operation');
    expect(operation).toMatchObject({
      level: 'DEBUG',
      operationName: 'Item',
      operationType: 'query',
      query: expect.stringContaining('product(id: $id)'),
    });
    expect(parsed.find((line) => line.message === 'GraphQL request')).toMatchObject({ operation: 'product' });
    expect(verbose.logs.join('\n')).not.toContain('secret-looking-id');
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
