import type { APIGatewayProxyEvent } from 'aws-lambda';
import { ResponseCache } from '../../../server/local/responseCache';

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
    ['the CSRF preflight header', base, { Authorization: 'Bearer token-a', 'apollo-require-preflight': 'true' }],
  ])('differs when %s differs', (_name, query, headers) => {
    expect(ResponseCache.keyOf(get(query, headers))).not.toBe(ResponseCache.keyOf(get(base, { Authorization: 'Bearer token-a' })));
  });

  it('is the same for the same request and absent for POST', () => {
    expect(ResponseCache.keyOf(get(base))).toBe(ResponseCache.keyOf(get({ ...base })));
    expect(ResponseCache.keyOf({ ...get(base), httpMethod: 'POST' })).toBeUndefined();
  });

  it('expires entries after the TTL and keeps only successful answers', () => {
    const cache = new ResponseCache(60);
    cache.set('k', { statusCode: 200, body: 'ok' }, 0);
    cache.set('bad', { statusCode: 400, body: 'no' }, 0);

    expect(cache.get('k', 59_999)).toEqual({ statusCode: 200, body: 'ok' });
    expect(cache.get('k', 60_000)).toBeUndefined();
    expect(cache.get('bad', 1)).toBeUndefined();
  });
});
