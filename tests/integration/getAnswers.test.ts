import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { CategoryItem } from '../../data/entities/category';
import { UncachedFailureError } from '../../server/getRequests';
import type { ApiStage } from '../../resolvers/context';
import { aCategory, aProduct } from '../factories/catalog';
import { graphqlEvent, lambdaContext, rawEvent } from '../helpers/apiGatewayEvent';
import { injectFaults } from '../helpers/faultInjection';
import { createHarness, type Harness } from '../helpers/handlerHarness';

/** A GET as API Gateway passes it on: parameters already decoded, a repeated one holding its last value. */
function apiGatewayGet(params: Array<[string, string]>, headers: Record<string, string> = {}): APIGatewayProxyEvent {
  const single = Object.fromEntries(params);
  const multi: Record<string, string[]> = {};
  for (const [name, value] of params) (multi[name] ??= []).push(value);
  return { ...rawEvent({ method: 'GET', headers, queryStringParameters: single }), multiValueQueryStringParameters: multi };
}

const invoke = async (h: Harness, event: APIGatewayProxyEvent) => (await h.handler(event, lambdaContext())) as APIGatewayProxyResult;

describe('GET answers depend on the cache key alone', () => {
  let h: Harness;
  let category: CategoryItem;

  beforeAll(async () => {
    h = await createHarness();
    category = await aCategory(h.db);
    await aProduct(h.db, category.categoryId);
  });

  it.each(['100%', 'a+b', '%41', 'x%2By', '日本語 é', '%%25'])(
    'reads the parameter value %p exactly once decoded (no second decoding)',
    async (value) => {
      // the variable coercion error quotes the value the function read
      const event = apiGatewayGet([
        ['query', 'query($n: Int) { categories { id } products(categoryId: "c", first: $n) { edges { cursor } } }'],
        ['variables', JSON.stringify({ n: value })],
      ]);

      const result = await invoke(h, event);

      expect(result.statusCode).toBe(400);
      expect(JSON.parse(result.body).errors[0].message).toContain(JSON.stringify(value));
    },
  );

  it('answers a repeated parameter as the cache key does: with its last value', async () => {
    const event = apiGatewayGet([
      ['query', 'mutation { nonsense }'],
      ['query', '{ category(id: "' + category.categoryId + '") { id } }'],
    ]);

    const result = await invoke(h, event);

    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ data: { category: { id: category.categoryId } } });
  });

  it('answers the same whatever the headers and parameters outside the key', async () => {
    const query = `{ category(id: "${category.categoryId}") { id name } }`;
    const variants: Array<[Array<[string, string]>, Record<string, string>]> = [
      [[['query', query]], {}],
      [[['query', query]], { Accept: 'text/html' }],
      [[['query', query]], { Accept: 'application/graphql-response+json' }],
      [[['query', query]], { Accept: 'image/png' }],
      [[['query', query]], { 'Content-Type': 'text/plain' }],
      [[['query', query]], { 'apollo-require-preflight': 'true', 'x-apollo-operation-name': 'Other' }],
      [[['query', query]], { Cookie: 'session=abc', 'User-Agent': 'curl/8.0' }],
      [
        [
          ['query', query],
          ['debug', 'true'],
          ['callback', 'x'],
        ],
        {},
      ],
    ];

    const answers = await Promise.all(variants.map(([params, headers]) => invoke(h, apiGatewayGet(params, headers))));

    for (const answer of answers) {
      expect({ status: answer.statusCode, type: answer.headers?.['content-type'], body: answer.body }).toEqual({
        status: 200,
        type: 'application/json; charset=utf-8',
        body: answers[0]!.body,
      });
    }
  });

  it('refuses a GET that carries a token, whoever it is, and treats an empty header as anonymous', async () => {
    const query = `{ category(id: "${category.categoryId}") { id } }`;

    const signed = await invoke(h, apiGatewayGet([['query', query]], { Authorization: `Bearer ${h.token({ sub: 'reader' })}` }));
    const garbage = await invoke(h, apiGatewayGet([['query', query]], { Authorization: 'Basic abc' }));
    const empty = await invoke(h, apiGatewayGet([['query', query]], { Authorization: '' }));

    expect([signed.statusCode, garbage.statusCode, empty.statusCode]).toEqual([400, 400, 200]);
    expect(JSON.parse(signed.body).errors[0]).toEqual({ message: expect.stringMatching(/must use POST/), extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('a transient failure of a GET, in a stage that caches', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness({ stageCache: true });
  });

  it('fails the invocation (nothing for API Gateway to store), while POST answers SERVICE_UNAVAILABLE', async () => {
    // Prepare: DynamoDB throttles every attempt
    const faults = injectFaults(h.client, () => ({ kind: 'response', status: 400, type: 'ThrottlingException', message: 'Rate exceeded' }));
    const query = '{ categories { id } }';

    // Act
    const get = h.handler(graphqlEvent({ query, method: 'GET' }), lambdaContext());
    const post = await h.gql({ query });

    // Assess
    await expect(get).rejects.toThrow(UncachedFailureError);
    expect(post.statusCode).toBe(200);
    expect(post.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) })]);
    faults.plan = undefined;
    expect((await invoke(h, graphqlEvent({ query, method: 'GET' }))).statusCode).toBe(200);
  });

  it('answers client errors as usual: they are the same for every request with the key', async () => {
    // Prepare: the same cache key (method, path, query string) three times
    const request = () => graphqlEvent({ query: '{ nope }', method: 'GET' });

    // Act
    const answers = [await invoke(h, request()), await invoke(h, request()), await invoke(h, request())];

    // Assess: an answer (not a failed invocation), a client error, and byte for byte the same each time
    const [first] = answers;
    expect(first!.statusCode).toBe(400);
    expect(JSON.parse(first!.body).errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    for (const answer of answers) {
      expect({ statusCode: answer.statusCode, body: answer.body, headers: answer.headers }).toEqual({
        statusCode: first!.statusCode,
        body: first!.body,
        headers: first!.headers,
      });
    }
  });
});

describe('catalog writes flush the stage cache', () => {
  let h: Harness;
  const flushed: ApiStage[] = [];

  beforeAll(async () => {
    h = await createHarness({ stageCache: true }, { cacheFlusher: { flush: async (stage) => void flushed.push(stage) } });
  });

  beforeEach(() => {
    flushed.length = 0;
  });

  const admin = () => h.token({ sub: 'flush-admin', admin: true });
  const asStage = (event: APIGatewayProxyEvent) => ({ ...event, requestContext: { ...event.requestContext, apiId: 'abc123', stage: 'qa' } });

  it('flushes its own stage once after a write that changes what shoppers see', async () => {
    const category = await aCategory(h.db);
    const product = await aProduct(h.db, category.categoryId);

    const rename = await invoke(
      h,
      asStage(
        graphqlEvent({
          query: `mutation { updateProduct(id: "${product.productId}", input: { name: "New name" }, expectedVersion: 1) { name } }`,
          token: admin(),
        }),
      ),
    );

    expect(JSON.parse(rename.body).data.updateProduct.name).toBe('New name');
    expect(flushed).toEqual([{ restApiId: 'abc123', stageName: 'qa' }]);
  });

  it('does not flush for a failed write, a stock change or an order', async () => {
    const category = await aCategory(h.db);
    const product = await aProduct(h.db, category.categoryId, { stock: 5 });

    const stale = await invoke(
      h,
      asStage(
        graphqlEvent({
          query: `mutation { updateProduct(id: "${product.productId}", input: { name: "x" }, expectedVersion: 7) { name } }`,
          token: admin(),
        }),
      ),
    );
    await invoke(
      h,
      asStage(graphqlEvent({ query: `mutation { restockProduct(id: "${product.productId}", quantity: 1) { stock } }`, token: admin() })),
    );
    await invoke(
      h,
      asStage(
        graphqlEvent({
          query: 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
          variables: { input: { idempotencyKey: 'no-flush', items: [{ productId: product.productId, quantity: 1 }] } },
          token: h.token({ sub: 'buyer' }),
        }),
      ),
    );

    expect(JSON.parse(stale.body).errors[0].extensions.code).toBe('VERSION_CONFLICT');
    expect(flushed).toEqual([]);
  });
});
