import type { APIGatewayProxyResult } from 'aws-lambda';
import { lambdaContext, rawEvent } from '../helpers/apiGatewayEvent';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { resolverCalls } from '../helpers/resolverCalls';

const HEX = 'ab'.repeat(32);

/** Malformed `extensions.persistedQuery` values, and the code each gets. */
const MALFORMED: ReadonlyArray<readonly [string, unknown, string]> = [
  ['a hash that is an object with a toString', { version: 1, sha256Hash: { toString: 'x' } }, 'PERSISTED_QUERY_INVALID'],
  ['a hash that is an array', { version: 1, sha256Hash: [HEX] }, 'PERSISTED_QUERY_INVALID'],
  ['a hash that is a number', { version: 1, sha256Hash: 12345 }, 'PERSISTED_QUERY_INVALID'],
  ['no hash', { version: 1 }, 'PERSISTED_QUERY_INVALID'],
  ['a short hash', { version: 1, sha256Hash: 'aaaa' }, 'PERSISTED_QUERY_INVALID'],
  ['a hash of 65 hex characters', { version: 1, sha256Hash: `${HEX}a` }, 'PERSISTED_QUERY_INVALID'],
  ['a hash of 64 characters that are not hex', { version: 1, sha256Hash: 'z'.repeat(64) }, 'PERSISTED_QUERY_INVALID'],
  ['a persistedQuery that is a string', 'sha256', 'PERSISTED_QUERY_INVALID'],
  ['a persistedQuery that is an array', [1, HEX], 'PERSISTED_QUERY_INVALID'],
  ['version 2', { version: 2, sha256Hash: HEX }, 'PERSISTED_QUERY_NOT_SUPPORTED'],
  ['version "1" (a string)', { version: '1', sha256Hash: HEX }, 'PERSISTED_QUERY_NOT_SUPPORTED'],
  ['a version that is an object', { version: { valueOf: 1 }, sha256Hash: HEX }, 'PERSISTED_QUERY_NOT_SUPPORTED'],
];

describe.each([
  ['a stage without a GET cache', false],
  ['a stage with the GET cache', true],
])('a malformed persisted-query extension, on %s', (_stage, stageCache) => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness({ stageCache }, { cacheFlusher: { flush: async () => undefined } });
  });

  beforeEach(() => {
    resolverCalls.count = 0;
    h.calls.length = 0;
  });

  const unexpectedErrors = () => h.logs.filter((line) => line.includes('"level":"ERROR"'));

  /** The function's answer; a failed invocation (which API Gateway answers 502) fails the test. */
  const invoke = async (event: Parameters<Harness['handler']>[0]) => {
    const result = (await h.handler(event, lambdaContext())) as APIGatewayProxyResult;
    return {
      statusCode: result.statusCode,
      body: JSON.parse(result.body) as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> },
    };
  };

  it.each(MALFORMED)('answers %s by GET with 400 and a stable code, before Apollo', async (_name, persistedQuery, code) => {
    // Prepare
    const before = unexpectedErrors().length;
    const event = rawEvent({ method: 'GET', queryStringParameters: { extensions: JSON.stringify({ persistedQuery }) } });

    // Act
    const response = await invoke(event);

    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.body.errors).toEqual([{ message: expect.any(String), extensions: { code } }]);
    expect(resolverCalls.count).toBe(0);
    expect(h.calls).toEqual([]);
    expect(unexpectedErrors().length).toBe(before);
  });

  it.each(MALFORMED)('answers %s by POST with 400 and a stable code, before Apollo', async (_name, persistedQuery, code) => {
    // Prepare
    const before = unexpectedErrors().length;
    const body = JSON.stringify({ query: '{ categories { id } }', extensions: { persistedQuery } });
    const event = rawEvent({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

    // Act
    const response = await invoke(event);

    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.body.errors).toEqual([{ message: expect.any(String), extensions: { code } }]);
    expect(resolverCalls.count).toBe(0);
    expect(h.calls).toEqual([]);
    expect(unexpectedErrors().length).toBe(before);
  });

  it('still answers a well-formed but unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    // Act
    const response = await invoke(
      rawEvent({ method: 'GET', queryStringParameters: { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HEX } }) } }),
    );

    // Assess
    expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) })]);
  });
});
