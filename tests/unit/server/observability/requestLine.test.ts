import { Logger } from '@aws-lambda-powertools/logger';
import { isoTimestamp, requestLine, type RequestLineContext, type RequestSummary } from '../../../../server/observability/requestLine';
import { lambdaContext } from '../../../helpers/apiGatewayEvent';

const lineContext = (overrides: Partial<RequestLineContext> = {}): RequestLineContext => ({
  service: 'storefront-api-test',
  stage: 'test',
  alias: 'test',
  requestId: 'api-request-1',
  coldStart: false,
  tracing: true,
  lambda: lambdaContext(),
  ...overrides,
});

const summary = (overrides: Partial<RequestSummary> = {}): RequestSummary => ({
  operationName: 'Shelf',
  operation: 'categories',
  operationType: 'query',
  status: 200,
  errorCodes: [],
  durationMs: 12,
  dynamoRequests: 2,
  readUnits: 1.5,
  writeUnits: 0,
  ...overrides,
});

/** What the Powertools Logger prints for one INFO line with the same context and appended keys. */
function powertoolsLine(context: RequestLineContext): Record<string, unknown> {
  const printed: string[] = [];
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation(((chunk: unknown) => printed.push(String(chunk)) > 0) as typeof process.stdout.write);
  try {
    const logger = new Logger({ serviceName: context.service, logLevel: 'INFO' });
    logger.addContext(context.lambda as never);
    logger.appendPersistentKeys({ stage: context.stage, requestId: context.requestId, alias: context.alias });
    logger.info('GraphQL request');
  } finally {
    write.mockRestore();
  }
  return JSON.parse(printed.join('')) as Record<string, unknown>;
}

describe('the per-request log line', () => {
  const traceId = process.env._X_AMZN_TRACE_ID;
  afterEach(() => {
    if (traceId === undefined) delete process.env._X_AMZN_TRACE_ID;
    else process.env._X_AMZN_TRACE_ID = traceId;
  });

  it('carries the same standard keys, with the same values, as a Powertools Logger line', () => {
    process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=557abcec3ee5a047;Sampled=1';
    // a fresh Logger's first context is a cold start
    const context = lineContext({ coldStart: true });

    const ours = JSON.parse(requestLine(context, summary())) as Record<string, unknown>;
    const theirs = powertoolsLine(context);

    const compared = Object.keys(theirs).filter((key) => key !== 'timestamp' && key !== 'sampling_rate');
    expect(compared).toEqual(
      expect.arrayContaining(['level', 'message', 'service', 'function_request_id', 'xray_trace_id', 'stage', 'requestId', 'alias']),
    );
    for (const key of compared) expect([key, ours[key]]).toEqual([key, theirs[key]]);
    expect(ours.xray_trace_id).toBe('1-5759e988-bd862e3fe1be46a994272793');
    expect(ours.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('is one JSON line, the summary after the standard keys, undefined values left out', () => {
    delete process.env._X_AMZN_TRACE_ID;

    const line = requestLine(lineContext({ requestId: undefined }), summary({ operationName: undefined, errorCodes: ['NOT_FOUND'] }));

    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    const parsed = JSON.parse(line) as Record<string, unknown>;
    const keys = Object.keys(parsed);
    expect(keys.indexOf('operation')).toBeGreaterThan(keys.indexOf('alias'));
    expect(parsed).toMatchObject({
      operation: 'categories',
      operationType: 'query',
      status: 200,
      errorCodes: ['NOT_FOUND'],
      durationMs: 12,
      dynamoRequests: 2,
      readUnits: 1.5,
      writeUnits: 0,
    });
    expect(parsed).not.toHaveProperty('requestId');
    expect(parsed).not.toHaveProperty('operationName');
    expect(parsed).not.toHaveProperty('xray_trace_id');
  });

  it('leaves the trace id out where the function is not traced', () => {
    process.env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0';

    const parsed = JSON.parse(requestLine(lineContext({ tracing: false }), summary())) as Record<string, unknown>;

    expect(parsed).not.toHaveProperty('xray_trace_id');
  });

  it('holds EMF metrics whose dimensions and values are keys of the same line', () => {
    const parsed = JSON.parse(
      requestLine(
        lineContext(),
        summary({ operation: 'product', durationMs: 7, dynamoRequests: 1, readUnits: 0.5, writeUnits: 2 }),
        1_700_000_000_000,
      ),
    ) as Record<string, any>;

    const [directive] = parsed._aws.CloudWatchMetrics;
    expect(parsed._aws.Timestamp).toBe(1_700_000_000_000);
    expect(parsed.timestamp).toBe(new Date(1_700_000_000_000).toISOString());
    expect(directive.Namespace).toBe('Storefront');
    for (const dimension of directive.Dimensions[0]) expect(typeof parsed[dimension]).toBe('string');
    for (const { Name } of directive.Metrics) expect(typeof parsed[Name]).toBe('number');
    expect(parsed).toMatchObject({
      operation: 'product',
      Requests: 1,
      Latency: 7,
      DynamoDBRequests: 1,
      DynamoDBReadUnits: 0.5,
      DynamoDBWriteUnits: 2,
    });
  });

  it('writes the timestamp exactly as Date#toISOString does, across milliseconds, seconds and days', () => {
    const base = Date.UTC(2026, 10, 30, 23, 59, 58, 0);
    const instants = [0, 1, 9, 10, 99, 100, 999, 1_000, 1_001, 1_999, 2_000, 2_005].map((offset) => base + offset);

    const ours = instants.map(isoTimestamp);

    expect(ours).toEqual(instants.map((instant) => new Date(instant).toISOString()));
  });

  it('keeps the per-container keys right when the context changes between requests', () => {
    const first = JSON.parse(requestLine(lineContext({ coldStart: true, alias: 'dev' }), summary())) as Record<string, unknown>;
    const second = JSON.parse(requestLine(lineContext({ coldStart: false, alias: 'dev' }), summary())) as Record<string, unknown>;
    const third = JSON.parse(requestLine(lineContext({ coldStart: false, alias: 'qa', stage: 'qa' }), summary())) as Record<string, unknown>;

    expect([first.cold_start, second.cold_start, third.cold_start]).toEqual([true, false, false]);
    expect([first.alias, second.alias, third.alias]).toEqual(['dev', 'dev', 'qa']);
    expect(third.stage).toBe('qa');
  });
});
