import { buildSchema, getNullableType, isNonNullType } from 'graphql';
import { putCustomer } from '../../data/customers';
import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { getOrderWithLines } from '../../data/orders';
import { getProduct } from '../../data/products';
import { addAddress } from '../../domain/cart/addressBook';
import { createCart } from '../../domain/cart/createCart';
import { placeOrder } from '../../domain/orders/placeOrder';
import { addReview } from '../../domain/reviews/addReview';
import { typeDefs } from '../../generated/typeDefs';
import { defaultQueryLimits, defaultRuntimeSettings } from '../../runtime/settings/runtimeSettings';
import { fixedSettings } from '../helpers/fixedSettings';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { describePath, pathsToTypes, type SchemaPath } from '../helpers/schemaPaths';
import { recordSuiteCounts } from '../helpers/suiteSummary';

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand', 'BatchWriteItemCommand']);
const TARGETS = new Set(['Order', 'Customer', 'Cart']);

/** What each target's selection asks for: everything private about it. */
const LEAF: Record<string, string> = {
  Order: 'id status placedAt total { amount currency } items { sku quantity } customer { id email }',
  Customer: 'id name email orders(first: 5) { edges { node { id status } } } addresses { line1 } cart { id }',
  Cart: 'id totalQuantity lines { id quantity } shippingAddress { line1 } discountCodes { code }',
};

/**
 * For each root field that reaches an Order or a Customer: the arguments that aim it at Bob's
 * objects (or, for creating mutations, at Alice's own), and what Alice must get back.
 * - NOT_FOUND: Bob's object is reached and must look exactly like a missing one;
 * - NULL: a lookup by id of Bob's object answers null, exactly as for a missing one, with no error;
 * - FORBIDDEN: admin only, refused before anything is read or written;
 * - OWN: the root gives Alice her own objects (she may write her own); Bob's, reached deeper
 *   (as a review author), are NOT_FOUND;
 * - OWN_ANYONE: as OWN, and an anonymous caller too gets (and may write) an object of their own
 *   (an anonymous cart), never anyone else's;
 * - REFUSED: a mutation aimed at Bob's object answers a payload without the object (its
 *   `userErrors` say why), and writes nothing.
 * - USER_ERROR: a payload mutation refuses Bob's object in its `userErrors` (CART_NOT_FOUND,
 *   ORDER_NOT_FOUND: the same as for a missing one), with no top-level error and no object.
 */
type Expectation = 'NOT_FOUND' | 'NULL' | 'FORBIDDEN' | 'OWN' | 'OWN_ANYONE' | 'REFUSED' | 'USER_ERROR';
interface Fixture {
  readonly variables: () => Record<string, unknown>;
  readonly expect: Expectation;
}

describe('authorization on every schema path to an Order or a Customer', () => {
  const schema = buildSchema(typeDefs);
  const paths = pathsToTypes(schema, TARGETS);
  let h: Harness;
  let category: CategoryItem;
  let product: ProductItem;
  let bobsOrderId: string;
  let bobsCartId: string;
  let reviewed: ProductItem[] = [];
  let reviews = 0;
  let alice: string;
  let attacks = 0;
  let leaks = 0;
  let violations = 0;
  const BOBS_EMAIL = 'bob-secret@example.com';
  const BOBS_STREET = 'Bob Secret Street 1';
  const aimedAtBobsCart = (input: () => Record<string, unknown> = () => ({})): Fixture => ({
    variables: () => ({ input: { cartId: bobsCartId, ...input() } }),
    expect: 'REFUSED',
  });

  const fixtures: Record<string, Fixture> = {
    'Query.product': { variables: () => ({ id: product.productId }), expect: 'NOT_FOUND' },
    'Query.productBySku': { variables: () => ({ sku: product.sku }), expect: 'NOT_FOUND' },
    'Query.products': { variables: () => ({ categoryId: category.categoryId }), expect: 'NOT_FOUND' },
    'Query.searchProducts': { variables: () => ({ filter: { categoryId: category.categoryId } }), expect: 'NOT_FOUND' },
    'Query.categories': { variables: () => ({}), expect: 'NOT_FOUND' },
    'Query.category': { variables: () => ({ id: category.categoryId }), expect: 'NOT_FOUND' },
    'Query.me': { variables: () => ({}), expect: 'OWN' },
    'Query.order': { variables: () => ({ id: bobsOrderId }), expect: 'NULL' },
    'Query.lowStockProducts': { variables: () => ({}), expect: 'FORBIDDEN' },
    'Query.lowStock': { variables: () => ({}), expect: 'FORBIDDEN' },
    'Mutation.cancelOrder': { variables: () => ({ id: bobsOrderId }), expect: 'NOT_FOUND' },
    'Query.orders': { variables: () => ({ status: 'PLACED' }), expect: 'FORBIDDEN' },
    'Mutation.checkoutBegin': { variables: () => ({ input: { cartId: bobsCartId, idempotencyKey: 'alices-checkout' } }), expect: 'USER_ERROR' },
    'Mutation.checkoutPaymentConfirm': {
      variables: () => ({ input: { orderId: bobsOrderId, paymentMethod: '4242424242424242', idempotencyKey: 'alices-payment' } }),
      expect: 'USER_ERROR',
    },
    'Mutation.orderCancel': { variables: () => ({ input: { orderId: bobsOrderId } }), expect: 'USER_ERROR' },
    'Mutation.orderFulfill': {
      variables: () => ({ input: { orderId: bobsOrderId, expectedVersion: 1, trackingNumber: 'T-1' } }),
      expect: 'FORBIDDEN',
    },
    'Mutation.orderMarkDelivered': { variables: () => ({ input: { orderId: bobsOrderId, expectedVersion: 1 } }), expect: 'FORBIDDEN' },
    'Mutation.orderRefund': {
      variables: () => ({ input: { orderId: bobsOrderId, expectedVersion: 1, idempotencyKey: 'alices-refund' } }),
      expect: 'FORBIDDEN',
    },
    'Mutation.placeOrder': {
      // Bob's own idempotency key: Alice still gets an order of her own
      variables: () => ({ input: { idempotencyKey: 'bobs-key', items: [{ productId: product.productId, quantity: 1 }] } }),
      expect: 'OWN',
    },
    'Mutation.addReview': {
      // one review per customer and product: each path reviews another of the products Bob reviewed
      variables: () => ({ input: { productId: reviewed[reviews++ % reviewed.length]!.productId, rating: 1, title: 'Alice was here' } }),
      expect: 'OWN',
    },
    'Mutation.createCategory': { variables: () => ({ input: { name: 'Stolen', slug: 'stolen' } }), expect: 'FORBIDDEN' },
    'Mutation.createProduct': {
      variables: () => ({
        input: { sku: 'STOLEN-1', name: 'Stolen', categoryId: category.categoryId, price: { amount: 1, currency: 'USD' }, stock: 1 },
      }),
      expect: 'FORBIDDEN',
    },
    'Mutation.updateProduct': { variables: () => ({ id: product.productId, input: { name: 'Stolen' }, expectedVersion: 1 }), expect: 'FORBIDDEN' },
    'Mutation.archiveProduct': { variables: () => ({ id: product.productId }), expect: 'FORBIDDEN' },
    'Mutation.restockProduct': { variables: () => ({ id: product.productId, quantity: 1 }), expect: 'FORBIDDEN' },
    'Mutation.inventoryAdjust': {
      variables: () => ({ input: { productId: product.productId, delta: 1, idempotencyKey: 'alices-adjustment' } }),
      expect: 'FORBIDDEN',
    },
    'Mutation.productOptionsSet': {
      variables: () => ({ input: { productId: product.productId, options: [{ name: 'Size', values: ['S'] }] } }),
      expect: 'FORBIDDEN',
    },
    'Mutation.productVariantsCreate': {
      variables: () => ({
        input: {
          productId: product.productId,
          variants: [{ sku: 'STOLEN-2', price: { amount: 1, currency: 'USD' }, stock: 1, selectedOptions: [] }],
        },
      }),
      expect: 'FORBIDDEN',
    },
    'Mutation.productVariantUpdate': {
      variables: () => ({
        input: { productId: product.productId, variantId: product.productId, expectedVersion: 1, price: { amount: 1, currency: 'USD' } },
      }),
      expect: 'FORBIDDEN',
    },
    'Mutation.productVariantArchive': {
      variables: () => ({ input: { productId: product.productId, variantId: product.productId } }),
      expect: 'FORBIDDEN',
    },
    'Mutation.productMediaCreate': { variables: () => ({ input: { productId: product.productId, uploadId: 'alices-upload' } }), expect: 'FORBIDDEN' },
    'Mutation.productMediaUpdate': {
      variables: () => ({ input: { productId: product.productId, mediaId: 'm-1', alt: 'Stolen' } }),
      expect: 'FORBIDDEN',
    },
    'Mutation.productMediaReorder': { variables: () => ({ input: { productId: product.productId, mediaIds: [] } }), expect: 'FORBIDDEN' },
    'Mutation.productMediaDelete': { variables: () => ({ input: { productId: product.productId, mediaId: 'm-1' } }), expect: 'FORBIDDEN' },
    'Query.cart': { variables: () => ({ id: bobsCartId }), expect: 'NULL' },
    'Mutation.cartCreate': { variables: () => ({ input: { lines: [{ merchandiseId: product.productId, quantity: 1 }] } }), expect: 'OWN_ANYONE' },
    'Mutation.cartLinesAdd': aimedAtBobsCart(() => ({ lines: [{ merchandiseId: product.productId, quantity: 1 }] })),
    'Mutation.cartLinesUpdate': aimedAtBobsCart(() => ({ lines: [{ id: 'line_x', quantity: 0 }] })),
    'Mutation.cartLinesRemove': aimedAtBobsCart(() => ({ lineIds: ['line_x'] })),
    'Mutation.cartDiscountCodesUpdate': aimedAtBobsCart(() => ({ discountCodes: [] })),
    'Mutation.cartShippingAddressUpdate': aimedAtBobsCart(() => ({
      address: { name: 'Alice', line1: '2 Side St', city: 'Springfield', postalCode: '1', countryCode: 'US' },
    })),
    'Mutation.cartShippingMethodUpdate': aimedAtBobsCart(() => ({ shippingMethodId: 'standard' })),
    'Mutation.cartBuyerIdentityUpdate': aimedAtBobsCart(),
  };

  /** The operation for a path: the root's arguments as variables, nested page sizes small, the target's private fields selected. */
  function operationFor(path: SchemaPath): { query: string; variables: Record<string, unknown>; fixture: Fixture } {
    const [rootStep, ...rest] = path.steps;
    const key = `${path.root}.${rootStep!.field.name}`;
    const fixture = fixtures[key];
    if (!fixture)
      throw new Error(`${describePath(path)}: no fixture for ${key}. Add one, aimed at another customer's objects, so this path is tested.`);
    const variables = fixture.variables();
    const definitions: string[] = [];
    const rootArgs = rootStep!.field.args.flatMap((arg) => {
      if (!(arg.name in variables)) {
        if (isNonNullType(arg.type) && arg.defaultValue === undefined) throw new Error(`${key}: the fixture gives no ${arg.name}.`);
        return [];
      }
      definitions.push(`$${arg.name}: ${String(arg.type)}`);
      return [`${arg.name}: $${arg.name}`];
    });
    const nested = rest.map(({ parent, field }) => {
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      if (required.length) throw new Error(`${parent}.${field.name} needs ${required.map((arg) => arg.name).join(', ')}: extend operationFor.`);
      const first = field.args.some((arg) => arg.name === 'first' && getNullableType(arg.type).toString() === 'Int');
      return `${field.name}${first ? '(first: 5)' : ''}`;
    });
    const fields = [`${rootStep!.field.name}${rootArgs.length ? `(${rootArgs.join(', ')})` : ''}`, ...nested];
    const body = `${fields.join(' { ')} { ${LEAF[path.target]} }${' }'.repeat(fields.length - 1)}`;
    const kind = path.root === 'Query' ? 'query' : 'mutation';
    return { query: `${kind}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${body} }`, variables, fixture };
  }

  beforeAll(async () => {
    // Limits raised so the deepest paths are checked by authorization, not refused for depth or cost
    const limits = { ...defaultQueryLimits, maxDepth: 30, maxCost: 100_000_000 };
    h = await createHarness({ introspection: false }, { settings: fixedSettings(defaultRuntimeSettings({ limits })) });
    category = await aCategory(h.db);
    product = await aProduct(h.db, category.categoryId, { stock: 100 });
    await putCustomer(h.db, { customerId: 'bob', email: BOBS_EMAIL, name: 'Bob', createdAt: new Date().toISOString() });
    bobsOrderId = (await placeOrder(h.db, { customerId: 'bob', idempotencyKey: 'bobs-key', items: [{ productId: product.productId, quantity: 2 }] }))
      .order.orderId;
    await addReview(h.db, { customerId: 'bob', productId: product.productId, rating: 5, title: 'Bob likes it' });
    const bobRequest = { actor: { kind: 'customer', customerId: 'bob', isAdmin: false } as const, now: new Date(), ttlHours: 24 };
    const bobsCart = await createCart(h.db, { lines: [{ merchandiseId: product.productId, quantity: 1 }] }, bobRequest);
    if (bobsCart.kind !== 'changed') throw new Error('Bob has no cart');
    bobsCartId = bobsCart.cart.cartId;
    await addAddress(h.db, {
      customerId: 'bob',
      address: { name: 'Bob', line1: BOBS_STREET, city: 'Springfield', postalCode: '1', countryCode: 'US' },
    });
    reviewed = await Promise.all(Array.from({ length: 6 }, () => aProduct(h.db, category.categoryId)));
    for (const item of reviewed) await addReview(h.db, { customerId: 'bob', productId: item.productId, rating: 4, title: 'Bob again' });
    alice = h.token({ sub: 'alice', email: 'alice@example.com' });
    await placeOrder(h.db, { customerId: 'alice', idempotencyKey: 'alices-key', items: [{ productId: product.productId, quantity: 1 }] });
  });

  afterAll(() => recordSuiteCounts('security', { attacks, leaks, violations }));

  it('finds the paths in the schema (and fails for any root field without a fixture)', () => {
    const described = paths.map(describePath);

    expect(described).toEqual(
      expect.arrayContaining([
        'Query.order → Order',
        'Query.me → Customer',
        'Query.product.reviews.edges.node.author → Customer',
        'Query.categories.products.edges.node.reviews.edges.node.author → Customer',
        'Mutation.cancelOrder → Order',
        'Query.order.customer → Customer',
      ]),
    );
    for (const path of paths) expect(() => operationFor(path)).not.toThrow();
    console.log(`authorization: ${paths.length} schema paths reach Order or Customer`);
  });

  it.each(paths.map((path) => [describePath(path), path] as const))(
    '%s: another customer’s objects stay hidden and unchanged',
    async (_name, path) => {
      for (const caller of ['alice', 'anonymous'] as const) {
        // Prepare
        const { query, variables, fixture } = operationFor(path);
        h.calls.length = 0;

        // Act
        attacks++;
        const response = await h.gql({ query, variables, token: caller === 'alice' ? alice : undefined });

        // Assess
        const data = JSON.stringify(response.body.data ?? null);
        const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
        const leaked = [bobsOrderId, BOBS_EMAIL, bobsCartId, BOBS_STREET].filter((secret) => data.includes(secret));
        const wrote = h.calls.filter((command) => WRITES.has(command));
        if (leaked.length) leaks++;
        const writesAllowed = (caller === 'alice' && fixture.expect === 'OWN') || fixture.expect === 'OWN_ANYONE';
        const root = (response.body.data as Record<string, unknown> | null | undefined)?.[path.steps[0]!.field.name];
        // Customer.cart answers null, without an error, for anyone but the customer themself
        const last = path.steps[path.steps.length - 1]!;
        const nullForOthers = last.parent === 'Customer' && last.field.name === 'cart';
        if (wrote.length && !writesAllowed) violations++;
        expect({ caller, leaked }).toEqual({ caller, leaked: [] });
        expect({ caller, wrote: writesAllowed ? [] : wrote }).toEqual({ caller, wrote: [] });
        if (caller === 'alice') {
          // OWN: Alice's own objects, and NOT_FOUND wherever the path reaches Bob's (a review author's orders)
          if (fixture.expect === 'USER_ERROR') {
            expect({ codes, data: response.body.data }).toEqual({
              codes: [],
              data: { [path.steps[0]!.field.name]: expect.objectContaining({ order: null }) },
            });
          } else if (fixture.expect === 'NULL') {
            expect({ codes, data: response.body.data }).toEqual({ codes: [], data: { [path.steps[0]!.field.name]: null } });
          } else if (fixture.expect === 'REFUSED') {
            expect({ codes, object: (root as Record<string, unknown>)[path.steps[1]!.field.name] }).toEqual({ codes: [], object: null });
          } else {
            if (fixture.expect !== 'OWN' && fixture.expect !== 'OWN_ANYONE' && !nullForOthers) expect(codes).toContain(fixture.expect);
            expect(codes.every((code) => code === fixture.expect || code === 'NOT_FOUND')).toBe(true);
          }
        } else {
          // every path ends at private data: an anonymous caller is refused on it, or (`me`, documented
          // "null when anonymous") given null at its root, or a payload without the object; never
          // answered with anyone's objects (an anonymous cart they created is their own)
          const object = path.steps[1] && root ? (root as Record<string, unknown>)[path.steps[1].field.name] : undefined;
          const refused = codes.length > 0 || root === null || object === null || nullForOthers;
          expect({ caller, refused: refused || fixture.expect === 'OWN_ANYONE' }).toEqual({ caller, refused: true });
          expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'NOT_FOUND')).toBe(true);
        }
      }
    },
  );

  it('refuses lowStockProducts to an anonymous caller with UNAUTHENTICATED, before reading anything', async () => {
    // Prepare
    h.calls.length = 0;

    // Act
    attacks++;
    const response = await h.gql<{ lowStockProducts: unknown }>({ query: '{ lowStockProducts { threshold product { id stock } } }' });

    // Assess
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.data ?? null).toBeNull();
    expect(h.calls).toEqual([]);
  });

  it('leaves every one of Bob’s objects as it was', async () => {
    const order = await getOrderWithLines(h.db, { orderId: bobsOrderId });
    const stored = await getProduct(h.db, { productId: product.productId });

    expect(order!.order).toMatchObject({ customerId: 'bob', status: 'PLACED' });
    expect(order!.lines).toEqual([expect.objectContaining({ productId: product.productId, quantity: 2 })]);
    // Bob's 2, Alice's own 1 at setup and 1 through placeOrder; no restock, no rename, no archive
    expect(stored).toMatchObject({ stock: 96, version: 1, name: product.name, status: 'ACTIVE', ratingCount: 1 });
  });
});
