import type { CategoryItem } from '../../data/entities/category';
import { getProduct } from '../../data/products';
import { availableUnits } from '../../domain/stock/availableUnits';
import { createTurns } from '../../local/createTurns';
import { aCategory, aProduct } from '../factories/catalog';
import { aCart, createCheckoutKit, type CheckoutKit } from '../helpers/checkoutKit';
import { codeOf } from '../helpers/codeOf';

const BEGIN = `mutation($input: CheckoutBeginInput!) { checkoutBegin(input: $input) { order { id status } userErrors { code available } } }`;
type Begun = { checkoutBegin: { order: { id: string } | null; userErrors: Array<{ code: string; available: number | null }> } };

/** Its own table (its own file): only this race's holds are on the product. */
describe('200 shoppers checking out the last 50 units at once', () => {
  let kit: CheckoutKit;
  let category: CategoryItem;

  beforeAll(async () => {
    kit = await createCheckoutKit();
    category = await aCategory(kit.h.db);
  });

  // at most 10 requests at once: every checkout still races the others on the one product item, and
  // each invocation (six requests, its transaction retried on conflicts) stays within its deadline on a busy machine
  const turns = createTurns(10);

  it('holds exactly 50, refuses the others OUT_OF_STOCK, never goes below 0, and has all 50 back the moment the holds expire', async () => {
    // Prepare
    const product = await aProduct(kit.h.db, category.categoryId, { stock: 50 });
    const carts = await Promise.all(
      Array.from({ length: 200 }, (_, index) => aCart(kit.h.db, `racer-${index}`, [{ productId: product.productId, quantity: 1 }])),
    );

    // Act
    const responses = await Promise.all(
      carts.map((cart, index) =>
        turns(() =>
          kit.h.gql<Begun>({
            query: BEGIN,
            variables: { input: { cartId: cart.cartId, idempotencyKey: `race-${index}` } },
            token: kit.h.token({ sub: `racer-${index}` }),
          }),
        ),
      ),
    );
    const held = await getProduct(kit.h.db, { productId: product.productId, consistent: true });
    const availableWhileHeld = availableUnits(held!, product.productId, kit.clock());
    kit.clock.advanceMinutes(11);
    const expired = await getProduct(kit.h.db, { productId: product.productId, consistent: true });
    const late = await aCart(kit.h.db, 'racer-late', [{ productId: product.productId, quantity: 50 }]);
    const lateAnswer = await kit.h.gql<Begun>({
      query: BEGIN,
      variables: { input: { cartId: late.cartId, idempotencyKey: 'late' } },
      token: kit.h.token({ sub: 'racer-late' }),
    });
    const after = await getProduct(kit.h.db, { productId: product.productId, consistent: true });

    // Assess
    const outcomes = responses.map((response) => {
      if (response.body.errors) return codeOf(response);
      return response.body.data!.checkoutBegin.order ? 'HELD' : response.body.data!.checkoutBegin.userErrors[0]!.code;
    });
    const tally: Record<string, number> = {};
    for (const outcome of outcomes) tally[outcome] = (tally[outcome] ?? 0) + 1;
    console.log(`200 checkouts for 50 units: ${JSON.stringify(tally)}`);
    expect(tally).toEqual({ HELD: 50, OUT_OF_STOCK: 150 });
    expect(responses.every((response) => response.statusCode === 200)).toBe(true);
    expect(held!.stock).toBe(0);
    expect(Object.keys(held!.holds as object)).toHaveLength(50);
    expect(availableWhileHeld).toBe(0);
    expect(availableUnits(expired!, product.productId, kit.clock())).toBe(50);
    expect(lateAnswer.body.data!.checkoutBegin.userErrors).toEqual([]);
    expect(after!.stock).toBe(0);
    expect(Object.keys(after!.holds as object)).toHaveLength(1);
    // 200 checkouts of six requests each, 10 at a time: over a minute on a busy 2-core machine
  }, 180_000);
});
