import { startLocalStack, type LocalStack } from '../../local/startLocalStack';
import { sharedDynamoDb } from '../helpers/sharedDynamoDb';
import { proxyWithOutage, rawBytes, rawRequest, type Outage, type RawResponse } from '../helpers/rawHttp';

/**
 * The stage cache through the local gateway of a stage that caches (qa), which stores what API
 * Gateway would store: every answer of the function, whatever its status.
 */
const ORIGIN = 'https://qa.storefront.example.com';
const QUERY =
  'query Page($id: ID!) { category(id: $id) { id name products(first: 2, sort: PRICE_ASC) { edges { node { sku price { amount } } } } } }';

/** A small deterministic generator, so a failing variant can be reproduced. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!, chance: (p: number) => next() < p };
}

function shuffle<T>(items: readonly T[], rnd: ReturnType<typeof random>): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const flipCase = (name: string, rnd: ReturnType<typeof random>) =>
  [...name].map((c) => (rnd.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
const encode = (value: string, rnd: ReturnType<typeof random>) =>
  rnd.chance(0.5) ? encodeURIComponent(value) : encodeURIComponent(value).replace(/%20/g, '+');

describe('the GET cache of a stage (qa) through the local gateway', () => {
  let outage: Outage;
  let stack: LocalStack;
  let categoryId: string;
  let baseline: RawResponse;
  const params = () => ({ query: QUERY, variables: JSON.stringify({ id: categoryId }), operationName: 'Page' });

  beforeAll(async () => {
    // the project's DynamoDB Local behind a proxy the test can cut, and a table of this file's own
    const { dynamoDbEndpoint, tableName } = sharedDynamoDb();
    outage = await proxyWithOutage(dynamoDbEndpoint);
    stack = await startLocalStack({ port: 0, stageName: 'qa', dynamoDbEndpoint: outage.endpoint, tableName });
    const categories = await post('{ categories { id slug } }');
    categoryId = (JSON.parse(categories.body).data.categories as Array<{ id: string; slug: string }>).find((c) => c.slug === 'coffee')!.id;
    stack.cache!.clear();
    baseline = await get(canonicalPath());
  });

  afterAll(async () => {
    await stack?.stop();
    await outage?.close();
  });

  const canonicalPath = () => `/graphql?${new URLSearchParams(params()).toString()}`;
  const get = (path: string, headers: Array<[string, string]> = [['Origin', ORIGIN]]) => rawRequest(stack.url, { path, headers });
  const post = (query: string, token?: string) =>
    rawRequest(stack.url, {
      method: 'POST',
      path: '/graphql',
      headers: [['content-type', 'application/json'], ...(token ? [['authorization', `Bearer ${token}`] as [string, string]] : [])],
      body: JSON.stringify({ query }),
    });
  const answer = (response: RawResponse) => ({ status: response.status, type: response.headers['content-type'], body: response.body });

  /** A request with the canonical one's cache key, written differently in every way the key ignores. */
  function variant(seed: number): { path: string; headers: Array<[string, string]> } {
    const rnd = random(seed);
    const real: Array<[string, string]> = Object.entries(params());
    const others: Array<[string, string]> = [];
    if (rnd.chance(0.4)) others.push(['utm_source', 'newsletter']);
    if (rnd.chance(0.3)) others.push(['_', String(seed)]);
    // a repeated parameter counts with its last value, as in the key: junk first, the real value after it
    if (rnd.chance(0.4)) others.push(['query', 'mutation { restockProduct(id: "x", quantity: 1) { id } }']);
    if (rnd.chance(0.3)) others.push(['variables', '{not json']);
    const pairs = shuffle(others, rnd);
    for (const entry of shuffle(real, rnd)) {
      const lastSameName = pairs.map(([name]) => name).lastIndexOf(entry[0]);
      const at = lastSameName + 1 + Math.floor(rnd.next() * (pairs.length - lastSameName));
      pairs.splice(at, 0, entry);
    }
    const extra: Array<[string, string]> = [
      ['Content-Type', rnd.pick(['text/plain', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])],
      ['Accept', rnd.pick(['text/html', '*/*', 'application/graphql-response+json', 'application/json', 'image/png'])],
      ['apollo-require-preflight', 'true'],
      ['x-apollo-operation-name', rnd.pick(['Page', 'Other'])],
      ['Cookie', `session=${seed}`],
      ['User-Agent', rnd.pick(['curl/8.5.0', 'Mozilla/5.0', 'okhttp/4.12'])],
      ['X-Forwarded-For', `10.0.0.${seed % 250}`],
    ].filter(() => rnd.chance(0.5)) as Array<[string, string]>;
    const headers = shuffle(
      [...extra, ['Origin', ORIGIN]].map(([name, value]) => [flipCase(name!, rnd), value!] as [string, string]),
      rnd,
    );
    return { path: `/graphql?${pairs.map(([name, value]) => `${name}=${encode(value, rnd)}`).join('&')}`, headers };
  }

  it('gives every request that shares a key the same status and body, from the function and from the cache', async () => {
    // Prepare
    const variants = Array.from({ length: 40 }, (_, seed) => variant(seed + 1));
    expect(JSON.parse(baseline.body).data.category.products.edges).toHaveLength(2);

    // Act: each variant meets an empty cache (the function answers), then a full one
    const fresh: RawResponse[] = [];
    for (const { path, headers } of variants) {
      stack.cache!.clear();
      fresh.push(await get(path, headers));
    }
    const cached = await Promise.all(variants.map(({ path, headers }) => get(path, headers)));

    // Assess
    for (const response of [...fresh, ...cached]) expect(answer(response)).toEqual(answer(baseline));
    expect(cached.every((response) => response.headers['x-cache'] === 'hit')).toBe(true);
  });

  it.each([
    ['CSRF-looking content type and no preflight header', [['Content-Type', 'text/plain']]],
    ['an HTML Accept header', [['Accept', 'text/html']]],
    ['an Accept the API cannot produce', [['Accept', 'image/png']]],
    ['a mutation as the first of two query parameters', [], [['query', 'mutation { restockProduct(id: "x", quantity: 1) { id } }']]],
    ['garbage variables as the first of two', [], [['variables', '{"id":']]],
  ] as Array<[string, Array<[string, string]>, Array<[string, string]>?]>)(
    'cannot be poisoned by a request with %s sent first',
    async (_name, headers, leading = []) => {
      // Prepare
      stack.cache!.clear();
      const path = `/graphql?${new URLSearchParams([...leading, ...Object.entries(params())]).toString()}`;

      // Act
      await get(path, [...headers, ['Origin', ORIGIN]]);
      const good = await get(canonicalPath());

      // Assess
      expect(answer(good)).toEqual(answer(baseline));
    },
  );

  it('refuses a GET that carries a token, and serves that refusal only to requests with the same header', async () => {
    stack.cache!.clear();

    const signed = await get(canonicalPath(), [
      ['Origin', ORIGIN],
      ['Authorization', `Bearer ${stack.tokens.customer}`],
    ]);
    const anonymous = await get(canonicalPath());
    const signedAgain = await get(canonicalPath(), [
      ['Origin', ORIGIN],
      ['authorization', `Bearer ${stack.tokens.customer}`],
    ]);

    expect(signed.status).toBe(400);
    expect(JSON.parse(signed.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer(anonymous)).toEqual(answer(baseline));
    expect(answer(signedAgain)).toEqual(answer(signed));
    expect(signedAgain.headers['x-cache']).toBe('hit');
  });

  it('shows an admin’s catalog change to the next anonymous GET (the write flushes the stage cache), and leaves stock to the TTL', async () => {
    // Prepare: two cached reads
    const bySku = `/graphql?${new URLSearchParams({ query: '{ productBySku(sku: "COF-002") { id name stock version } }' }).toString()}`;
    const before = JSON.parse((await get(bySku)).body).data.productBySku as { id: string; name: string; stock: number; version: number };
    expect((await get(bySku)).headers['x-cache']).toBe('hit');

    // Act: a stock change, then a rename
    await post(`mutation { restockProduct(id: "${before.id}", quantity: 3) { stock } }`, stack.tokens.admin);
    const afterRestock = await get(bySku);
    const rename = await post(
      `mutation { updateProduct(id: "${before.id}", input: { name: "${before.name} (new)" }, expectedVersion: ${before.version}) { name } }`,
      stack.tokens.admin,
    );
    const afterRename = await get(bySku);

    // Assess
    expect(afterRestock.headers['x-cache']).toBe('hit');
    expect(JSON.parse(afterRestock.body).data.productBySku.stock).toBe(before.stock);
    expect(JSON.parse(rename.body).data.updateProduct.name).toBe(`${before.name} (new)`);
    expect(afterRename.headers['x-cache']).toBe('miss');
    expect(JSON.parse(afterRename.body).data.productBySku).toMatchObject({ name: `${before.name} (new)`, stock: before.stock + 3 });
  });

  it('never stores a transient failure: while DynamoDB is out of reach GETs fail uncached, and the first one after gets data', async () => {
    // Prepare
    stack.cache!.clear();
    outage.cut();

    // Act
    const during = [await get(canonicalPath()), await get(canonicalPath())];
    outage.restore();
    const after = await get(canonicalPath());

    // Assess
    for (const failed of during) {
      expect(failed.status).toBe(502);
      expect(failed.headers['x-cache']).toBe('miss');
      expect(JSON.parse(failed.body).errors[0].extensions.code).toBe('INTEGRATION_FAILURE');
    }
    expect(answer(after)).toEqual(answer(baseline));
  }, 60_000);

  describe('bad input gets a clear 4xx with a stable code, and leaves the good answer alone', () => {
    it.each([
      ['an invalid percent-encoding', '/graphql?query=%ZZ%E0%A4%A&variables=%'],
      ['a parameter without a value', '/graphql?query'],
      ['empty names and values', '/graphql?&&=&=x'],
      ['variables that are not JSON', `/graphql?query=${encodeURIComponent(QUERY)}&variables=%7Bnope`],
      ['a URL over 8 KB', `/graphql?query=${encodeURIComponent(`{ categories { id } } # ${'x'.repeat(9_000)}`)}`],
    ])('%s', async (_name, path) => {
      stack.cache!.clear();

      const bad = await get(path);
      const good = await get(canonicalPath());

      expect(bad.status).toBeGreaterThanOrEqual(400);
      expect(bad.status).toBeLessThan(500);
      expect(bad.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(bad.body).errors[0].extensions.code).toEqual(expect.any(String));
      expect(answer(good)).toEqual(answer(baseline));
    });

    it('raw bytes that are not UTF-8 in the URL', async () => {
      const bad = await rawBytes(
        stack.url,
        Buffer.concat([
          Buffer.from('GET /graphql?query='),
          Buffer.from([0xff, 0xfe, 0x80]),
          Buffer.from(' HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'),
        ]),
      );

      expect(bad.status).toBeGreaterThanOrEqual(400);
      expect(bad.status).toBeLessThan(500);
      expect(JSON.parse(bad.body).errors[0].extensions.code).toEqual(expect.any(String));
    });
  });
});
