import { publicCustomerId } from '../../resolvers/customer/publicCustomerId';
import { signToken } from '../../local/localAuth';
import { startLocalStack, type LocalStack } from '../../local/startLocalStack';
import { sharedDynamoDb } from '../helpers/sharedDynamoDb';
import { createDynamoClient } from '../../data/client';
import { createDb } from '../../data/db';
import { getPayment } from '../../data/payments';
import { LOCAL_TEST_CARDS } from '../../domain/payments/localProvider';
import { startPayment } from '../../domain/payments/startPayment';

type GraphqlBody = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

describe('the local stack over HTTP', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ port: 0, ...sharedDynamoDb() });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const post = async (query: string, { variables, token, origin }: { variables?: object; token?: string; origin?: string } = {}) => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(origin ? { origin } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlBody };
  };

  it('takes a local test-card payment whose signed event reaches POST /webhooks/local and moves the payment, and refuses an unsigned one', async () => {
    // Prepare
    const db = createDb({ client: createDynamoClient({ region: 'us-east-1', endpoint: stack.dynamoDbEndpoint }), tableName: stack.tableName });
    const checkoutId = `e2e-${Date.now()}`;
    const { payment } = await startPayment(
      { db, provider: stack.payments },
      { amount: 1999, currency: 'USD', checkoutId, idempotencyKey: checkoutId },
    );

    // Act
    await stack.payments.confirm({ paymentId: payment.paymentId, paymentMethod: LOCAL_TEST_CARDS.approve, idempotencyKey: `${checkoutId}-confirm` });
    await stack.payments.settled();
    const unsigned = await fetch(stack.url.replace('/graphql', '/webhooks/local'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });

    // Assess
    expect(await getPayment(db, { paymentProvider: 'local', paymentId: payment.paymentId })).toMatchObject({ status: 'succeeded' });
    expect(unsigned.status).toBe(400);
  });

  it('is seeded with the demo catalog', async () => {
    const { body } = await post('{ categories { slug products(first: 100) { edges { node { sku } } } } }');

    const categories = body.data!.categories as Array<{ slug: string; products: { edges: unknown[] } }>;
    expect(categories.map((category) => category.slug).sort()).toEqual(['brewing-gear', 'coffee', 'tea']);
    expect(categories.reduce((sum, category) => sum + category.products.edges.length, 0)).toBeGreaterThanOrEqual(30);
  });

  it('gives every demo product a picture, whose renditions the local S3 server serves', async () => {
    const { body } = await post('{ productBySku(sku: "TEA-001") { name media { alt width height url(maxWidth: 400) renditions { url width height } } } }');
    const product = body.data!.productBySku as { name: string; media: Array<{ alt: string; width: number; height: number; url: string; renditions: Array<{ url: string; width: number; height: number }> }> };
    const image = await fetch(product.media[0]!.url);
    const bytes = Buffer.from(await image.arrayBuffer());

    expect(product.media).toHaveLength(1);
    expect(product.media[0]).toMatchObject({ alt: `${product.name}, in its package`, width: 800, height: 600 });
    expect(product.media[0]!.renditions.map(({ width, height }) => [width, height])).toEqual([
      [320, 240],
      [640, 480],
      [800, 600],
    ]);
    expect(product.media[0]!.url).toBe(product.media[0]!.renditions[1]!.url);
    expect(product.media[0]!.url.startsWith(stack.media.baseUrl)).toBe(true);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/webp']);
    expect(bytes.subarray(8, 12).toString('ascii')).toBe('WEBP');
  });

  it('lets Apollo Sandbox introspect the schema and serves its landing page', async () => {
    const { body } = await post('{ __schema { types { name } } }');
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });

    expect((body.data!.__schema.types as Array<{ name: string }>).map((type) => type.name)).toEqual(
      expect.arrayContaining(['Product', 'Order', 'ProductConnection', 'DateTime']),
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
  });

  it('answers CORS preflights from the stage origin list only', async () => {
    const preflight = (origin: string) =>
      fetch(stack.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });

    const allowed = await preflight('https://studio.apollographql.com');
    const denied = await preflight('https://evil.example');

    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('vary')).toBe('Origin');
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves anonymous GET queries, with CORS on the answer, and refuses a GET that carries a token', async () => {
    const url = `${stack.url}?query=${encodeURIComponent('{ categories { name } }')}`;
    const get = await fetch(url, { headers: { origin: 'http://localhost:3000' } });
    const signedIn = await fetch(url, { headers: { authorization: `Bearer ${stack.tokens.customer}` } });

    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(((await get.json()) as GraphqlBody).data!.categories).toHaveLength(3);
    expect(signedIn.status).toBe(400);
    expect(((await signedIn.json()) as GraphqlBody).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('searches the demo catalog, and finds an admin’s new product once the notifier has logged it', async () => {
    // Prepare
    const search = (query: string) =>
      post(`query($q: String) { searchProducts(query: $q) { totalCount edges { node { name } } } }`, { variables: { q: query } });
    const categoryId = ((await post('{ categories { id slug } }')).body.data!.categories as Array<{ id: string; slug: string }>).find(
      (c) => c.slug === 'tea',
    )!.id;

    // Act
    const seeded = await search('yirgachefe');
    await post(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
      token: stack.tokens.admin,
      variables: { input: { sku: `QUOKKA-${Date.now()}`, name: 'Quokka oolong', categoryId, price: { amount: 1500, currency: 'USD' }, stock: 3 } },
    });
    await stack.notifier.idle();
    // the API looks at the change log at most once a second: ask again until it has
    let created = await search('quokka');
    for (let attempt = 0; attempt < 40 && !created.body.data!.searchProducts.totalCount; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      created = await search('quokka');
    }

    // Assess
    expect(seeded.body.data!.searchProducts.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Ethiopia Yirgacheffe']);
    expect(created.body.data!.searchProducts.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Quokka oolong']);
  });

  it('takes the printed demo tokens: a customer orders, an admin restocks', async () => {
    const { body: catalog } = await post('{ productBySku(sku: "TEA-001") { id stock } }');
    const product = catalog.data!.productBySku as { id: string; stock: number };

    const order = await post('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { status total { amount } customer { id } } }', {
      variables: { input: { idempotencyKey: 'e2e-order', items: [{ productId: product.id, quantity: 2 }] } },
      token: stack.tokens.customer,
    });
    const restock = await post('mutation($id: ID!) { restockProduct(id: $id, quantity: 5) { stock } }', {
      variables: { id: product.id },
      token: stack.tokens.admin,
    });
    const forbidden = await post('mutation($id: ID!) { restockProduct(id: $id, quantity: 5) { stock } }', {
      variables: { id: product.id },
      token: stack.tokens.customer,
    });

    expect(order.body.data!.placeOrder).toEqual({ status: 'PLACED', total: { amount: 2600 }, customer: { id: publicCustomerId('demo-customer') } });
    expect(restock.body.data!.restockProduct.stock).toBe(product.stock - 2 + 5);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('accepts tokens made like `npm run token` makes them, and refuses expired ones with 401', async () => {
    const fresh = signToken(stack.signingKey, { sub: 'new-customer', email: 'new@example.com' });
    const expired = signToken(stack.signingKey, { sub: 'new-customer', expiresInSeconds: -5 });

    const me = await post('{ me { id email orders { edges { cursor } } } }', { token: fresh });
    const rejected = await post('{ me { id } }', { token: expired });

    expect(me.body.data!.me).toEqual({ id: publicCustomerId('new-customer'), email: 'new@example.com', orders: { edges: [] } });
    expect(rejected.status).toBe(401);
    expect(rejected.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an unknown path', () => fetch(stack.url.replace('/graphql', '/nope')), 404, 'NOT_FOUND'],
    ['an unsupported method', () => fetch(stack.url, { method: 'PUT', body: '{}' }), 404, 'NOT_FOUND'],
    [
      'a body over 10 MB',
      () => fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(10 * 1024 * 1024 + 1) }),
      413,
      'REQUEST_TOO_LARGE',
    ],
    [
      'a query over 15,000 characters',
      () =>
        fetch(stack.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ ${'__typename '.repeat(1500)}}` }),
        }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a JSON array (a batch)',
      () => fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[{"query":"{ __typename }"}]' }),
      400,
      'BAD_REQUEST',
    ],
    [
      'malformed JSON',
      () => fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' }),
      400,
      'BAD_REQUEST',
    ],
  ])('answers %s as API Gateway would: a JSON error with a stable code', async (_name, request, status, code) => {
    const response = await request();
    const body = (await response.json()) as GraphqlBody;

    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toEqual({
      errors: [
        {
          message: expect.any(String),
          extensions: { code, ...(code === 'BAD_REQUEST' ? { reason: 'BAD_REQUEST_BODY' } : {}), requestId: expect.any(String) },
        },
      ],
    });
  });
});
