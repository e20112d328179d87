import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { getProduct } from '../../data/products';
import { aCategory, aProduct } from '../factories/catalog';
import { graphqlEvent } from '../helpers/apiGatewayEvent';
import { ACCOUNT_ID, TABLE_ARN, awsError, injectFaults, seededChance, throttled, type Fault, type FaultInjector } from '../helpers/faultInjection';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { recordSuiteCounts } from '../helpers/suiteSummary';

/** What must never reach a client: AWS identifiers, SDK and JS error names, code locations. */
const FORBIDDEN = [
  /arn:/i,
  new RegExp(ACCOUNT_ID),
  /storefront-prod/,
  /Exception/,
  /TypeError|ElectroError|SyntaxError/,
  /\.ts\b|\.js\b|\/var\/task|node_modules/,
  /stacktrace/i,
  /gsi\dpk|\$storefront/,
  /Deserialization/i,
];

const FAULTS: ReadonlyArray<readonly [string, () => Fault]> = [
  [
    'AccessDeniedException',
    () =>
      awsError(
        'AccessDeniedException',
        `User: arn:aws:sts::${ACCOUNT_ID}:assumed-role/storefront-api-prod/storefront is not authorized to perform: dynamodb:GetItem on resource: ${TABLE_ARN} because no identity-based policy allows the dynamodb:GetItem action`,
      ),
  ],
  [
    'ResourceNotFoundException',
    () => awsError('ResourceNotFoundException', `Requested resource not found: Table: storefront-prod not found (${TABLE_ARN})`),
  ],
  [
    'ValidationException',
    () =>
      awsError(
        'ValidationException',
        `One or more parameter values were invalid: Missing the key gsi1pk in the item; $storefront#product_1 (${TABLE_ARN})`,
      ),
  ],
  [
    'TypeError',
    () => ({ kind: 'throw', error: new TypeError(`Cannot read properties of undefined (reading '${TABLE_ARN}') at /var/task/index.js:1:2`) }),
  ],
  ['InternalServerError (500)', () => awsError('InternalServerError', `Internal server error on ${TABLE_ARN}`, 500)],
  [
    'a response that does not deserialize',
    () => ({
      kind: 'throw',
      error: Object.assign(new SyntaxError('Unexpected token < in JSON at position 0 (storefront-prod)'), { $response: { body: '<html>' } }),
    }),
  ],
];

describe('error masking through the Lambda handler', () => {
  let h: Harness;
  let faults: FaultInjector;
  let category: CategoryItem;
  let product: ProductItem;
  let attacks = 0;
  let leaks = 0;

  beforeAll(async () => {
    h = await createHarness({ introspection: false });
    category = await aCategory(h.db);
    product = await aProduct(h.db, category.categoryId, { stock: 1000 });
    faults = injectFaults(h.client);
  });

  afterEach(() => {
    faults.plan = undefined;
  });

  afterAll(() => recordSuiteCounts('security', { attacks, leaks }));

  const operations = () => [
    { query: 'query($id: ID!) { product(id: $id) { id name } }', variables: { id: product.productId } },
    { query: 'query($c: ID!) { products(categoryId: $c, first: 5) { edges { node { id } } } }', variables: { c: category.categoryId } },
    { query: '{ categories { id } }' },
    { query: '{ me { id orders(first: 2) { edges { node { id } } } } }', token: h.token({ sub: 'masked-customer' }) },
    { query: 'query($id: ID!) { order(id: $id) { id } }', variables: { id: 'some-order' }, token: h.token({ sub: 'masked-customer' }) },
    {
      query: 'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }',
      variables: { i: { idempotencyKey: `masked-${Math.random()}`, items: [{ productId: product.productId, quantity: 1 }] } },
      token: h.token({ sub: 'masked-customer' }),
    },
    {
      query: 'mutation($id: ID!) { restockProduct(id: $id, quantity: 1) { stock } }',
      variables: { id: product.productId },
      token: h.token({ sub: 'ops', admin: true }),
    },
  ];

  it('answers 50 randomized faults with INTERNAL_SERVER_ERROR, a generic message and the request id, leaking nothing; the logs keep the detail', async () => {
    const seen = new Set<string>();
    for (let run = 0; run < 50; run++) {
      // Prepare
      const [faultName, fault] = FAULTS[Math.floor(seededChance('masking-fault', String(run)) * FAULTS.length)]!;
      const operation = operations()[Math.floor(seededChance('masking-operation', String(run)) * operations().length)]!;
      const event = graphqlEvent(operation);
      const requestId = event.requestContext.requestId;
      faults.plan = () => fault();
      const logsBefore = h.logs.length;

      // Act
      attacks++;
      const response = await h.send(event);

      // Assess
      const text = JSON.stringify(response.body);
      const leaked = FORBIDDEN.filter((pattern) => pattern.test(text));
      if (leaked.length) leaks++;
      expect({ run, faultName, leaked }).toEqual({ run, faultName, leaked: [] });
      expect(response.body.errors?.[0]).toMatchObject({
        message: 'Internal server error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      });
      const logged = h.logs
        .slice(logsBefore)
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((entry) => entry.message === 'Unexpected error');
      expect(logged).toMatchObject({ level: 'ERROR', requestId });
      expect(JSON.stringify(logged)).toMatch(/storefront-prod/);
      seen.add(faultName);
    }
    expect(seen.size).toBe(FAULTS.length);
  });

  it('answers throttling that outlasts the retries with a retryable SERVICE_UNAVAILABLE and the request id, without SDK text', async () => {
    faults.plan = () => throttled();
    const event = graphqlEvent({ query: 'query($id: ID!) { product(id: $id) { id } }', variables: { id: product.productId } });

    attacks++;
    const response = await h.send(event);

    expect(response.body.errors?.[0]).toMatchObject({
      message: 'The service is temporarily unavailable; retry the request.',
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId: event.requestContext.requestId },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/Throughput|Exception|arn:/);
  });

  it('writes nothing when a write is refused by DynamoDB', async () => {
    faults.plan = ({ command }) => (command === 'TransactWriteItemsCommand' ? FAULTS[0]![1]() : undefined);
    const before = (await getProduct(h.db, { productId: product.productId }))!.stock;

    attacks++;
    const response = await h.gql({
      query: 'mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }',
      variables: { i: { idempotencyKey: 'denied-write', items: [{ productId: product.productId, quantity: 3 }] } },
      token: h.token({ sub: 'masked-writer' }),
    });
    faults.plan = undefined;

    expect(response.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await getProduct(h.db, { productId: product.productId }))!.stock).toBe(before);
    const orders = await h.gql<{ me: { orders: { edges: unknown[] } } }>({
      query: '{ me { orders { edges { cursor } } } }',
      token: h.token({ sub: 'masked-writer' }),
    });
    expect(orders.body.data!.me.orders.edges).toEqual([]);
  });
});
