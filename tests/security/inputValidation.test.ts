import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { getOrderWithLines } from '../../data/orders';
import { getProduct, getProductPage } from '../../data/products';
import { limits } from '../../domain/limits';
import { aCategory, aProduct, makeProductInput } from '../factories/catalog';
import { createHarness, type GraphqlResponse, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';
import { tableItems } from '../helpers/tableItems';

/** Strings shaped like ElectroDB key templates, DynamoDB expressions or marshalled values. */
const KEY_AND_EXPRESSION_SHAPES = [
  'abc#ORDER#x',
  '$storefront#product_1#productid_x',
  '#pk',
  ':v',
  '{"S":"x"}',
  'attribute_not_exists(pk) OR :a = :a',
  'SET stock = :zero REMOVE #status',
  "x' OR '1'='1",
  '../../etc/passwd',
  'a'.repeat(65),
  '',
  'ünïcødé',
  'id with spaces',
];

const WRITES = ['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand', 'BatchWriteItemCommand'];

describe('input validation through the Lambda handler', () => {
  let h: Harness;
  let category: CategoryItem;
  let product: ProductItem;
  let customer: string;
  let admin: string;
  let attacks = 0;

  beforeAll(async () => {
    h = await createHarness({ introspection: false });
    category = await aCategory(h.db);
    product = await aProduct(h.db, category.categoryId, { stock: 500 });
    customer = h.token({ sub: 'validator' });
    admin = h.token({ sub: 'validator-admin', admin: true });
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  afterAll(() => recordSuiteCounts('security', { attacks }));

  const place = (items: unknown[], idempotencyKey = 'validation-order') => ({
    query: 'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id items { quantity } } }',
    variables: { i: { idempotencyKey, items } },
    token: customer,
  });
  const review = (input: Record<string, unknown>) => ({
    query: 'mutation($i: AddReviewInput!) { addReview(input: $i) { id } }',
    variables: { i: { productId: product.productId, rating: 5, title: 'ok', ...input } },
    token: customer,
  });

  async function refusedInput(request: Parameters<Harness['gql']>[0]): Promise<GraphqlResponse> {
    attacks++;
    h.calls.length = 0;
    const response = await h.gql(request);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(h.calls).toEqual([]);
    return response;
  }

  describe('ids never reach a key template unless they are plain ids', () => {
    const idFields: Array<[string, string, (id: string) => Record<string, unknown>, 'customer' | 'admin' | undefined]> = [
      ['product(id)', 'query($v: ID!) { product(id: $v) { id } }', (v) => ({ v }), undefined],
      ['category(id)', 'query($v: ID!) { category(id: $v) { id } }', (v) => ({ v }), undefined],
      ['products(categoryId)', 'query($v: ID!) { products(categoryId: $v) { edges { cursor } } }', (v) => ({ v }), undefined],
      ['order(id)', 'query($v: ID!) { order(id: $v) { id } }', (v) => ({ v }), 'customer'],
      ['cancelOrder(id)', 'mutation($v: ID!) { cancelOrder(id: $v) { id } }', (v) => ({ v }), 'customer'],
      [
        'placeOrder(items.productId)',
        'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }',
        (v) => ({ i: { idempotencyKey: 'k1', items: [{ productId: v, quantity: 1 }] } }),
        'customer',
      ],
      [
        'addReview(productId)',
        'mutation($i: AddReviewInput!) { addReview(input: $i) { id } }',
        (v) => ({ i: { productId: v, rating: 5, title: 't' } }),
        'customer',
      ],
      ['updateProduct(id)', 'mutation($v: ID!) { updateProduct(id: $v, input: { name: "n" }, expectedVersion: 1) { id } }', (v) => ({ v }), 'admin'],
      ['restockProduct(id)', 'mutation($v: ID!) { restockProduct(id: $v, quantity: 1) { id } }', (v) => ({ v }), 'admin'],
    ];

    it.each(idFields)('%s refuses every key- or expression-shaped id with BAD_USER_INPUT and sends nothing', async (_name, query, variables, who) => {
      const token = who === 'admin' ? admin : who === 'customer' ? customer : undefined;
      for (const id of KEY_AND_EXPRESSION_SHAPES) {
        await refusedInput({ query, variables: variables(id), token });
      }
    });
  });

  describe('sizes, ranges and counts', () => {
    it.each([0, -1, 100, 1_000_000])('refuses quantity %i', async (quantity) => {
      await refusedInput(place([{ productId: product.productId, quantity }]));
    });

    it('refuses merged lines whose quantity passes 99, instead of sending two actions on one item', async () => {
      await refusedInput(
        place([
          { productId: product.productId, quantity: 60 },
          { productId: product.productId, quantity: 40 },
        ]),
      );
    });

    it('refuses an empty order and one of 26 lines; accepts 25 lines in one transaction', async () => {
      const products = await Promise.all(Array.from({ length: 26 }, () => aProduct(h.db, category.categoryId, { stock: 5 })));
      const lines = products.map((item) => ({ productId: item.productId, quantity: 1 }));

      await refusedInput(place([]));
      await refusedInput(place(lines, 'twenty-six'));
      h.calls.length = 0;
      const accepted = await h.gql<{ placeOrder: { items: unknown[] } }>(place(lines.slice(0, 25), 'twenty-five'));

      expect(accepted.body.errors).toBeUndefined();
      expect(accepted.body.data!.placeOrder.items).toHaveLength(25);
      expect(h.calls).toEqual(['BatchGetItemCommand', 'TransactWriteItemsCommand']);
      expect((await getProduct(h.db, { productId: products[25]!.productId }))!.stock).toBe(5);
    });

    it.each([
      ['an empty key', ''],
      ['a 65-character key', 'k'.repeat(65)],
      ['a key with spaces', 'my key'],
      ['a key with control characters', 'k\u0000\n'],
    ])('refuses %s as idempotencyKey', async (_name, key) => {
      await refusedInput(place([{ productId: product.productId, quantity: 1 }], key));
    });

    it.each([0, 6, -5])('refuses rating %i', async (rating) => {
      await refusedInput(review({ rating }));
    });

    it.each([
      ['a 201-character title', { title: 't'.repeat(limits.titleMaxLength + 1) }],
      ['a blank title', { title: '   ' }],
      ['a 5,001-character body', { body: 'b'.repeat(limits.reviewBodyMaxLength + 1) }],
    ])('refuses a review with %s', async (_name, input) => {
      await refusedInput(review(input));
    });

    it.each([
      ['a 201-character name', { name: 'n'.repeat(limits.nameMaxLength + 1) }],
      ['a 5,001-character description', { description: 'd'.repeat(limits.descriptionMaxLength + 1) }],
      ['a SKU shaped like a key', { sku: 'SKU#1' }],
      ['negative stock', { stock: -1 }],
      ['a negative price', { price: { amount: -1, currency: 'USD' } }],
      ['a currency that is not ISO-4217', { price: { amount: 1, currency: 'usd$' } }],
    ])('refuses a product with %s', async (_name, overrides) => {
      await refusedInput({
        query: 'mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }',
        variables: { i: makeProductInput(category.categoryId, overrides) },
        token: admin,
      });
    });

    it('keeps the largest items the limits allow far below DynamoDB’s 400 KB item limit', async () => {
      // Prepare: maximal strings everywhere
      const big = await aProduct(h.db, category.categoryId, {
        name: 'N'.repeat(limits.nameMaxLength),
        description: 'D'.repeat(limits.descriptionMaxLength),
        stock: 100,
      });
      const reviewed = await h.gql({
        ...review({ productId: big.productId, title: 'T'.repeat(limits.titleMaxLength), body: 'B'.repeat(limits.reviewBodyMaxLength) }),
      });
      const lines = await Promise.all(
        Array.from({ length: 24 }, () => aProduct(h.db, category.categoryId, { name: 'M'.repeat(limits.nameMaxLength), stock: 100 })),
      );
      const order = await h.gql<{ placeOrder: { id: string } }>(
        place(
          [big, ...lines].map((item) => ({ productId: item.productId, quantity: limits.maxLineQuantity })),
          'largest-order',
        ),
      );

      // Act
      const page = await getProductPage(h.db, { productId: big.productId, reviewsFirst: 1, cursors: { encode: () => 'c', decode: () => ({}) } });
      const stored = await getOrderWithLines(h.db, { orderId: order.body.data!.placeOrder.id });
      const sizes = [page!.product, page!.reviews.edges[0]!.node, stored!.order, ...stored!.lines].map((item) =>
        Buffer.byteLength(JSON.stringify(item)),
      );

      // Assess
      expect(reviewed.body.errors).toBeUndefined();
      expect(Math.max(...sizes)).toBeLessThan(100_000);
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(100_000);
    });
  });

  describe('values shaped like keys or expressions are stored literally', () => {
    const literal = KEY_AND_EXPRESSION_SHAPES.filter((value) => value.trim() && value.length <= limits.titleMaxLength);

    it('stores review titles and bodies exactly as sent, and changes nothing else', async () => {
      // Prepare
      const target = await aProduct(h.db, category.categoryId, { stock: 7 });

      // Act
      for (const [index, value] of literal.entries()) {
        attacks++;
        const response = await h.gql({
          query: 'mutation($i: AddReviewInput!) { addReview(input: $i) { title body } }',
          variables: { i: { productId: target.productId, rating: 3, title: value, body: value } },
          token: h.token({ sub: `literal-${index}` }),
        });
        expect(response.body.data).toEqual({ addReview: { title: value, body: value } });
      }

      // Assess
      const page = await h.gql<{ product: { stock: number; reviews: { edges: Array<{ node: { title: string; body: string } }> } } }>({
        query: 'query($id: ID!) { product(id: $id) { stock reviews(first: 100) { edges { node { title body } } } } }',
        variables: { id: target.productId },
      });
      expect(page.body.data!.product.stock).toBe(7);
      expect(page.body.data!.product.reviews.edges.map((edge) => edge.node.title).sort()).toEqual([...literal].sort());
      expect(await getProduct(h.db, { productId: target.productId })).toMatchObject({
        stock: 7,
        ratingCount: literal.length,
        status: 'ACTIVE',
        version: 1,
      });
    });

    it('stores product and category names literally, and hashes idempotency keys instead of using them in keys', async () => {
      attacks += 3;
      const name = '#pk = :v {"S":"x"} $storefront#product_1';
      const created = await h.gql<{ createProduct: { id: string; name: string } }>({
        query: 'mutation($i: CreateProductInput!) { createProduct(input: $i) { id name } }',
        variables: { i: makeProductInput(category.categoryId, { name, stock: 2 }) },
        token: admin,
      });
      const createdCategory = await h.gql<{ createCategory: { name: string } }>({
        query: 'mutation { createCategory(input: { name: "#sk :now", slug: "literal-category" }) { name } }',
        token: admin,
      });
      const placed = await h.gql<{ placeOrder: { id: string } }>(
        place([{ productId: created.body.data!.createProduct.id, quantity: 1 }], 'k#ORDER#x:v'),
      );

      expect(created.body.data!.createProduct.name).toBe(name);
      expect(createdCategory.body.data!.createCategory.name).toBe('#sk :now');
      expect(placed.body.errors).toBeUndefined();
      expect(placed.body.data!.placeOrder.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(placed.body.data!.placeOrder.id).not.toContain('ORDER');
      expect((await getProduct(h.db, { productId: created.body.data!.createProduct.id }))!.stock).toBe(1);
    });
  });

  it('sends no write for any refused input, and leaves the table exactly as it was', async () => {
    // Prepare: one refused input of each kind that would otherwise write
    const before = await tableItems(h);
    const lines = (count: number) => Array.from({ length: count }, () => ({ productId: product.productId, quantity: 1 }));
    const refused = [
      place([{ productId: product.productId, quantity: 0 }], 'refused-quantity'),
      place([{ productId: product.productId, quantity: 100 }], 'refused-quantity-high'),
      place(lines(26), 'refused-lines'),
      place([{ productId: 'abc#ORDER#x', quantity: 1 }], 'refused-id'),
      place([{ productId: product.productId, quantity: 1 }], 'refused key'),
      review({ rating: 6 }),
      review({ title: 't'.repeat(limits.titleMaxLength + 1) }),
      { query: 'mutation($v: ID!) { cancelOrder(id: $v) { id } }', variables: { v: '#pk' }, token: customer },
      {
        query: 'mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }',
        variables: { i: makeProductInput(category.categoryId, { stock: -1 }) },
        token: admin,
      },
      {
        query: 'mutation($v: ID!) { restockProduct(id: $v, quantity: 1) { id } }',
        variables: { v: 'SET stock = :zero REMOVE #status' },
        token: admin,
      },
    ];
    h.calls.length = 0;

    // Act
    const codes: unknown[] = [];
    for (const request of refused) {
      attacks++;
      codes.push((await h.gql(request)).body.errors?.[0]?.extensions?.code);
    }

    // Assess
    expect(codes).toEqual(refused.map(() => 'BAD_USER_INPUT'));
    expect(h.calls.filter((name) => WRITES.includes(name))).toEqual([]);
    expect(await tableItems(h)).toEqual(before);
  });
});
