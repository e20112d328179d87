import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

type Line = Record<string, any>;
interface Cost {
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly dynamoRequests: number;
  readonly durationMs: number;
}

const PRODUCT_PAGE = 'query ProductPage($id: ID!) { product(id: $id) { id name reviews(first: 10) { edges { node { id } } } } }';
const PLACE_ORDER = 'mutation PlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }';

/** What a request consumed in DynamoDB Local, as the answer's `extensions.cost` and the request line say. */
describe('the cost of a request', () => {
  let h: Harness;
  let productId: string;

  beforeAll(async () => {
    h = await createHarness({ logLevel: 'INFO' });
    const { categoryId } = await aCategory(h.db);
    productId = (await aProduct(h.db, categoryId, { stock: 50 })).productId;
  });

  beforeEach(() => {
    h.logs.length = 0;
  });

  const admin = () => h.token({ sub: 'cost-admin', admin: true });
  const costOf = (body: { extensions?: Record<string, unknown> }) => body.extensions?.cost as Cost | undefined;
  const requestLine = () => h.logs.map((line) => JSON.parse(line) as Line).find((line) => line.message === 'GraphQL request');

  it('reports the read units of a product page, and no write units, on the answer and on the request line', async () => {
    // Act
    const response = await h.gql({ query: PRODUCT_PAGE, variables: { id: productId }, operationName: 'ProductPage', token: admin() });

    // Assess
    expect(response.body.errors).toBeUndefined();
    const cost = costOf(response.body);
    expect(cost).toEqual({ readUnits: expect.any(Number), writeUnits: 0, dynamoRequests: 1, durationMs: expect.any(Number) });
    // DynamoDB Local reports consumed capacity: a read consumed at least half a unit
    expect(cost!.readUnits).toBeGreaterThanOrEqual(0.5);
    expect(requestLine()).toMatchObject({
      operation: 'product',
      readUnits: cost!.readUnits,
      writeUnits: 0,
      dynamoRequests: 1,
      DynamoDBReadUnits: cost!.readUnits,
      DynamoDBWriteUnits: 0,
    });
    expect(requestLine()!._aws.CloudWatchMetrics[0].Metrics).toEqual(
      expect.arrayContaining([
        { Name: 'DynamoDBReadUnits', Unit: 'None' },
        { Name: 'DynamoDBWriteUnits', Unit: 'None' },
      ]),
    );
  });

  it('reports the write units of placing an order (a BatchGet of prices, then a transaction)', async () => {
    // Act
    const response = await h.gql({
      query: PLACE_ORDER,
      variables: { input: { idempotencyKey: 'cost-order-1', items: [{ productId, quantity: 2 }] } },
      operationName: 'PlaceOrder',
      token: admin(),
    });

    // Assess
    expect(response.body.errors).toBeUndefined();
    const cost = costOf(response.body)!;
    // a transactional write costs two units per item: the order, its line and the stock decrement at least
    expect(cost.writeUnits).toBeGreaterThanOrEqual(6);
    expect(cost.readUnits).toBeGreaterThan(0);
    expect(cost.dynamoRequests).toBeGreaterThanOrEqual(2);
    expect(requestLine()).toMatchObject({
      operation: 'placeOrder',
      readUnits: cost.readUnits,
      writeUnits: cost.writeUnits,
      dynamoRequests: cost.dynamoRequests,
    });
  });

  it('keeps concurrent requests apart: each answer reports its own units', async () => {
    // Act
    const [read, write] = await Promise.all([
      h.gql({ query: PRODUCT_PAGE, variables: { id: productId }, token: admin() }),
      h.gql({ query: PLACE_ORDER, variables: { input: { idempotencyKey: 'cost-order-2', items: [{ productId, quantity: 1 }] } }, token: admin() }),
    ]);

    // Assess
    expect(costOf(read.body)).toMatchObject({ writeUnits: 0, dynamoRequests: 1 });
    expect(costOf(write.body)!.writeUnits).toBeGreaterThan(0);
  });

  it('reports nothing on the answers of customers who are not admins where the stage keeps the cost to admins', async () => {
    // Act
    const response = await h.gql({ query: PRODUCT_PAGE, variables: { id: productId }, token: h.token({ sub: 'cost-shopper' }) });

    // Assess
    expect(response.body.errors).toBeUndefined();
    expect(response.body).not.toHaveProperty('extensions.cost');
    expect(requestLine()!.readUnits).toBeGreaterThan(0);
  });
});
