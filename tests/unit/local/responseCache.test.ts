import type { APIGatewayProxyEvent } from 'aws-lambda';
import { ResponseCache } from '../../../local/responseCache';

const get = (query: Record<string, string>, headers: Record<string, string> = {}) =>
  ({ httpMethod: 'GET', queryStringParameters: query, headers }) as unknown as APIGatewayProxyEvent;

describe('the local gateway cache key', () => {
  const base = { query: '{ products(categoryId: "c1") { edges { cursor } } }', variables: '{}', operationName: 'Q', extensions: '{}' };

  it.each([
    ['query', { ...base, query: '{ categories { id } }' }, {}],
    ['variables', { ...base, variables: '{"first":5}' }, {}],
    ['operationName', { ...base, operationName: 'Other' }, {}],
    ['extensions', { ...base, extensions: '{"persistedQuery":{}}' }, {}],
    ['Authorization', base, { Authorization: 'Bearer token-b' }],
    ['Origin', base, { Authorization: 'Bearer token-a', Origin: 'https://www.shop.example.com' }],
  ])('differs when %s differs', (_name, query, headers) => {
    expect(ResponseCache.keyOf(get(query, headers))).not.toBe(ResponseCache.keyOf(get(base, { Authorization: 'Bearer token-a' })));
  });

  it('is the same for the same request and absent for POST', () => {
    expect(ResponseCache.keyOf(get(base))).toBe(ResponseCache.keyOf(get({ ...base })));
    expect(ResponseCache.keyOf({ ...get(base), httpMethod: 'POST' })).toBeUndefined();
  });

  it.each([
    ['header names in another case', { AUTHORIZATION: 'Bearer token-a', ORIGIN: 'https://shop.example.com' }],
    [
      'other headers (CSRF, content type, accept, cookies)',
      {
        Authorization: 'Bearer token-a',
        Origin: 'https://shop.example.com',
        'apollo-require-preflight': 'true',
        'Content-Type': 'text/plain',
        Accept: 'text/html',
        Cookie: 'a=b',
      },
    ],
  ])('is the same with %s', (_name, headers) => {
    const canonical = { Authorization: 'Bearer token-a', Origin: 'https://shop.example.com' };

    expect(ResponseCache.keyOf(get({ ...base, extra: 'x' }, headers))).toBe(ResponseCache.keyOf(get(base, canonical)));
  });

  it('expires entries after the TTL, and keeps answers of every status, as API Gateway does', () => {
    const cache = new ResponseCache(60);
    cache.set('k', { statusCode: 200, body: 'ok' }, 0);
    cache.set('bad', { statusCode: 400, body: 'no' }, 0);
    cache.set('failed', { statusCode: 503, body: 'later' }, 0);

    expect(cache.get('k', 59_999)).toEqual({ statusCode: 200, body: 'ok' });
    expect(cache.get('k', 60_000)).toBeUndefined();
    expect(cache.get('bad', 1)).toEqual({ statusCode: 400, body: 'no' });
    expect(cache.get('failed', 1)).toEqual({ statusCode: 503, body: 'later' });
  });

  it('forgets everything when the stage cache is flushed', () => {
    const cache = new ResponseCache(60);
    cache.set('k', { statusCode: 200, body: 'ok' }, 0);

    cache.clear();

    expect(cache.get('k', 1)).toBeUndefined();
  });
});
