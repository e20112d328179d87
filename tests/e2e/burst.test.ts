import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../../local/localAuth';
import { readOutbox } from '../../notifier/localOutbox';
import type { OrderEventV1 } from '../../notifier/orderEvent';
import { startLocalStack, type LocalStack } from '../../local/startLocalStack';

type Body = { data?: Record<string, any> | null; errors?: Array<{ extensions?: { code?: string } }> };

describe('a burst of orders through the local gateway', () => {
  let stack: LocalStack;
  // as `npm start` runs it: DynamoDB Local keeping its data on disk, which answers slower than in memory
  const dataDir = mkdtempSync(join(tmpdir(), 'storefront-burst-'));

  beforeAll(async () => {
    stack = await startLocalStack({ port: 0, dataDir });
    // a whole local stack (Java included) on a busy 2-core machine can take over a minute to start
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = async (query: string, variables: object, token: string): Promise<Body> => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  };

  it('sells exactly the stock to 200 concurrent buyers, and refuses the rest OUT_OF_STOCK, none SERVICE_UNAVAILABLE', async () => {
    // Prepare: 50 units of a new product
    const { data: categories } = await post('{ categories { id slug } }', {}, stack.tokens.customer);
    const coffee = (categories!.categories as Array<{ id: string; slug: string }>).find((category) => category.slug === 'coffee')!;
    const created = await post(
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      { input: { sku: `BURST-${Date.now()}`, name: 'Limited roast', categoryId: coffee.id, price: { amount: 2500, currency: 'USD' }, stock: 50 } },
      stack.tokens.admin,
    );
    const productId = created.data!.createProduct.id as string;

    // Act: 200 buyers at once, one unit each
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, buyer) =>
        post(
          'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
          { input: { idempotencyKey: 'burst', items: [{ productId, quantity: 1 }] } },
          signToken(stack.signingKey, { sub: `burst-buyer-${buyer}` }),
        ),
      ),
    );
    const outcomes: Record<string, number> = {};
    for (const answer of answers) {
      const outcome = answer.errors?.[0]?.extensions?.code ?? 'PLACED';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    const { data: after } = await post(`{ product(id: "${productId}") { stock } }`, {}, stack.tokens.customer);
    await stack.notifier.idle();
    const outbox = readOutbox(stack.notifier.outboxFile);

    // Assess: sold out exactly, and the local notifier published every order once, dead-lettering none
    expect(outcomes).toEqual({ PLACED: 50, OUT_OF_STOCK: 150 });
    expect(after!.product.stock).toBe(0);
    expect(outbox.filter((line) => line.kind === 'dead-letter')).toEqual([]);
    const placed = outbox.filter(
      (line) => line.kind === 'message' && (line.body as OrderEventV1).order?.lines.some((orderLine) => orderLine.productId === productId),
    );
    expect(placed).toHaveLength(50);
  }, 180_000);
});
