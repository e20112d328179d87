import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { getProduct } from '../../data/products';
import type { ApiStage } from '../../resolvers/context';
import { aCategory, aProduct } from '../factories/catalog';
import { graphqlEvent, lambdaContext } from '../helpers/apiGatewayEvent';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const STAGE: ApiStage = { restApiId: 'flush123', stageName: 'qa' };

describe('the GET cache flush follows the catalog writes the request made', () => {
  let h: Harness;
  let categoryId: string;
  const flushed: ApiStage[] = [];
  /** How many request log lines had been written when each flush ended. */
  const requestLinesAtFlushEnd: number[] = [];
  const requestLines = () => h.logs.filter((line) => line.includes('"message":"GraphQL request"')).length;

  beforeAll(async () => {
    const cacheFlusher = {
      async flush(stage: ApiStage) {
        // a flush takes a round trip to API Gateway
        await new Promise((resolve) => setImmediate(resolve));
        flushed.push(stage);
        requestLinesAtFlushEnd.push(requestLines());
      },
    };
    h = await createHarness({ stageCache: true }, { cacheFlusher });
    categoryId = (await aCategory(h.db)).categoryId;
  });

  beforeEach(() => {
    flushed.length = 0;
    requestLinesAtFlushEnd.length = 0;
    h.logs.length = 0;
  });

  const admin = () => h.token({ sub: 'flush-writes-admin', admin: true });
  /** Through the stage's API, as API Gateway invokes the function. */
  const send = async (query: string) => {
    const event = graphqlEvent({ query, token: admin() });
    const staged: APIGatewayProxyEvent = { ...event, requestContext: { ...event.requestContext, apiId: STAGE.restApiId, stage: STAGE.stageName } };
    const result = (await h.handler(staged, lambdaContext())) as APIGatewayProxyResult;
    return JSON.parse(result.body) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };
  };

  it('flushes after a write inside an inline fragment on Mutation', async () => {
    // Prepare
    const product = await aProduct(h.db, categoryId);

    // Act
    const answer = await send(
      `mutation { ... on Mutation { updateProduct(id: "${product.productId}", input: { name: "Renamed in a fragment" }, expectedVersion: 1) { name } } }`,
    );

    // Assess
    expect(answer.data).toEqual({ updateProduct: { name: 'Renamed in a fragment' } });
    expect(flushed).toEqual([STAGE]);
  });

  it("finishes the flush before the request's log line is written, so the line's duration includes it", async () => {
    // Prepare
    const product = await aProduct(h.db, categoryId);

    // Act
    await send(`mutation { updateProduct(id: "${product.productId}", input: { name: "Renamed, then logged" }, expectedVersion: 1) { name } }`);

    // Assess
    expect(requestLinesAtFlushEnd).toEqual([0]);
    expect(requestLines()).toBe(1);
  });

  it('flushes after a write inside a named fragment', async () => {
    // Prepare
    const product = await aProduct(h.db, categoryId);

    // Act
    const answer = await send(
      `mutation { ...Rename } fragment Rename on Mutation { updateProduct(id: "${product.productId}", input: { name: "Renamed by name" }, expectedVersion: 1) { name } }`,
    );

    // Assess
    expect(answer.data).toEqual({ updateProduct: { name: 'Renamed by name' } });
    expect(flushed).toEqual([STAGE]);
  });

  it('flushes when the write succeeded but another field failed and the answer is data: null', async () => {
    // Prepare
    const product = await aProduct(h.db, categoryId);

    // Act
    const answer = await send(
      `mutation { updateProduct(id: "${product.productId}", input: { name: "Renamed, then a failure" }, expectedVersion: 1) { name } archiveProduct(id: "no-such-product") { id } }`,
    );

    // Assess
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await getProduct(h.db, { productId: product.productId }))?.name).toBe('Renamed, then a failure');
    expect(flushed).toEqual([STAGE]);
  });

  it('does not flush when the write failed and nothing was written, however the document is shaped', async () => {
    // Prepare
    const product = await aProduct(h.db, categoryId);

    // Act
    const stale = await send(
      `mutation { ... on Mutation { updateProduct(id: "${product.productId}", input: { name: "Never" }, expectedVersion: 9) { name } } }`,
    );
    const missing = await send('mutation { archiveProduct(id: "no-such-product") { id } }');

    // Assess
    expect(stale.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await getProduct(h.db, { productId: product.productId }))?.name).not.toBe('Never');
    expect(flushed).toEqual([]);
  });

  it('does not flush for reads or for writes that leave cached reads to their TTL', async () => {
    // Prepare
    const product = await aProduct(h.db, categoryId, { stock: 5 });

    // Act
    await send('{ categories { id } }');
    await send(`mutation { restockProduct(id: "${product.productId}", quantity: 2) { stock } }`);

    // Assess
    expect(flushed).toEqual([]);
  });
});
