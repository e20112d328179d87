import { getProduct } from '../../data/products';
import { aCategory, aProduct } from '../factories/catalog';
import { createTestTable } from '../helpers/testTable';

// `npm start` runs the API and the notifier in one process, each with its own db: making the
// second must not move the first onto the second's client (its timeouts, its sockets) or table.
describe('two dbs in one process', () => {
  it('each keeps its own table and client after the other is made', async () => {
    // Prepare
    const first = await createTestTable();
    const category = await aCategory(first.db);
    const { productId } = await aProduct(first.db, category.categoryId);

    // Act
    const second = await createTestTable();
    first.calls.length = 0;
    second.calls.length = 0;
    const found = await getProduct(first.db, { productId });
    const elsewhere = await getProduct(second.db, { productId });

    // Assess: the first reads its own table, through its own client
    expect(found?.productId).toBe(productId);
    expect(elsewhere).toBeNull();
    expect(first.calls).toEqual(['GetItemCommand']);
    expect(second.calls).toEqual(['GetItemCommand']);
  });
});
