import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { MAX_TOKENS } from '../../server/createServer';
import { defaultQueryLimits, defaultRuntimeSettings, type RuntimeSettings, type RuntimeSettingsStore } from '../../runtime/settings/runtimeSettings';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type GraphqlResponse, type Harness } from '../helpers/handlerHarness';
import { resolverCalls } from '../helpers/resolverCalls';
import { recordSuiteCounts } from '../helpers/suiteSummary';

/** `levels` nested selections (leaf included) from `product`, through connection edges/node hops. */
function depthQuery(levels: number): string {
  const cycle = ['category', 'products(first: 1)', 'edges', 'node'];
  const chain = Array.from({ length: levels - 2 }, (_, index) => cycle[index % cycle.length]!);
  return `query($id: ID!) { product(id: $id) { ${chain.map((field) => `${field} { `).join('')}__typename${' }'.repeat(chain.length)} } }`;
}

/** The same depth through named fragments, one per level. */
function depthQueryWithFragments(levels: number): string {
  const types = ['Category', 'ProductConnection', 'ProductEdge', 'Product'];
  const fields = ['products(first: 1)', 'edges', 'node', 'category'];
  const fragments = Array.from({ length: levels - 2 }, (_, index) => {
    const type = types[index % 4]!;
    const inner = index === levels - 3 ? '__typename' : `${fields[index % 4]} { ...F${index + 1} }`;
    return `fragment F${index} on ${type} { ${inner} }`;
  });
  return `query($id: ID!) { product(id: $id) { category { ...F0 } } } ${fragments.join(' ')}`;
}

/** The same depth through inline fragments at every level. */
function depthQueryWithInlineFragments(levels: number): string {
  const cycle = [
    ['category', 'Category'],
    ['products(first: 1)', 'ProductConnection'],
    ['edges', 'ProductEdge'],
    ['node', 'Product'],
  ] as const;
  const chain = Array.from({ length: levels - 2 }, (_, index) => cycle[index % 4]!);
  return `query($id: ID!) { product(id: $id) { ${chain.map(([field, type]) => `${field} { ... on ${type} { `).join('')}__typename${' } }'.repeat(chain.length)} } }`;
}

/**
 * A valid document of exactly `tokens` lexical tokens (a multiple of 8, plus up to 7): a batch of
 * small named operations, as a persisted-query document might hold; `operationName` picks Q0.
 */
/** A valid document of exactly `tokens` tokens within the document bounds (server/documentBounds.ts); `Q0` reads the categories. */
function documentOfTokens(tokens: number): string {
  const operations: string[] = [];
  let remaining = tokens - 8; // query Q0 { categories { id } }
  while (remaining >= 10) {
    const aliases = Math.min(15, Math.floor((remaining - 4) / 6));
    const fields = Array.from({ length: aliases }, (_, index) => `a${index}: categories { id }`);
    operations.push(`query Q${operations.length + 1} { ${fields.join(' ')} }`);
    remaining -= 4 + 6 * aliases;
  }
  const padding = Array.from({ length: remaining }, (_, index) => ` ${['name', 'slug', '__typename'][index % 3]}`).join('');
  return [`query Q0 { categories { id${padding} } }`, ...operations].join('\n');
}

function mutableSettings(initial: RuntimeSettings): RuntimeSettingsStore & { set(settings: RuntimeSettings): void } {
  let current = initial;
  return { current: () => current, refresh: async () => undefined, set: (settings) => (current = settings) };
}

describe('GraphQL safety limits through the Lambda handler', () => {
  let dev: Harness;
  let prod: Harness;
  let category: CategoryItem;
  let product: ProductItem;
  let attacks = 0;
  let leaks = 0;

  beforeAll(async () => {
    dev = await createHarness({ introspection: true });
    prod = await createHarness({ introspection: false });
    category = await aCategory(prod.db);
    product = await aProduct(prod.db, category.categoryId);
    for (let index = 0; index < 24; index++) await aProduct(prod.db, category.categoryId, {}, index + 1);
    await aProduct(dev.db, (await aCategory(dev.db)).categoryId);
  });

  beforeEach(() => {
    dev.calls.length = 0;
    prod.calls.length = 0;
    resolverCalls.count = 0;
  });

  afterAll(() => recordSuiteCounts('security', { attacks, leaks }));

  /** Sends a hostile request and asserts it was refused before any resolver ran or DynamoDB was called. */
  async function refused(h: Harness, request: Parameters<Harness['gql']>[0], status: number, code: string): Promise<GraphqlResponse> {
    attacks++;
    const response = await h.gql(request);
    if (/stacktrace|\.ts:\d|node_modules/i.test(JSON.stringify(response.body))) leaks++;
    expect(response.statusCode).toBe(status);
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.body.data).toBeUndefined();
    expect(resolverCalls.count).toBe(0);
    expect(h.calls).toEqual([]);
    return response;
  }

  describe('depth', () => {
    it.each([
      ['plain selections', depthQuery],
      ['nested named fragments', depthQueryWithFragments],
      ['inline fragments', depthQueryWithInlineFragments],
    ])('accepts 10 levels and refuses 11 with 400 GRAPHQL_VALIDATION_FAILED (%s)', async (_shape, build) => {
      const ten = await prod.gql({ query: build(10), variables: { id: product.productId } });
      expect(ten.statusCode).toBe(200);
      expect(ten.body.errors).toBeUndefined();
      resolverCalls.count = 0;
      prod.calls.length = 0;

      const eleven = await refused(prod, { query: build(11), variables: { id: product.productId } }, 400, 'GRAPHQL_VALIDATION_FAILED');

      expect(eleven.body.errors?.[0]?.message).toBe('Query validation error.');
    });

    it('names the limit only where schema details are shown (dev)', async () => {
      const response = await refused(dev, { query: depthQuery(11), variables: { id: 'x' } }, 400, 'GRAPHQL_VALIDATION_FAILED');

      expect(response.body.errors?.[0]?.message).toBe('Query depth limit of 10 exceeded, found 11.');
    });

    it('refuses deep introspection-shaped queries in prod (introspection is off)', async () => {
      const query = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;

      const response = await refused(prod, { query }, 400, 'GRAPHQL_VALIDATION_FAILED');

      expect(response.body.errors?.[0]?.extensions?.validationErrorCode).toBe('INTROSPECTION_DISABLED');
    });
  });

  describe('aliases and directives', () => {
    const aliases = (count: number) => `query($id: ID!) { product(id: $id) { ${Array.from({ length: count }, (_, i) => `a${i}: name`).join(' ')} } }`;
    const directives = (count: number) =>
      `query($id: ID!) { product(id: $id) { ${Array.from({ length: count }, (_, i) => `d${i}: sku @include(if: true)`).join(' ')} } }`;

    it('accepts 15 aliases and refuses 16', async () => {
      const fifteen = await prod.gql({ query: aliases(15), variables: { id: product.productId } });
      expect(fifteen.statusCode).toBe(200);
      resolverCalls.count = 0;
      prod.calls.length = 0;

      await refused(prod, { query: aliases(16), variables: { id: product.productId } }, 400, 'GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses an alias flood on a root field that reads DynamoDB', async () => {
      const query = `{ ${Array.from({ length: 50 }, (_, i) => `c${i}: categories { id }`).join(' ')} }`;

      await refused(prod, { query }, 400, 'GRAPHQL_VALIDATION_FAILED');
    });

    it('accepts 10 directives and refuses 11', async () => {
      const ten = await prod.gql({ query: directives(10), variables: { id: product.productId } });
      expect(ten.statusCode).toBe(200);
      resolverCalls.count = 0;
      prod.calls.length = 0;

      await refused(prod, { query: directives(11), variables: { id: product.productId } }, 400, 'GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('size', () => {
    it(`accepts a document of ${MAX_TOKENS} tokens and refuses ${MAX_TOKENS + 1} with 400 GRAPHQL_PARSE_FAILED`, async () => {
      const accepted = await prod.gql({ query: documentOfTokens(MAX_TOKENS), operationName: 'Q0' });
      expect(accepted.statusCode).toBe(200);
      expect(prod.calls).toEqual(['QueryCommand']);
      resolverCalls.count = 0;
      prod.calls.length = 0;

      const response = await refused(prod, { query: documentOfTokens(MAX_TOKENS + 1), operationName: 'Q0' }, 400, 'GRAPHQL_PARSE_FAILED');

      expect(response.body.errors?.[0]?.message).toMatch(/2000 tokens/);
    });

    it('refuses fragment explosions past Apollo’s recursive-selection limit', async () => {
      // each fragment spreads the previous one twice: 2^26 selections from a few hundred tokens
      const fragments = Array.from({ length: 26 }, (_, index) =>
        index === 0 ? 'fragment F0 on Category { id }' : `fragment F${index} on Category { ...F${index - 1} ...F${index - 1} }`,
      );
      const query = `{ categories { ...F25 } } ${fragments.join(' ')}`;

      await refused(prod, { query }, 400, 'GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('cost', () => {
    it('refuses an over-budget query (100 products × 100 reviews) before any request', async () => {
      const query = `query($c: ID!) { products(categoryId: $c, first: 100) { edges { node { reviews(first: 100) { edges { node { title body author { name } } } } } } } }`;

      const response = await refused(prod, { query, variables: { c: category.categoryId } }, 400, 'GRAPHQL_VALIDATION_FAILED');

      expect(response.body.errors?.[0]?.message).toBe('Query validation error.');
    });

    it('prices `first: $variable` and an omitted `first` by the values they resolve to', async () => {
      const query = `query($c: ID!, $n: Int, $m: Int) { products(categoryId: $c, first: $n) { edges { node { reviews(first: $m) { edges { node { title body author { name } } } } } } } }`;

      await refused(prod, { query, variables: { c: category.categoryId, n: 100, m: 100 } }, 400, 'GRAPHQL_VALIDATION_FAILED');
      const cheap = await prod.gql({ query, variables: { c: category.categoryId, n: 2, m: 2 } });
      const withDefaults = `query($c: ID!) { products(categoryId: $c) { edges { node { reviews { edges { node { title body author { name } } } } } } } }`;
      const defaults = await dev.gql({ query: withDefaults, variables: { c: 'x' } });

      expect(cheap.statusCode).toBe(200);
      // 20 products (default) × 10 reviews (default): priced as such, and over the budget
      expect(defaults.statusCode).toBe(400);
      expect(defaults.body.errors?.[0]?.message).toMatch(/^Query Cost limit of 5000 exceeded, found \d+/);
    });
  });

  describe('page sizes, from literals, variables and defaults', () => {
    const listing = `query($c: ID!, $n: Int) { products(categoryId: $c, first: $n) { edges { node { id } } } }`;

    it.each([100_000, 101, 0, -1])('refuses first: %p with BAD_USER_INPUT before any DynamoDB request', async (first) => {
      const response = await refused(prod, { query: listing, variables: { c: category.categoryId, n: first } }, 400, 'BAD_USER_INPUT');

      expect(response.body.errors?.[0]?.message).toBe('"first" must be between 1 and 100.');
    });

    it('refuses a literal page size over the cap on a nested connection too', async () => {
      await refused(
        prod,
        { query: `query($id: ID!) { product(id: $id) { reviews(first: 500) { edges { cursor } } } }`, variables: { id: product.productId } },
        400,
        'BAD_USER_INPUT',
      );
    });

    it('uses the default page of 20 when first is omitted or null, and never returns more than 100 items', async () => {
      const omitted = await prod.gql<{ products: { edges: unknown[] } }>({ query: listing, variables: { c: category.categoryId } });
      const explicitNull = await prod.gql<{ products: { edges: unknown[] } }>({ query: listing, variables: { c: category.categoryId, n: null } });
      const hundred = await prod.gql<{ products: { edges: unknown[] } }>({ query: listing, variables: { c: category.categoryId, n: 100 } });

      expect(omitted.body.data!.products.edges).toHaveLength(20);
      expect(explicitNull.body.data!.products.edges).toHaveLength(20);
      expect(hundred.body.data!.products.edges.length).toBeLessThanOrEqual(100);
      expect(hundred.body.data!.products.edges).toHaveLength(25);
    });

    it('refuses wrongly typed or missing non-null variables with 400 BAD_USER_INPUT', async () => {
      const query = `query($id: ID!) { product(id: $id) { id } }`;

      for (const variables of [{}, { id: null }, { id: { S: 'x' } }, { id: ['a', 'b'] }]) {
        resolverCalls.count = 0;
        await refused(prod, { query, variables }, 400, 'BAD_USER_INPUT');
      }
      await refused(prod, { query: listing, variables: { c: category.categoryId, n: '10' } }, 400, 'BAD_USER_INPUT');
    });
  });

  describe('limits from the runtime settings in force', () => {
    it('applies changed limits on the next request, to documents validated before too', async () => {
      // Prepare
      const settings = mutableSettings(defaultRuntimeSettings());
      const h = await createHarness({}, { settings });
      const cat = await aCategory(h.db);
      await aProduct(h.db, cat.categoryId);
      const listing = `query($c: ID!) { products(categoryId: $c) { edges { node { id category { id } } } } }`;
      const before = await h.gql({ query: listing, variables: { c: cat.categoryId } });
      h.calls.length = 0;
      resolverCalls.count = 0;

      // Act
      settings.set(defaultRuntimeSettings({ limits: { ...defaultQueryLimits, maxPageSize: 10, maxDepth: 4 } }));
      attacks++;
      const after = await h.gql({ query: listing, variables: { c: cat.categoryId } });
      attacks++;
      const shallow = await h.gql({
        query: `query($c: ID!) { products(categoryId: $c, first: 10) { edges { cursor } } }`,
        variables: { c: cat.categoryId },
      });

      // Assess
      expect(before.statusCode).toBe(200);
      expect(after.statusCode).toBe(400);
      expect(after.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED'); // depth 5 > 4
      expect(shallow.statusCode).toBe(200);
      const page = await h.gql({ query: `query($c: ID!) { products(categoryId: $c) { edges { cursor } } }`, variables: { c: cat.categoryId } });
      expect(page.body.errors?.[0]).toMatchObject({ message: '"first" must be between 1 and 10.', extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  describe('introspection and field suggestions', () => {
    it('refuses __schema and __type in prod with INTROSPECTION_DISABLED, and still answers __typename', async () => {
      for (const query of [
        '{ __schema { queryType { name } } }',
        '{ __type(name: "Order") { fields { name } } }',
        '{ categories { id } __schema { types { name } } }',
      ]) {
        resolverCalls.count = 0;
        const response = await refused(prod, { query }, 400, 'GRAPHQL_VALIDATION_FAILED');
        expect(response.body.errors?.[0]?.extensions?.validationErrorCode).toBe('INTROSPECTION_DISABLED');
        if (/Order|Customer|fields/.test(JSON.stringify(response.body.errors))) leaks++;
      }
      const typename = await prod.gql({ query: '{ __typename }' });

      expect(typename.body).toEqual({ data: { __typename: 'Query' } });
    });

    it('serves introspection in dev', async () => {
      const response = await dev.gql<{ __schema: { queryType: { name: string } } }>({ query: '{ __schema { queryType { name } } }' });

      expect(response.body.data!.__schema.queryType.name).toBe('Query');
    });

    it.each([
      ['a misspelled field', { query: '{ prodcts(categoryId: "c") { edges { cursor } } }' }],
      ['a misspelled enum value', { query: '{ products(categoryId: "c", sort: NEWST) { edges { cursor } } }' }],
      ['a misspelled argument', { query: '{ products(categoryId: "c", frist: 1) { edges { cursor } } }' }],
      [
        'a misspelled input field in variables',
        {
          query: 'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }',
          variables: { i: { idempotencyKey: 'k', items: [{ productId: 'p', quantiy: 1 }] } },
        },
      ],
    ])('hides “Did you mean” suggestions in prod and shows them in dev (%s)', async (_name, request) => {
      attacks++;
      const hidden = await prod.gql(request);
      const shown = await dev.gql(request);

      if (/Did you mean/.test(JSON.stringify(hidden.body))) leaks++;
      expect(hidden.statusCode).toBe(400);
      expect(JSON.stringify(hidden.body)).not.toMatch(/Did you mean/);
      expect(JSON.stringify(shown.body)).toMatch(/Did you mean/);
      expect(prod.calls).toEqual([]);
    });
  });
});
