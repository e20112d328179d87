import type { APIGatewayProxyResult, Context as LambdaContext } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { stages } from '../../infra/stages';
import { lambdaContext } from '../../local/lambdaContext';
import { LAST_ATTEMPT_ALLOWANCE_MS, REQUEST_DEADLINE_MS, requestDeadline } from '../../server/requestDeadline';
import { aCategory, aProduct } from '../factories/catalog';
import { graphqlEvent } from '../helpers/apiGatewayEvent';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';

const PRODUCT_AND_CATEGORY = 'query($id: ID!) { product(id: $id) { name category { name } } }';

interface Answer {
  data?: { product: { name: string; category: { name: string } | null } | null } | null;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string } }>;
}

/** Faults the helpers below actually delivered: attempts they slowed, invocations that found no time left. */
const delivered = { faults: 0, requests: 0 };

/** Records each DynamoDB attempt as it goes on the wire, after waiting `delayMs`: a slow store. */
function slowStore(h: Harness, delayMs: number): string[] {
  const sent: string[] = [];
  h.client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(String(context.commandName));
      if (delayMs > 0) {
        delivered.faults++;
        await sleep(delayMs);
      }
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'testSlowStore' },
  );
  return sent;
}

/** An invocation with `timeoutMs` left; counts a fault when the handler reads its time and finds none to spare. */
function shortOfTime(timeoutMs: number): LambdaContext {
  const context = lambdaContext({ functionName: 'storefront-api-test', timeoutMs });
  let counted = false;
  return {
    ...context,
    getRemainingTimeInMillis: () => {
      const remaining = context.getRemainingTimeInMillis();
      if (!counted && remaining <= LAST_ATTEMPT_ALLOWANCE_MS) {
        counted = true;
        delivered.faults++;
      }
      return remaining;
    },
  };
}

describe('the request deadline', () => {
  let h: Harness;
  let productId: string;

  beforeAll(async () => {
    h = await createHarness();
    const category = await aCategory(h.db);
    productId = (await aProduct(h.db, category.categoryId, { name: 'Slow roast' })).productId;
  });

  afterEach(() => h.client.middlewareStack.remove('testSlowStore'));

  afterAll(() => recordSuiteCounts('reliability', delivered));

  it('ends DynamoDB work early enough that every stage answers before its Lambda timeout', () => {
    expect(requestDeadline({ getRemainingTimeInMillis: () => 15_000 }, 0)).toBe(REQUEST_DEADLINE_MS);
    expect(requestDeadline({ getRemainingTimeInMillis: () => 6_000 }, 0)).toBe(6_000 - LAST_ATTEMPT_ALLOWANCE_MS);
    for (const stage of Object.values(stages)) {
      expect(REQUEST_DEADLINE_MS + LAST_ATTEMPT_ALLOWANCE_MS).toBeLessThanOrEqual(stage.timeoutSeconds * 1000);
    }
  });

  it('sends nothing to DynamoDB once the invocation has no time left, and answers SERVICE_UNAVAILABLE', async () => {
    const sent = slowStore(h, 0);
    const context = shortOfTime(LAST_ATTEMPT_ALLOWANCE_MS);

    delivered.requests++;
    const result = (await h.handler(graphqlEvent({ query: PRODUCT_AND_CATEGORY, variables: { id: productId } }), context)) as APIGatewayProxyResult;

    const body = JSON.parse(result.body) as Answer;
    expect(sent).toEqual([]);
    expect(body.data).toEqual({ product: null });
    expect(body.errors!.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(result.body).not.toMatch(/deadline|GetItem/i);
  });

  it('lets the call in flight finish and sends no later one once the deadline has passed', async () => {
    // Arrange: 2 s to the deadline, and a store that takes 2.5 s per request
    const sent = slowStore(h, 2_500);
    const context = shortOfTime(LAST_ATTEMPT_ALLOWANCE_MS + 2_000);

    // Act
    delivered.requests++;
    const result = (await h.handler(graphqlEvent({ query: PRODUCT_AND_CATEGORY, variables: { id: productId } }), context)) as APIGatewayProxyResult;

    // Assess: the product was read; its category, asked for after the deadline, was not
    const body = JSON.parse(result.body) as Answer;
    expect(sent).toEqual(['GetItemCommand']);
    expect(body.errors!.map((error) => [error.extensions.code, error.path?.join('.')])).toEqual([['SERVICE_UNAVAILABLE', 'product.category']]);
    // a product's category is non-null: the field's error nulls the product, as GraphQL does
    expect(body.data).toEqual({ product: null });
  });

  it('leaves a request with time to spare alone', async () => {
    const sent = slowStore(h, 0);

    delivered.requests++;
    const response = await h.gql<{ product: { name: string; category: { name: string } } }>({
      query: PRODUCT_AND_CATEGORY,
      variables: { id: productId },
    });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.product.name).toBe('Slow roast');
    expect(response.body.data!.product.category.name).toBeTruthy();
    expect(sent).toEqual(['GetItemCommand', 'BatchGetItemCommand']);
  });
});
