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
      ['POST application/x-www-form-urlencoded', rawEvent({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(QUERY)}` })],
      ['POST multipart/form-data', rawEvent({ method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--x--` })],
      ['POST without a content type', rawEvent({ method: 'POST', body: json })],
      ['GET without a preflight header', rawEvent({ method: 'GET', queryStringParameters: { query: QUERY } })],
    ])('blocks %s with 400 before anything runs', async (_name, event) => {
      const response = await attack(event);

      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/blocked as a potential Cross-Site Request Forgery/);
      expect(resolverCalls.count).toBe(0);
      expect(h.calls).toEqual([]);
    });

    it.each([
      ['apollo-require-preflight', { 'apollo-require-preflight': 'true' }],
      ['x-apollo-operation-name', { 'x-apollo-operation-name': 'Categories' }],
      ['a JSON content type', { 'Content-Type': 'application/json' }],
    ])('serves GET with %s', async (_name, headers) => {
      const response = await h.send(rawEvent({ method: 'GET', headers, queryStringParameters: { query: QUERY } }));

      expect(response.statusCode).toBe(200);
      expect(response.body).toEqual({ data: { categories: expect.any(Array) } });
    });
  });

  it('refuses a mutation over GET with 405, Allow: POST, and writes nothing', async () => {
    // Prepare
    const category = await aCategory(h.db);
    const product = await aProduct(h.db, category.categoryId, { stock: 3 });
    const admin = h.token({ sub: 'admin', admin: true });
    h.calls.length = 0;

    // Act
    const response = await attack(
      rawEvent({
        method: 'GET',
        headers: { 'apollo-require-preflight': 'true', Authorization: `Bearer ${admin}` },
        queryStringParameters: { query: `mutation { restockProduct(id: "${product.productId}", quantity: 5) { stock } }` },
      }),
    );

    // Assess
    expect(response.statusCode).toBe(405);
    expect(response.headers).toMatchObject({ allow: 'POST' });
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
    ['a truncated JSON body', '{"query": "{ categories'],
    ['a JSON string', '"{ categories { id } }"'],
    ['a non-string query', '{"query": 5}'],
    ['variables that are not an object', '{"query": "{ categories { id } }", "variables": "x"}'],
    ['no query at all', '{"variables": {}}'],
    ['a persisted-query hash we never registered', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "aaaa"}}}'],
  ])('answers %s with a 4xx that reveals no internals and runs nothing', async (_name, body) => {
    const response = await attack(rawEvent({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));

    expect(response.statusCode).toBeGreaterThanOrEqual(200);
    expect(response.statusCode).toBeLessThan(500);
    expect(JSON.stringify(response.body)).not.toMatch(INTERNALS);
    expect(resolverCalls.count).toBe(0);
    expect(h.calls).toEqual([]);
  });
});
