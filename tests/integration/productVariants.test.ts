import type { CategoryItem } from '../../data/entities/category';
import { getOrderWithLines } from '../../data/orders';
import { getProduct } from '../../data/products';
import { listLowStockProducts } from '../../domain/stock/listLowStockProducts';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

const VARIANT_FIELDS = 'id sku title price { amount currency } stock available status selectedOptions { name value }';
const PRODUCT = `query($id: ID!) { product(id: $id) { id version options { name values } variants { ${VARIANT_FIELDS} } priceRange { min { amount } max { amount } minVariantPrice { amount } maxVariantPrice { amount } } } }`;

interface Variant {
  id: string;
  sku: string;
  title: string;
  price: { amount: number; currency: string };
  stock: number;
  available: boolean;
  status: string;
  selectedOptions: Array<{ name: string; value: string }>;
}
interface ProductAnswer {
  product: {
    id: string;
    version: number;
    options: Array<{ name: string; values: string[] }>;
    variants: Variant[];
    priceRange: Record<string, { amount: number }>;
  };
}

describe('product options and variants, through the handler', () => {
  let h: Harness;
  let admin: string;
  let customer: string;
  let category: CategoryItem;

  const asAdmin = <T = Record<string, any>>(query: string, variables: Record<string, unknown>) => h.gql<T>({ query, variables, token: admin });
  const read = async (id: string) => (await h.gql<ProductAnswer>({ query: PRODUCT, variables: { id } })).body.data!.product;
  const order = (items: unknown[], idempotencyKey: string) =>
    h.gql<any>({
      query: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id items { variantId sku name selectedOptions { name value } unitPrice { amount } quantity variant { id status } } } }`,
      variables: { input: { idempotencyKey, items } },
      token: customer,
    });

  /** A T-shirt: Size S/M/L, the default variant becomes S, M and L added with their own SKUs, prices and stock. */
  async function aShirt(prefix: string) {
    const product = await aProduct(h.db, category.categoryId, { sku: `${prefix}-S`, price: { amount: 2000, currency: 'USD' }, stock: 5 });
    const options = await asAdmin(
      `mutation($input: ProductOptionsSetInput!) { productOptionsSet(input: $input) { product { version } userErrors { code field message } } }`,
      { input: { productId: product.productId, options: [{ name: 'Size', values: ['S', 'M', 'L'] }] } },
    );
    expect(options.body.data!.productOptionsSet.userErrors).toEqual([]);
    const created = await asAdmin(
      `mutation($input: ProductVariantsCreateInput!) { productVariantsCreate(input: $input) { productVariants { id sku } userErrors { code field message } } }`,
      {
        input: {
          productId: product.productId,
          variants: [
            { sku: `${prefix}-M`, price: { amount: 2200, currency: 'USD' }, stock: 3, selectedOptions: [{ name: 'Size', value: 'M' }] },
            { sku: `${prefix}-L`, price: { amount: 2500, currency: 'USD' }, stock: 1, selectedOptions: [{ name: 'Size', value: 'L' }] },
          ],
        },
      },
    );
    expect(created.body.data!.productVariantsCreate.userErrors).toEqual([]);
    const [m, l] = created.body.data!.productVariantsCreate.productVariants as Array<{ id: string; sku: string }>;
    return { productId: product.productId, s: product.productId, m: m!.id, l: l!.id };
  }

  beforeAll(async () => {
    h = await createHarness();
    admin = h.token({ sub: 'admin-1', admin: true });
    customer = h.token({ sub: `customer-${Date.now()}` });
    category = await aCategory(h.db);
  });

  it('creates options and variants, each with its own SKU, price and stock, read from the product item alone', async () => {
    // Prepare
    const shirt = await aShirt('TEE1');
    h.calls.length = 0;

    // Act
    const product = await read(shirt.productId);

    // Assess
    expect(h.calls).toEqual(['GetItemCommand']);
    expect(product.options).toEqual([{ name: 'Size', values: ['S', 'M', 'L'] }]);
    expect(product.variants.map((v) => [v.id, v.sku, v.title, v.price.amount, v.stock, v.available])).toEqual([
      [shirt.s, 'TEE1-S', 'S', 2000, 5, true],
      [shirt.m, 'TEE1-M', 'M', 2200, 3, true],
      [shirt.l, 'TEE1-L', 'L', 2500, 1, true],
    ]);
    expect(product.priceRange).toEqual({
      min: { amount: 2000 },
      max: { amount: 2500 },
      minVariantPrice: { amount: 2000 },
      maxVariantPrice: { amount: 2500 },
    });
  });

  it('lists a category with its products’ variants in one Query', async () => {
    // Prepare
    await aShirt('TEE2');
    h.calls.length = 0;

    // Act
    const answer = await h.gql<any>({
      query: `query($id: ID!) { products(categoryId: $id, first: 50) { edges { node { id variants { sku stock } } } } }`,
      variables: { id: category.categoryId },
    });

    // Assess
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.products.edges.some((edge: any) => edge.node.variants.length === 3)).toBe(true);
    expect(h.calls).toEqual(['QueryCommand']);
  });

  it('refuses a SKU any variant of any product has, in any letter case, writing nothing', async () => {
    // Prepare
    const mug = await aProduct(h.db, category.categoryId);
    const other = await aProduct(h.db, category.categoryId);
    await asAdmin(`mutation($input: ProductOptionsSetInput!) { productOptionsSet(input: $input) { userErrors { code } } }`, {
      input: { productId: mug.productId, options: [{ name: 'Colour', values: ['White', 'Black'] }] },
    });
    const before = await getProduct(h.db, { productId: mug.productId });
    const create = (skus: string[]) =>
      asAdmin(`mutation($input: ProductVariantsCreateInput!) { productVariantsCreate(input: $input) { product { id } userErrors { code field } } }`, {
        input: {
          productId: mug.productId,
          variants: skus.map((sku) => ({
            sku,
            price: { amount: 100, currency: 'USD' },
            stock: 1,
            selectedOptions: [{ name: 'Colour', value: 'Black' }],
          })),
        },
      });

    // Act
    const takenElsewhere = await create([other.sku.toLowerCase()]);
    const ownSku = await create([mug.sku.toLowerCase()]);

    // Assess
    expect(takenElsewhere.body.data!.productVariantsCreate).toEqual({
      product: null,
      userErrors: [{ code: 'SKU_TAKEN', field: ['input', 'variants'] }],
    });
    expect(ownSku.body.data!.productVariantsCreate).toEqual({
      product: null,
      userErrors: [{ code: 'SKU_TAKEN', field: ['input', 'variants', '0', 'sku'] }],
    });
    expect(before!.variants![0]!.selectedOptions).toEqual([{ name: 'Colour', value: 'White' }]);
    expect(await getProduct(h.db, { productId: mug.productId })).toEqual(before);
  });

  it('finds the product of any variant SKU, in any letter case: its first SKU with one Query, another with two GetItems more', async () => {
    // Prepare
    const shirt = await aShirt('TEE4');
    h.calls.length = 0;

    // Act
    const found = await h.gql<any>({ query: `{ productBySku(sku: "tee4-l") { id } }` });
    const foundCalls = [...h.calls];
    h.calls.length = 0;
    const first = await h.gql<any>({ query: `{ productBySku(sku: "tee4-s") { id } }` });

    // Assess
    expect(found.body.data).toEqual({ productBySku: { id: shirt.productId } });
    expect(foundCalls).toEqual(['QueryCommand', 'GetItemCommand', 'GetItemCommand']);
    expect(first.body.data).toEqual({ productBySku: { id: shirt.productId } });
    expect(h.calls).toEqual(['QueryCommand']);
  });

  it('takes an order of one variant from that variant’s stock only, keeps what was ordered on the line, and replays a retry', async () => {
    // Prepare
    const shirt = await aShirt('TEE5');

    // Act
    const placed = await order([{ productId: shirt.productId, variantId: shirt.m, quantity: 2 }], 'tee5-order');
    const replayed = await order([{ productId: shirt.productId, variantId: shirt.m, quantity: 2 }], 'tee5-order');

    // Assess
    expect(placed.body.errors).toBeUndefined();
    expect(placed.body.data.placeOrder.items).toEqual([
      {
        variantId: shirt.m,
        sku: 'TEE5-M',
        name: expect.any(String),
        selectedOptions: [{ name: 'Size', value: 'M' }],
        unitPrice: { amount: 2200 },
        quantity: 2,
        variant: { id: shirt.m, status: 'ACTIVE' },
      },
    ]);
    expect(replayed.body.data.placeOrder.id).toBe(placed.body.data.placeOrder.id);
    expect((await read(shirt.productId)).variants.map((v) => v.stock)).toEqual([5, 1, 1]);
  });

  it('refuses an order beyond a variant’s stock with OUT_OF_STOCK, writing nothing', async () => {
    // Prepare
    const shirt = await aShirt('TEE6');
    const before = await getProduct(h.db, { productId: shirt.productId });

    // Act
    const refused = await order(
      [
        { productId: shirt.productId, variantId: shirt.s, quantity: 1 },
        { productId: shirt.productId, variantId: shirt.l, quantity: 2 },
      ],
      'tee6-order',
    );

    // Assess
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'OUT_OF_STOCK', variantId: shirt.l, available: 1 });
    expect(await getProduct(h.db, { productId: shirt.productId })).toEqual(before);
  });

  it('needs a variant to order a product with several (BAD_USER_INPUT) and never sells an archived one (NOT_FOUND)', async () => {
    // Prepare
    const shirt = await aShirt('TEE7');
    const archived = await asAdmin(
      `mutation($input: ProductVariantArchiveInput!) { productVariantArchive(input: $input) { productVariant { status available } userErrors { code } } }`,
      { input: { productId: shirt.productId, variantId: shirt.l } },
    );

    // Act
    const withoutVariant = await order([{ productId: shirt.productId, quantity: 1 }], 'tee7-a');
    const ofArchived = await order([{ productId: shirt.productId, variantId: shirt.l, quantity: 1 }], 'tee7-b');

    // Assess
    expect(archived.body.data!.productVariantArchive).toEqual({ productVariant: { status: 'ARCHIVED', available: false }, userErrors: [] });
    expect(withoutVariant.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(ofArchived.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await read(shirt.productId)).variants.map((v) => v.sku)).toEqual(['TEE7-S', 'TEE7-M']);
  });

  it('keeps a line’s SKU, name, options and price after its variant is edited and archived, and gives its stock back on cancel', async () => {
    // Prepare
    const shirt = await aShirt('TEE8');
    const placed = await order([{ productId: shirt.productId, variantId: shirt.m, quantity: 1 }], 'tee8-order');
    const { version } = await read(shirt.productId);
    const updated = await asAdmin(
      `mutation($input: ProductVariantUpdateInput!) { productVariantUpdate(input: $input) { productVariant { price { amount } } userErrors { code } } }`,
      { input: { productId: shirt.productId, variantId: shirt.m, expectedVersion: version, price: { amount: 9900, currency: 'USD' } } },
    );
    await asAdmin(`mutation($input: ProductVariantArchiveInput!) { productVariantArchive(input: $input) { userErrors { code } } }`, {
      input: { productId: shirt.productId, variantId: shirt.m },
    });

    // Act
    const line = (await getOrderWithLines(h.db, { orderId: placed.body.data.placeOrder.id }))!.lines[0]!;
    const cancelled = await h.gql<any>({
      query: `mutation($id: ID!) { cancelOrder(id: $id) { status items { sku unitPrice { amount } variant { status price { amount } } } } }`,
      variables: { id: placed.body.data.placeOrder.id },
      token: customer,
    });

    // Assess
    expect(updated.body.data!.productVariantUpdate).toEqual({ productVariant: { price: { amount: 9900 } }, userErrors: [] });
    expect(line).toMatchObject({ variantId: shirt.m, sku: 'TEE8-M', unitAmount: 2200, selectedOptions: [{ name: 'Size', value: 'M' }] });
    expect(cancelled.body.data.cancelOrder).toEqual({
      status: 'CANCELLED',
      items: [{ sku: 'TEE8-M', unitPrice: { amount: 2200 }, variant: { status: 'ARCHIVED', price: { amount: 9900 } } }],
    });
    const stored = await getProduct(h.db, { productId: shirt.productId });
    expect(stored!.variants!.map((v) => v.stock)).toEqual([5, 3, 1]);
  });

  it('refuses an edit made against another version with VERSION_STALE, and an option value the product lacks', async () => {
    // Prepare
    const shirt = await aShirt('TEE9');
    const { version } = await read(shirt.productId);
    const update = (input: Record<string, unknown>) =>
      asAdmin(
        `mutation($input: ProductVariantUpdateInput!) { productVariantUpdate(input: $input) { productVariant { id } userErrors { code field } } }`,
        {
          input: { productId: shirt.productId, variantId: shirt.m, ...input },
        },
      );

    // Act
    const stale = await update({ expectedVersion: version - 1, price: { amount: 1, currency: 'USD' } });
    const badOption = await update({ expectedVersion: version, selectedOptions: [{ name: 'Size', value: 'XXL' }] });
    const taken = await update({ expectedVersion: version, selectedOptions: [{ name: 'Size', value: 'L' }] });

    // Assess
    expect(stale.body.data!.productVariantUpdate.userErrors).toEqual([{ code: 'VERSION_STALE', field: ['input', 'expectedVersion'] }]);
    expect(badOption.body.data!.productVariantUpdate.userErrors).toEqual([{ code: 'OPTION_VALUE_INVALID', field: ['input', 'selectedOptions'] }]);
    expect(taken.body.data!.productVariantUpdate.userErrors).toEqual([{ code: 'VARIANT_EXISTS', field: ['input', 'selectedOptions'] }]);
    expect((await read(shirt.productId)).version).toBe(version);
  });

  it('adjusts one variant’s stock once per idempotency key, and lists each low variant on the low-stock list', async () => {
    // Prepare
    const shirt = await aShirt('TEE10');
    const adjust = (variantId: string | null, delta: number) =>
      asAdmin(`mutation($input: InventoryAdjustInput!) { inventoryAdjust(input: $input) { product { id } userErrors { code } } }`, {
        input: { productId: shirt.productId, ...(variantId ? { variantId } : {}), delta, idempotencyKey: `tee10-${variantId}-${delta}` },
      });

    // Act
    const first = await adjust(shirt.s, -4);
    const again = await adjust(shirt.s, -4);
    const unnamed = await adjust(null, 1);
    const low = (await listLowStockProducts(h.db, { defaultThreshold: 2 })).filter(({ product }) => product.productId === shirt.productId);

    // Assess
    expect([first, again].map((answer) => answer.body.data!.inventoryAdjust.userErrors)).toEqual([[], []]);
    expect(unnamed.body.data!.inventoryAdjust.userErrors).toEqual([{ code: 'VARIANT_REQUIRED' }]);
    expect((await read(shirt.productId)).variants.map((v) => v.stock)).toEqual([1, 3, 1]);
    expect(low.map(({ variant, threshold }) => [variant.sku, variant.stock, threshold])).toEqual([
      ['TEE10-L', 1, 2],
      ['TEE10-S', 1, 2],
    ]);
  });
});
