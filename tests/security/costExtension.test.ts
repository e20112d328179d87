import { getStage } from '../../infra/stages';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type GraphqlResponse, type Harness } from '../helpers/handlerHarness';

const PRODUCT = 'query Product($id: ID!) { product(id: $id) { id name } }';

/**
 * `extensions.cost` says what a request consumed: admins see it everywhere; every caller only where
 * the stage turns it on (never prod); and never on a GET answer the stage caches, which API
 * Gateway would serve to other callers as theirs.
 */
describe('who sees what a request cost', () => {
  let prodLike: Harness;
  let devLike: Harness;

  beforeAll(async () => {
    // as prod: GETs cached, the cost for admins only
    prodLike = await createHarness({ stage: 'prod', stageCache: true, costForEveryone: getStage('prod').costForEveryone ?? false });
    // as dev with a GET cache: the cost for everyone, but not on the cached GETs
    devLike = await createHarness({ stageCache: true, costForEveryone: true });
    for (const h of [prodLike, devLike]) products.set(h, (await aProduct(h.db, (await aCategory(h.db)).categoryId)).productId);
  });

  const products = new Map<Harness, string>();
  const product = (h: Harness) => ({ query: PRODUCT, variables: { id: products.get(h) } });

  const hasCost = (response: GraphqlResponse) => response.body.extensions?.cost !== undefined;

  it('never shows anonymous callers the cost in prod, by POST or by GET', async () => {
    // Act
    const post = await prodLike.gql(product(prodLike));
    const get = await prodLike.gql({ ...product(prodLike), method: 'GET' });

    // Assess
    expect([post.statusCode, get.statusCode]).toEqual([200, 200]);
    expect(post.body.data).toBeDefined();
    expect([hasCost(post), hasCost(get)]).toEqual([false, false]);
  });

  it('never shows signed-in customers who are not admins the cost in prod', async () => {
    // Act
    const response = await prodLike.gql({ ...product(prodLike), token: prodLike.token({ sub: 'shopper' }) });

    // Assess
    expect(response.statusCode).toBe(200);
    expect(hasCost(response)).toBe(false);
  });

  it('shows admins the cost in prod', async () => {
    // Act
    const response = await prodLike.gql({ ...product(prodLike), token: prodLike.token({ sub: 'boss', admin: true }) });

    // Assess
    expect(response.body.extensions?.cost).toEqual({
      readUnits: expect.any(Number),
      writeUnits: 0,
      dynamoRequests: 1,
      durationMs: expect.any(Number),
    });
  });

  it('shows every caller the cost where the stage says so, except on the GET answers it caches', async () => {
    // Act
    const post = await devLike.gql(product(devLike));
    const get = await devLike.gql({ ...product(devLike), method: 'GET' });

    // Assess
    expect([get.statusCode, post.statusCode]).toEqual([200, 200]);
    expect(get.body.data).toEqual(post.body.data);
    expect([hasCost(post), hasCost(get)]).toEqual([true, false]);
  });

  it('shows every caller the cost on GET answers where the stage caches none', async () => {
    // Prepare
    const uncached = await createHarness({ stageCache: false, costForEveryone: true });

    // Act
    const get = await uncached.gql({ query: '{ categories { id } }', method: 'GET' });

    // Assess
    expect(get.statusCode).toBe(200);
    expect(hasCost(get)).toBe(true);
  });
});
