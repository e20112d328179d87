import type { CategoryItem } from '../../data/entities/category';
import { archiveProduct } from '../../domain/catalog/archiveProduct';
import { listLowStockProducts } from '../../domain/stock/listLowStockProducts';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

interface LowStockAnswer {
  lowStockProducts: Array<{ threshold: number; product: { sku: string; stock: number; lowStockThreshold: number | null } }>;
}

const LOW_STOCK = `{ lowStockProducts { threshold product { sku stock lowStockThreshold } } }`;

describe('low-stock products (sparse stock index, gsi4)', () => {
  let h: Harness;
  let category: CategoryItem;
  let admin: string;

  beforeAll(async () => {
    // a table of its own: the answer is every low product of the table
    h = await createHarness();
    category = await aCategory(h.db);
    admin = h.token({ sub: 'admin-1', admin: true });
    const product = (sku: string, stock: number, lowStockThreshold?: number) =>
      aProduct(h.db, category.categoryId, { sku, stock, lowStockThreshold });
    await product('AT-DEFAULT', 5); // default threshold 5: at it
    await product('ABOVE-DEFAULT', 6);
    await product('EMPTY', 0);
    await product('OWN-HIGH', 40, 50); // own threshold above the default
    await product('OWN-LOW', 3, 2); // below the default but above its own
    await product('OWN-ZERO', 0, 0);
    await product('PLENTY', 900);
    const archived = await product('ARCHIVED-LOW', 1);
    await archiveProduct(h.db, { productId: archived.productId });
  });

  beforeEach(() => {
    h.calls.length = 0;
  });

  it('lists exactly the active products at or below their threshold, lowest stock first, with one Query', async () => {
    const low = await listLowStockProducts(h.db, { defaultThreshold: 5 });

    expect(low.map(({ product, threshold }) => [product.sku, product.stock, threshold])).toEqual([
      ['EMPTY', 0, 5],
      ['OWN-ZERO', 0, 0],
      ['AT-DEFAULT', 5, 5],
      ['OWN-HIGH', 40, 50],
    ]);
    expect(h.calls).toEqual(['QueryCommand']);
  });

  it('applies a changed default to products without a threshold of their own', async () => {
    const low = await listLowStockProducts(h.db, { defaultThreshold: 6 });

    expect(low.map(({ product }) => product.sku)).toEqual(['EMPTY', 'OWN-ZERO', 'AT-DEFAULT', 'ABOVE-DEFAULT', 'OWN-HIGH']);
  });

  it('follows the stock as orders and restocks change it, with no key to keep', async () => {
    const [{ product }] = (await listLowStockProducts(h.db, { defaultThreshold: 5 })).filter(({ product }) => product.sku === 'AT-DEFAULT');
    await h.gql({
      query: `mutation($id: ID!) { restockProduct(id: $id, quantity: 10) { stock } }`,
      variables: { id: product.productId },
      token: admin,
    });

    const low = await listLowStockProducts(h.db, { defaultThreshold: 5 });

    expect(low.map(({ product }) => product.sku)).not.toContain('AT-DEFAULT');
  });

  it('answers admins through GraphQL with the threshold that applies, and refuses customers', async () => {
    const asAdmin = await h.gql<LowStockAnswer>({ query: LOW_STOCK, token: admin });
    const asCustomer = await h.gql({ query: LOW_STOCK, token: h.token({ sub: 'customer-1' }) });

    expect(asAdmin.body.data!.lowStockProducts).toContainEqual({ threshold: 50, product: { sku: 'OWN-HIGH', stock: 40, lowStockThreshold: 50 } });
    expect(asAdmin.body.data!.lowStockProducts).toContainEqual({ threshold: 5, product: { sku: 'EMPTY', stock: 0, lowStockThreshold: null } });
    expect(asCustomer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sets and clears a product threshold through updateProduct, refusing one above 1000', async () => {
    const created = await h.gql<{ createProduct: { id: string; lowStockThreshold: number } }>({
      query: `mutation($c: ID!) { createProduct(input: { sku: "T-1", name: "T", categoryId: $c, price: { amount: 1, currency: "USD" }, stock: 8, lowStockThreshold: 10 }) { id lowStockThreshold } }`,
      variables: { c: category.categoryId },
      token: admin,
    });
    const id = created.body.data!.createProduct.id;
    const cleared = await h.gql<{ updateProduct: { lowStockThreshold: number | null } }>({
      query: `mutation($id: ID!) { updateProduct(id: $id, input: { lowStockThreshold: null }, expectedVersion: 1) { lowStockThreshold } }`,
      variables: { id },
      token: admin,
    });
    const tooHigh = await h.gql({
      query: `mutation($id: ID!) { updateProduct(id: $id, input: { lowStockThreshold: 1001 }, expectedVersion: 2) { lowStockThreshold } }`,
      variables: { id },
      token: admin,
    });

    expect(created.body.data!.createProduct.lowStockThreshold).toBe(10);
    expect(cleared.body.data!.updateProduct.lowStockThreshold).toBeNull();
    expect(tooHigh.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('lowStockThreshold'), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
