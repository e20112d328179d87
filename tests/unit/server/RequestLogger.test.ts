import { RequestLogger } from '../../../server/RequestLogger';
import { lambdaContext } from '../../helpers/apiGatewayEvent';

function capture(logger: RequestLogger, log: (logger: RequestLogger) => void): Array<Record<string, unknown>> {
  const printed: string[] = [];
  const streams = [process.stdout, process.stderr].map((stream) =>
    jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown) => printed.push(String(chunk)) > 0) as typeof stream.write),
  );
  try {
    log(logger);
  } finally {
    for (const spy of streams) spy.mockRestore();
  }
  return printed
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('RequestLogger', () => {
  it('gives a line the Lambda context and keys of the request being served, not of earlier ones', () => {
    const logger = new RequestLogger({ serviceName: 'storefront-api-test', logLevel: 'INFO' });
    const first = lambdaContext();
    const second = lambdaContext();

    const lines = capture(logger, (it) => {
      it.forRequest(first, { requestId: 'api-1', alias: 'test' });
      it.forRequest(second, { requestId: 'api-2', alias: 'test' });
      it.warn('settings could not be read');
      it.info('still the same request');
    });

    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({ requestId: 'api-2', alias: 'test', function_request_id: second.awsRequestId, function_name: second.functionName });
    }
  });

  it('does not hand the Logger a request that writes no line', () => {
    const logger = new RequestLogger({ serviceName: 'storefront-api-test', logLevel: 'INFO' });
    const addContext = jest.spyOn(logger, 'addContext');
    const appendKeys = jest.spyOn(logger, 'appendPersistentKeys');

    logger.forRequest(lambdaContext(), { requestId: 'api-1' });
    logger.forRequest(lambdaContext(), { requestId: 'api-2' });

    expect(addContext).not.toHaveBeenCalled();
    expect(appendKeys).not.toHaveBeenCalled();
  });

  it("marks the lines of the container's first invocation as its cold start, whichever request writes first", () => {
    // Powertools decides cold starts for on-demand environments only (tests/helpers/env.ts sets it)
    const logger = new RequestLogger({ serviceName: 'storefront-api-test', logLevel: 'INFO' });

    const lines = capture(logger, (it) => {
      it.forRequest(lambdaContext(), { requestId: 'first' });
      it.forRequest(lambdaContext(), { requestId: 'second' });
      it.warn('written during the second request');
    });
    const fresh = new RequestLogger({ serviceName: 'storefront-api-test', logLevel: 'INFO' });
    const firstLines = capture(fresh, (it) => {
      it.forRequest(lambdaContext(), { requestId: 'first' });
      it.warn('written during the first request');
    });

    expect(lines[0]).toMatchObject({ requestId: 'second', cold_start: false });
    expect(firstLines[0]).toMatchObject({ requestId: 'first', cold_start: true });
    expect(fresh.getColdStart()).toBe(true);
  });
});
