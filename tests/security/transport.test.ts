import { getProduct } from '../../data/products';
import { aCategory, aProduct } from '../factories/catalog';
import { rawEvent } from '../helpers/apiGatewayEvent';
import { createHarness, type GraphqlResponse, type Harness } from '../helpers/handlerHarness';
import { resolverCalls } from '../helpers/resolverCalls';
import { recordSuiteCounts } from '../helpers/suiteSummary';

const QUERY = '{ categories { id } }';
const INTERNALS = /stack|\.ts:\d|node_modules|\/var\/task|at [\w.]+ \(/i;

describe('HTTP transport protections through the Lambda handler', () => {
  let h: Harness;
  let attacks = 0;
  let leaks = 0;

  beforeAll(async () => {
    h = await createHarness({ introspection: false });
  });

  beforeEach(() => {
    h.calls.length = 0;
    resolverCalls.count = 0;
  });

  afterAll(() => recordSuiteCounts('security', { attacks, leaks }));

  async function attack(event: Parameters<Harness['send']>[0]): Promise<GraphqlResponse> {
    attacks++;
    const response = await h.send(event);
    if (INTERNALS.test(JSON.stringify(response.body))) leaks++;
    return response;
  }

  describe('CSRF prevention (Apollo’s matrix)', () => {
    const json = JSON.stringify({ query: QUERY });

    it.each([
      ['POST text/plain', rawEvent({ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: json })],
      [
        'POST application/x-www-form-urlencoded',
        rawEvent({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(QUERY)}` }),
      ],
      [
        'POST multipart/form-data',
        rawEvent({
          method: 'POST',
          headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
          body: `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--x--`,
        }),
      ],
      ['POST without a content type', rawEvent({ method: 'POST', body: json })],
    ])('blocks %s with 400 before anything runs', async (_name, event) => {
      const response = await attack(event);

      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/blocked as a potential Cross-Site Request Forgery/);
      expect(resolverCalls.count).toBe(0);
      expect(h.calls).toEqual([]);
    });

    // A GET carries no credential (one with Authorization is refused) and cannot mutate, so there
    // is nothing to forge; its answer must not depend on headers outside the cache key.
    it.each([
      ['no preflight header at all', {}],
      ['apollo-require-preflight', { 'apollo-require-preflight': 'true' }],
      ['x-apollo-operation-name', { 'x-apollo-operation-name': 'Categories' }],
      ['a JSON content type', { 'Content-Type': 'application/json' }],
      ['a form content type', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ])('serves an anonymous GET with %s', async (_name, headers) => {
      const response = await h.send(rawEvent({ method: 'GET', headers, queryStringParameters: { query: QUERY } }));

      expect(response.statusCode).toBe(200);
      expect(response.body).toEqual({ data: { categories: expect.any(Array) } });
    });
  });

  it('refuses a mutation over GET with 405, Allow: POST (400 with a token), and writes nothing', async () => {
    // Prepare
    const category = await aCategory(h.db);
    const product = await aProduct(h.db, category.categoryId, { stock: 3 });
    const admin = h.token({ sub: 'admin', admin: true });
    h.calls.length = 0;

    const mutation = { query: `mutation { restockProduct(id: "${product.productId}", quantity: 5) { stock } }` };

    // Act
    const anonymous = await attack(rawEvent({ method: 'GET', queryStringParameters: mutation }));
    const signedIn = await attack(rawEvent({ method: 'GET', headers: { Authorization: `Bearer ${admin}` }, queryStringParameters: mutation }));

    // Assess
    expect(anonymous.statusCode).toBe(405);
    expect(anonymous.headers).toMatchObject({ allow: 'POST' });
    // a GET that carries a token is refused before anything else: signed-in requests go by POST
    expect(signedIn.statusCode).toBe(400);
    expect(signedIn.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    expect(resolverCalls.count).toBe(0);
    expect(h.calls).toEqual([]);
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(3);
  });

  it('refuses batched requests (a JSON array) with 400 and runs none of them', async () => {
    const body = JSON.stringify([{ query: QUERY }, { query: QUERY }]);

    const response = await attack(rawEvent({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));

    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/Operation batching disabled/);
    expect(resolverCalls.count).toBe(0);
    expect(h.calls).toEqual([]);
  });

  it.each([
    ['a truncated JSON body', 400, 'BAD_REQUEST', '{"query": "{ categories'],
    ['a JSON string', 400, 'BAD_REQUEST', '"{ categories { id } }"'],
    ['a non-string query', 400, 'BAD_REQUEST', '{"query": 5}'],
    ['variables that are not an object', 400, 'BAD_REQUEST', '{"query": "{ categories { id } }", "variables": "x"}'],
    ['no query at all', 400, 'BAD_REQUEST', '{"variables": {}}'],
    // the GraphQL-over-HTTP answer clients retry with the query text: 200 with a code
    [
      'a persisted-query hash we never registered',
      200,
      'PERSISTED_QUERY_NOT_FOUND',
      `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "${'a'.repeat(64)}"}}}`,
    ],
  ])('answers %s with %i %s, revealing no internals and running nothing', async (_name, status, code, body) => {
    const response = await attack(rawEvent({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));

    expect(response.statusCode).toBe(status);
    expect(response.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
    expect(JSON.stringify(response.body)).not.toMatch(INTERNALS);
    expect(resolverCalls.count).toBe(0);
    expect(h.calls).toEqual([]);
  });

  describe('every answer of the HTTP layer is a GraphQL response with a stable code', () => {
    const json = { 'Content-Type': 'application/json' };

    it.each([
      ['an unterminated body', '{"query": "{ categories { id } }"'],
      ['unquoted keys', '{query: "{ categories { id } }"}'],
      ['a byte order mark', '\uFEFF{"query": "{ categories { id } }"}'],
      ['trailing garbage', '{"query": "{ categories { id } }"} garbage'],
      ['a bare word', 'categories'],
    ])('answers a JSON body with %s with 400 BAD_REQUEST, in JSON, quoting nothing of it', async (_name, body) => {
      const response = await attack(rawEvent({ method: 'POST', headers: json, body }));

      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
      expect(JSON.stringify(response.body)).not.toMatch(/categories|garbage|position|token|Unexpected/);
      expect(resolverCalls.count).toBe(0);
      expect(h.calls).toEqual([]);
    });

    it.each([
      ['text/xml', { 'Content-Type': 'text/xml' }],
      ['application/octet-stream', { 'Content-Type': 'application/octet-stream' }],
    ])('answers a POST with content type %s with 400 BAD_REQUEST, in JSON, running nothing', async (_name, headers) => {
      const response = await attack(rawEvent({ method: 'POST', headers, body: JSON.stringify({ query: QUERY }) }));

      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
      expect(resolverCalls.count).toBe(0);
      expect(h.calls).toEqual([]);
    });

    it('serves a POST whose JSON content type is in capitals (media types are case-insensitive)', async () => {
      const response = await attack(
        rawEvent({ method: 'POST', headers: { 'Content-Type': 'APPLICATION/JSON' }, body: JSON.stringify({ query: QUERY }) }),
      );

      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ data: { categories: expect.any(Array) } });
    });

    it.each([
      [
        'a hash that does not match its query',
        { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
        400,
        'BAD_REQUEST',
      ],
      [
        'an unsupported version',
        { extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } } },
        400,
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ],
      ['an unknown hash', { extensions: { persistedQuery: { version: 1, sha256Hash: '1'.repeat(64) } } }, 200, 'PERSISTED_QUERY_NOT_FOUND'],
    ])('labels a persisted query with %s as the client’s mistake', async (_name, request, status, code) => {
      const response = await attack(rawEvent({ method: 'POST', headers: json, body: JSON.stringify(request) }));

      expect(response.statusCode).toBe(status);
      expect(response.body.errors).toEqual([expect.objectContaining({ extensions: { code } })]);
      expect(h.logs.some((line) => line.includes('"Unexpected error"') && line.includes('persisted'))).toBe(false);
      expect(resolverCalls.count).toBe(0);
    });
  });

  describe('tokens are checked as Cognito checks them', () => {
    it.each([
      ['another app client', { clientId: 'another-app-client' }],
      ['an expired token', { expiresInSeconds: -5 }],
    ])('refuses a correctly signed token for %s with 401 UNAUTHENTICATED and reads nothing', async (_name, claims) => {
      const token = h.token({ sub: 'client-hopper', ...claims });

      const response = await attack(
        rawEvent({
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { id } }' }),
        }),
      );

      expect(response.statusCode).toBe(401);
      expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
      expect(h.calls).toEqual([]);
    });
  });
});
