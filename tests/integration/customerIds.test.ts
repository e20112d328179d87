import { randomUUID } from 'node:crypto';
import type { ProductItem } from '../../data/entities/product';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';

/** Customer ids clients see are opaque: never the identity provider's subject, the same everywhere for one customer. */
describe('customer ids through the Lambda handler', () => {
  let h: Harness;
  let product: ProductItem;
  // Cognito subjects are UUIDs
  const reviewerSub = randomUUID();
  const otherSub = randomUUID();

  beforeAll(async () => {
    h = await createHarness();
    const category = await aCategory(h.db);
    product = await aProduct(h.db, category.categoryId, { stock: 10 });
    for (const sub of [reviewerSub, otherSub]) {
      await h.gql({
        query: `mutation($input: AddReviewInput!) { addReview(input: $input) { id } }`,
        variables: { input: { productId: product.productId, rating: 5, title: 'Good' } },
        token: h.token({ sub }),
      });
    }
  });

  const authors = async (token?: string) => {
    const response = await h.gql<{ product: { reviews: { edges: Array<{ node: { author: { id: string } } }> } } }>({
      query: `query($id: ID!) { product(id: $id) { reviews(first: 5) { edges { node { author { id } } } } } }`,
      variables: { id: product.productId },
      ...(token ? { token } : {}),
    });
    return { body: JSON.stringify(response.body), ids: response.body.data!.product.reviews.edges.map((edge) => edge.node.author.id) };
  };

  it('never shows the subject of a review’s author to anyone', async () => {
    // Act
    const anonymous = await authors();

    // Assess
    expect(anonymous.ids).toHaveLength(2);
    expect(anonymous.body).not.toContain(reviewerSub);
    expect(anonymous.body).not.toContain(otherSub);
    for (const id of anonymous.ids) expect(id).toMatch(/^cus_[A-Za-z0-9_-]{22}$/);
  });

  it('gives one customer the same id in every answer and to every caller, and two customers two ids', async () => {
    // Prepare
    const token = h.token({ sub: reviewerSub });

    // Act
    const asAnonymous = await authors();
    const asSomeoneElse = await authors(h.token({ sub: otherSub }));
    const me = await h.gql<{ me: { id: string } }>({ query: '{ me { id } }', token });
    const placed = await h.gql<{ placeOrder: { customer: { id: string } } }>({
      query: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { customer { id } } }`,
      variables: { input: { idempotencyKey: 'id-check', items: [{ productId: product.productId, quantity: 1 }] } },
      token,
    });

    // Assess
    const mine = me.body.data!.me.id;
    expect(JSON.stringify(me.body)).not.toContain(reviewerSub);
    expect(asAnonymous.ids).toContain(mine);
    expect(asSomeoneElse.ids).toEqual(asAnonymous.ids);
    expect(placed.body.data!.placeOrder.customer.id).toBe(mine);
    expect(new Set(asAnonymous.ids).size).toBe(2);
  });

  it('keeps ids apart for subjects that differ only in letter case', async () => {
    // Act
    const lower = await h.gql<{ me: { id: string } }>({ query: '{ me { id } }', token: h.token({ sub: 'case-sub' }) });
    const upper = await h.gql<{ me: { id: string } }>({ query: '{ me { id } }', token: h.token({ sub: 'CASE-SUB' }) });

    // Assess
    expect(lower.body.data!.me.id).not.toBe(upper.body.data!.me.id);
    expect(lower.body.data!.me.id.toLowerCase()).not.toContain('case-sub');
  });
});
