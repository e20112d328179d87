import { getCart, markCartCompleted } from '../../data/carts';
import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { getDiscountCodes, useDiscountCode } from '../../data/discountCodes';
import { writeTransaction } from '../../data/transact';
import { createProductVariants } from '../../domain/catalog/variants/createProductVariants';
import { setProductOptions } from '../../domain/catalog/variants/setProductOptions';
import { createDiscountCode } from '../../domain/cart/createDiscountCode';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand', 'BatchWriteItemCommand']);
const CART = `id totalQuantity updatedAt expiresAt
  lines { id quantity merchandise { id sku } cost { unitPrice { amount currency } subtotal { amount } } problems { code available } }
  cost { subtotal { amount currency } discountTotal { amount } shipping { amount } total { amount } }
  discountCodes { code applicable reason }
  shippingAddress { name countryCode line2 }
  shippingMethod { id price { amount } }
  availableShippingMethods { id }
  customer { id }`;
const USER_ERRORS = 'userErrors { code field message lineId available }';
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { cart { ${CART} } ${USER_ERRORS} } }`;
const CREATE = mutation('cartCreate', 'CartCreateInput');
const ADD = mutation('cartLinesAdd', 'CartLinesAddInput');
const UPDATE = mutation('cartLinesUpdate', 'CartLinesUpdateInput');
const REMOVE = mutation('cartLinesRemove', 'CartLinesRemoveInput');
const CODES = mutation('cartDiscountCodesUpdate', 'CartDiscountCodesUpdateInput');
const ADDRESS = mutation('cartShippingAddressUpdate', 'CartShippingAddressUpdateInput');
const METHOD = mutation('cartShippingMethodUpdate', 'CartShippingMethodUpdateInput');
const ATTACH = mutation('cartBuyerIdentityUpdate', 'CartBuyerIdentityUpdateInput');
const READ = `query($id: ID!) { cart(id: $id) { ${CART} } }`;
const US = { name: ' Ada Lovelace ', line1: '1 Main St', city: 'Springfield', postalCode: '12345', countryCode: 'US' };

type Answer = { cart: any; userErrors: Array<{ code: string; field: string[] | null; lineId: string | null; available: number | null }> };

describe('the server cart, through the handler', () => {
  let h: Harness;
  let admin: string;
  let alice: string;
  let bob: string;
  let category: CategoryItem;
  let coffee: ProductItem;
  let tea: ProductItem;
  let scarce: ProductItem;
  let euro: ProductItem;
  let largeId: string;

  const send = async (query: string, input: Record<string, unknown>, token?: string): Promise<Answer> => {
    const response = await h.gql<Record<string, Answer>>({ query, variables: { input }, token });
    expect(response.body.errors).toBeUndefined();
    return Object.values(response.body.data!)[0]!;
  };
  const read = async (id: string, token?: string) => (await h.gql<{ cart: any }>({ query: READ, variables: { id }, token })).body.data!.cart;
  const newCart = async (lines: Array<{ merchandiseId: string; quantity: number }> = [], token?: string) =>
    (await send(CREATE, { lines }, token)).cart as { id: string; lines: Array<{ id: string }> };
  const codesOf = (answer: Answer) => answer.userErrors.map((error) => error.code);
  /** Runs a refused change and checks that nothing was written. */
  const refused = async (query: string, input: Record<string, unknown>, token?: string) => {
    h.calls.length = 0;
    const answer = await send(query, input, token);
    expect(answer.cart).toBeNull();
    expect(h.calls.filter((call) => WRITES.has(call))).toEqual([]);
    return answer;
  };

  beforeAll(async () => {
    h = await createHarness();
    admin = h.token({ sub: 'cart-admin', admin: true });
    alice = h.token({ sub: 'cart-alice' });
    bob = h.token({ sub: 'cart-bob' });
    category = await aCategory(h.db);
    coffee = await aProduct(h.db, category.categoryId, { price: { amount: 1250, currency: 'USD' }, stock: 50 });
    tea = await aProduct(h.db, category.categoryId, { price: { amount: 800, currency: 'USD' }, stock: 200 });
    scarce = await aProduct(h.db, category.categoryId, { price: { amount: 100, currency: 'USD' }, stock: 3 });
    euro = await aProduct(h.db, category.categoryId, { price: { amount: 900, currency: 'EUR' }, stock: 10 });
    await setProductOptions(h.db, { productId: tea.productId, options: [{ name: 'Size', values: ['Small', 'Large'] }] });
    const variants = await createProductVariants(h.db, {
      productId: tea.productId,
      variants: [{ sku: `${tea.sku}-L`, price: { amount: 1500, currency: 'USD' }, stock: 5, selectedOptions: [{ name: 'Size', value: 'Large' }] }],
    });
    largeId = variants.variantIds[0]!;
    for (const input of [
      { code: 'Welcome10', kind: 'PERCENTAGE' as const, value: 10 },
      { code: 'SHIP5', kind: 'FIXED_AMOUNT' as const, value: 500, currency: 'USD', minimumSubtotal: 3000 },
      { code: 'LASTONE', kind: 'FIXED_AMOUNT' as const, value: 100, currency: 'USD', usageLimit: 1 },
      { code: 'ONCE', kind: 'PERCENTAGE' as const, value: 5, oncePerCustomer: true },
      { code: 'OLD', kind: 'PERCENTAGE' as const, value: 50, startsAt: '2020-01-01T00:00:00Z', endsAt: '2021-01-01T00:00:00Z' },
    ]) {
      expect((await createDiscountCode(h.db, input)).kind).toBe('written');
    }
  });

  it('creates an anonymous cart and reads it with current prices in one GetItem and one BatchGetItem', async () => {
    // Prepare
    const cart = await newCart([
      { merchandiseId: coffee.productId, quantity: 2 },
      { merchandiseId: largeId, quantity: 1 },
    ]);
    h.calls.length = 0;

    // Act
    const answer = await read(cart.id);

    // Assess
    expect(h.calls).toEqual(['GetItemCommand', 'BatchGetItemCommand']);
    expect(cart.id).toMatch(/^cart_[0-9A-Za-z]{22}$/);
    expect(answer.lines.map((line: any) => [line.merchandise.id, line.quantity, line.cost.subtotal.amount])).toEqual([
      [coffee.productId, 2, 2500],
      [largeId, 1, 1500],
    ]);
    expect(answer.cost).toEqual({
      subtotal: { amount: 4000, currency: 'USD' },
      discountTotal: { amount: 0 },
      shipping: null,
      total: { amount: 4000 },
    });
    expect(answer.totalQuantity).toBe(3);
    expect(answer.customer).toBeNull();
    expect(answer.availableShippingMethods.map((method: any) => method.id)).toEqual(['standard', 'express']);
  });

  it('adds to a line of the same variant and refuses bad lines with every reason, writing nothing', async () => {
    // Prepare
    const cart = await newCart([{ merchandiseId: coffee.productId, quantity: 1 }]);

    // Act
    const added = await send(ADD, { cartId: cart.id, lines: [{ merchandiseId: coffee.productId, quantity: 2 }] });
    const bad = await refused(ADD, {
      cartId: cart.id,
      lines: [
        { merchandiseId: 'no-such-variant', quantity: 1 },
        { merchandiseId: euro.productId, quantity: 1 },
      ],
    });
    const tooMany = await refused(ADD, { cartId: cart.id, lines: [{ merchandiseId: tea.productId, quantity: 100 }] });
    const short = await refused(ADD, { cartId: cart.id, lines: [{ merchandiseId: scarce.productId, quantity: 4 }] });

    // Assess
    expect(added.cart.lines).toEqual([expect.objectContaining({ id: cart.lines[0]!.id, quantity: 3 })]);
    expect(codesOf(bad)).toEqual(['MERCHANDISE_NOT_FOUND', 'CURRENCY_MISMATCH']);
    expect(codesOf(tooMany)).toEqual(['LIMIT_EXCEEDED']);
    expect(short.userErrors).toEqual([expect.objectContaining({ code: 'INSUFFICIENT_STOCK', available: 3 })]);
    expect((await getCart(h.db, { cartId: cart.id, now: new Date() }))!.version).toBe(2);
  });

  it('sets quantities, removes lines, and refuses a line id that is not in the cart', async () => {
    // Prepare
    const cart = await newCart([
      { merchandiseId: coffee.productId, quantity: 1 },
      { merchandiseId: tea.productId, quantity: 1 },
    ]);
    const [first, second] = cart.lines;

    // Act
    const updated = await send(UPDATE, {
      cartId: cart.id,
      lines: [
        { id: first!.id, quantity: 5 },
        { id: second!.id, quantity: 0 },
      ],
    });
    const missing = await refused(REMOVE, { cartId: cart.id, lineIds: [first!.id, 'line_nope'] });
    const removed = await send(REMOVE, { cartId: cart.id, lineIds: [first!.id] });

    // Assess
    expect(updated.cart.lines).toEqual([expect.objectContaining({ id: first!.id, quantity: 5 })]);
    expect(missing.userErrors).toEqual([expect.objectContaining({ code: 'LINE_NOT_FOUND', lineId: 'line_nope' })]);
    expect(removed.cart.lines).toEqual([]);
    expect(removed.cart.cost.subtotal.amount).toBe(0);
  });

  it('refuses more than 25 lines', async () => {
    const products = await Promise.all(Array.from({ length: 26 }, () => aProduct(h.db, category.categoryId, { stock: 5 })));

    const answer = await refused(CREATE, { lines: products.map((product) => ({ merchandiseId: product.productId, quantity: 1 })) });

    expect(codesOf(answer)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('applies the first applicable code and says why the others do not apply', async () => {
    // Prepare
    const cart = await newCart([{ merchandiseId: coffee.productId, quantity: 1 }]);

    // Act
    const unknown = await refused(CODES, { cartId: cart.id, discountCodes: ['WELCOME10', 'NOPE-1'] });
    const answer = await send(CODES, { cartId: cart.id, discountCodes: ['old', 'ship5', 'welcome10', 'LastOne'] });

    // Assess
    expect(unknown.userErrors).toEqual([expect.objectContaining({ code: 'DISCOUNT_CODE_INVALID', field: ['input', 'discountCodes', '1'] })]);
    expect(answer.cart.discountCodes).toEqual([
      { code: 'OLD', applicable: false, reason: 'EXPIRED' },
      { code: 'SHIP5', applicable: false, reason: 'MINIMUM_NOT_MET' },
      { code: 'Welcome10', applicable: true, reason: null },
      { code: 'LASTONE', applicable: false, reason: 'NOT_COMBINABLE' },
    ]);
    // 10 % of 1250 is 125
    expect(answer.cart.cost).toMatchObject({ subtotal: { amount: 1250 }, discountTotal: { amount: 125 }, total: { amount: 1125 } });
  });

  it('sells the last use of a code once, and a once-per-customer code once to each customer', async () => {
    // Prepare
    const use = (code: string, customerId: string, oncePerCustomer: boolean, usageLimit?: number) =>
      writeTransaction(() => h.db.transaction.write((entities) => useDiscountCode(entities, { code, customerId, oncePerCustomer, usageLimit })).go());

    // Act
    const first = await use('lastone', 'cart-alice', false, 1);
    const second = await use('LASTONE', 'cart-bob', false, 1);
    const once = await use('once', 'cart-alice', true);
    const twice = await use('ONCE', 'cart-alice', true);
    const cart = await newCart([{ merchandiseId: coffee.productId, quantity: 1 }], alice);
    const answer = await send(CODES, { cartId: cart.id, discountCodes: ['LASTONE', 'ONCE'] }, alice);

    // Assess
    expect([first, once]).toEqual([null, null]);
    expect(second).toContain('ConditionalCheckFailed');
    expect(twice).toContain('ConditionalCheckFailed');
    const [lastOne] = await getDiscountCodes(h.db, ['lastone']);
    expect(lastOne!.item!.usageCount).toBe(1);
    expect(answer.cart.discountCodes).toEqual([
      { code: 'LASTONE', applicable: false, reason: 'USED_UP' },
      { code: 'ONCE', applicable: false, reason: 'ALREADY_USED' },
    ]);
  });

  it('validates the shipping address, offers the methods for its country and prices the chosen one', async () => {
    // Prepare
    const cart = await newCart([{ merchandiseId: coffee.productId, quantity: 4 }]);

    // Act
    const invalid = await refused(ADDRESS, { cartId: cart.id, address: { ...US, name: '  ', countryCode: 'XX' } });
    const both = await refused(ADDRESS, { cartId: cart.id, address: US, addressId: 'addr_1' });
    const unknownMethod = await refused(METHOD, { cartId: cart.id, shippingMethodId: 'teleport' });
    await send(ADDRESS, { cartId: cart.id, address: US });
    const chosen = await send(METHOD, { cartId: cart.id, shippingMethodId: 'express' });
    const withCode = await send(CODES, { cartId: cart.id, discountCodes: ['SHIP5'] });

    // Assess
    expect(invalid.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID', ['input', 'address', 'name']],
      ['INVALID', ['input', 'address', 'countryCode']],
    ]);
    expect(codesOf(both)).toEqual(['INVALID']);
    expect(codesOf(unknownMethod)).toEqual(['SHIPPING_METHOD_UNAVAILABLE']);
    expect(chosen.cart.shippingAddress).toEqual({ name: 'Ada Lovelace', countryCode: 'US', line2: null });
    expect(chosen.cart.shippingMethod).toEqual({ id: 'express', price: { amount: 1500 } });
    // 4 × 1250 = 5000, − 500 (SHIP5, minimum 3000 met), + 1500 shipping: the discount never touches shipping
    expect(withCode.cart.cost).toMatchObject({
      subtotal: { amount: 5000 },
      discountTotal: { amount: 500 },
      shipping: { amount: 1500 },
      total: { amount: 6000 },
    });
  });

  it('hides a cart attached to another customer, and treats an expired or completed cart as such', async () => {
    // Prepare
    const bobs = await newCart([{ merchandiseId: coffee.productId, quantity: 1 }], bob);
    const expired = await newCart([{ merchandiseId: coffee.productId, quantity: 1 }]);
    await h.db.entities.cart
      .patch({ cartId: expired.id })
      .set({ expiresAt: Math.floor(Date.now() / 1000) - 1 })
      .go();
    const completed = await newCart([{ merchandiseId: coffee.productId, quantity: 1 }]);
    await h.db.transaction.write((entities) => [markCartCompleted(entities, { cartId: completed.id, orderId: 'order-1' })]).go();

    // Act
    const asAlice = await refused(ADD, { cartId: bobs.id, lines: [{ merchandiseId: tea.productId, quantity: 1 }] }, alice);
    const asAnonymous = await refused(ADD, { cartId: bobs.id, lines: [{ merchandiseId: tea.productId, quantity: 1 }] });
    const late = await refused(ADD, { cartId: expired.id, lines: [{ merchandiseId: tea.productId, quantity: 1 }] });
    const done = await refused(ADD, { cartId: completed.id, lines: [{ merchandiseId: tea.productId, quantity: 1 }] });

    // Assess
    expect([codesOf(asAlice), codesOf(asAnonymous), codesOf(late), codesOf(done)]).toEqual([
      ['CART_NOT_FOUND'],
      ['CART_NOT_FOUND'],
      ['CART_NOT_FOUND'],
      ['CART_COMPLETED'],
    ]);
    expect([await read(bobs.id, alice), await read(bobs.id), await read(expired.id)]).toEqual([null, null, null]);
    expect((await read(bobs.id, bob)).lines).toHaveLength(1);
  });

  it('attaches an anonymous cart on sign-in, merging the customer’s cart into it (capped at 99)', async () => {
    // Prepare
    const carol = h.token({ sub: 'cart-carol' });
    const hers = await newCart(
      [
        { merchandiseId: tea.productId, quantity: 60 },
        { merchandiseId: coffee.productId, quantity: 1 },
      ],
      carol,
    );
    const anonymous = await newCart([{ merchandiseId: tea.productId, quantity: 50 }]);
    await send(CODES, { cartId: hers.id, discountCodes: ['WELCOME10'] }, carol);

    // Act
    const refusedAnonymously = await h.gql<any>({ query: ATTACH, variables: { input: { cartId: anonymous.id } } });
    const merged = await send(ATTACH, { cartId: anonymous.id }, carol);
    const me = await h.gql<any>({ query: '{ me { cart { id totalQuantity } } }', token: carol });

    // Assess
    expect(refusedAnonymously.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(merged.cart.lines.map((line: any) => [line.merchandise.id, line.quantity])).toEqual([
      [tea.productId, 99],
      [coffee.productId, 1],
    ]);
    expect(merged.cart.discountCodes.map((code: any) => code.code)).toEqual(['Welcome10']);
    expect(merged.cart.customer).not.toBeNull();
    expect(me.body.data.me.cart).toEqual({ id: anonymous.id, totalQuantity: 100 });
    expect(await getCart(h.db, { cartId: hers.id, now: new Date() })).toBeNull();
    expect(await read(anonymous.id)).toBeNull();
  });

  it('never loses a line to concurrent changes of one cart', async () => {
    // Prepare
    const cart = await newCart();
    const products = await Promise.all(Array.from({ length: 6 }, () => aProduct(h.db, category.categoryId, { stock: 5 })));

    // Act
    const answers = await Promise.all(
      products.map((product) => send(ADD, { cartId: cart.id, lines: [{ merchandiseId: product.productId, quantity: 1 }] })),
    );

    // Assess
    expect(answers.flatMap((answer) => answer.userErrors)).toEqual([]);
    const stored = await getCart(h.db, { cartId: cart.id, now: new Date() });
    expect(stored!.lines.map((line) => line.productId).sort()).toEqual(products.map((product) => product.productId).sort());
    expect(stored!.version).toBe(7);
  });

  it('refuses to read a cart by GET, so the stage cache never holds one', async () => {
    const cart = await newCart();

    const byGet = await h.gql({ query: READ, variables: { id: cart.id }, method: 'GET' });
    const meByGet = await h.gql({ query: '{ me { cart { id } } }', method: 'GET' });

    expect(byGet.statusCode).toBe(400);
    expect(byGet.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_REQUEST']);
    expect(meByGet.statusCode).toBe(400);
  });

  it('keeps the signed-in customer’s address book and uses its addresses on a cart', async () => {
    // Prepare
    const dave = h.token({ sub: 'cart-dave' });
    const create = `mutation($input: CustomerAddressCreateInput!) { customerAddressCreate(input: $input) { customerAddress { id name } userErrors { code field } } }`;
    const update = `mutation($input: CustomerAddressUpdateInput!) { customerAddressUpdate(input: $input) { customerAddress { id city } userErrors { code } } }`;
    const remove = `mutation($input: CustomerAddressDeleteInput!) { customerAddressDelete(input: $input) { deletedAddressId userErrors { code } } }`;
    const call = async (query: string, input: unknown, token?: string) => (await h.gql<any>({ query, variables: { input }, token })).body;

    // Act
    const anonymous = await call(create, { address: US });
    const created = (await call(create, { address: US }, dave)).data.customerAddressCreate.customerAddress;
    const invalid = (await call(create, { address: { ...US, postalCode: '' } }, dave)).data.customerAddressCreate.userErrors;
    const updated = (await call(update, { addressId: created.id, address: { ...US, city: 'Shelbyville' } }, dave)).data.customerAddressUpdate;
    const othersUpdate = (await call(update, { addressId: created.id, address: US }, bob)).data.customerAddressUpdate.userErrors;
    const othersDelete = (await call(remove, { addressId: created.id }, bob)).data.customerAddressDelete.userErrors;
    const cart = await newCart([{ merchandiseId: coffee.productId, quantity: 1 }], dave);
    const shipped = await send(ADDRESS, { cartId: cart.id, addressId: created.id }, dave);
    for (let i = 0; i < 9; i++) await call(create, { address: US }, dave);
    const eleventh = (await call(create, { address: US }, dave)).data.customerAddressCreate.userErrors;
    const book = (await h.gql<any>({ query: '{ me { addresses { id city } } }', token: dave })).body.data.me.addresses;
    const deleted = (await call(remove, { addressId: created.id }, dave)).data.customerAddressDelete;

    // Assess
    expect(anonymous.errors?.map((error: any) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(created).toEqual({ id: expect.stringMatching(/^addr_/), name: 'Ada Lovelace' });
    expect(invalid).toEqual([{ code: 'INVALID', field: ['input', 'address', 'postalCode'] }]);
    expect(updated).toEqual({ customerAddress: { id: created.id, city: 'Shelbyville' }, userErrors: [] });
    expect([othersUpdate, othersDelete]).toEqual([[{ code: 'ADDRESS_NOT_FOUND' }], [{ code: 'ADDRESS_NOT_FOUND' }]]);
    expect(shipped.cart.shippingAddress).toEqual({ name: 'Ada Lovelace', countryCode: 'US', line2: null });
    expect(eleventh).toEqual([{ code: 'LIMIT_EXCEEDED', field: null }]);
    expect(book).toHaveLength(10);
    expect(book[0]).toEqual({ id: created.id, city: 'Shelbyville' });
    expect(deleted).toEqual({ deletedAddressId: created.id, userErrors: [] });
  });

  it('lets admins only create discount codes, unique in any letter case', async () => {
    const create = `mutation($input: DiscountCodeCreateInput!) { discountCodeCreate(input: $input) { discountCode { code usageCount oncePerCustomer } userErrors { code field } } }`;
    const input = { code: 'Spring-25', kind: 'PERCENTAGE', value: 25 };

    const asCustomer = await h.gql<any>({ query: create, variables: { input }, token: alice });
    const created = await h.gql<any>({ query: create, variables: { input }, token: admin });
    const again = await h.gql<any>({ query: create, variables: { input: { ...input, code: 'SPRING-25' } }, token: admin });
    const invalid = await h.gql<any>({ query: create, variables: { input: { code: 'x', kind: 'FIXED_AMOUNT', value: 5 } }, token: admin });

    expect(asCustomer.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(created.body.data.discountCodeCreate).toEqual({
      discountCode: { code: 'Spring-25', usageCount: 0, oncePerCustomer: false },
      userErrors: [],
    });
    expect(again.body.data.discountCodeCreate.userErrors).toEqual([{ code: 'CODE_TAKEN', field: ['input', 'code'] }]);
    expect(invalid.body.data.discountCodeCreate.userErrors.map((error: any) => error.field)).toEqual([
      ['input', 'code'],
      ['input', 'currency'],
    ]);
  });
});
