/**
 * The operations our clients send (the example requests in docs/architecture.md and the storefront's pages), with the
 * variables they send. The cost check proves each stays within half the cost budget, so the
 * limits leave room for growth, and that none is refused by any limit.
 */
export interface KnownOperation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export const operationCorpus: readonly KnownOperation[] = [
  {
    name: 'CategoryMenu',
    query: `{ categories { id name products(first: 3, sort: PRICE_ASC) { edges { node { id sku name price { amount currency } rating { average count } } } pageInfo { hasNextPage endCursor } } } }`,
  },
  {
    name: 'CategoryPage',
    query: `query CategoryPage($id: ID!, $sort: ProductSort, $after: String) {
      category(id: $id) { id name slug }
      products(categoryId: $id, sort: $sort, first: 24, after: $after) {
        edges { cursor node { id sku name price { amount currency } stock rating { average count } } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: { id: 'c1', sort: 'NEWEST' },
  },
  {
    name: 'ProductBySku',
    query: `query($sku: String!) { productBySku(sku: $sku) { id name stock } }`,
    variables: { sku: 'COF-001' },
  },
  {
    name: 'ProductPage',
    query: `query ProductPage($id: ID!) {
      product(id: $id) {
        name description price { amount currency } stock version
        category { id name slug }
        rating { average count }
        reviews(first: 5) { edges { node { rating title author { name } createdAt } } pageInfo { hasNextPage endCursor } }
      }
    }`,
    variables: { id: 'p1' },
  },
  {
    name: 'MoreReviews',
    query: `query($id: ID!, $after: String) { product(id: $id) { reviews(first: 10, after: $after) { edges { cursor node { id rating title body author { id name } createdAt } } pageInfo { hasNextPage endCursor } } } }`,
    variables: { id: 'p1', after: null },
  },
  {
    name: 'MyOrders',
    query: `query MyOrders { me { email orders(first: 10) { edges { node { id status placedAt total { amount currency } items { sku quantity } } } pageInfo { hasNextPage endCursor } } } }`,
  },
  {
    name: 'OrderDetail',
    query: `query($id: ID!) { order(id: $id) { id status placedAt total { amount currency } items { sku name quantity unitPrice { amount currency } product { id name stock } } customer { id name email } } }`,
    variables: { id: 'o1' },
  },
  {
    name: 'PlaceOrder',
    query: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status total { amount currency } items { sku quantity unitPrice { amount } } } }`,
    variables: { input: { idempotencyKey: 'checkout-1', items: [{ productId: 'p1', quantity: 2 }] } },
  },
  {
    name: 'CancelOrder',
    query: `mutation($id: ID!) { cancelOrder(id: $id) { id status } }`,
    variables: { id: 'o1' },
  },
  {
    name: 'Review',
    query: `mutation Review($input: AddReviewInput!) { addReview(input: $input) { id rating title } }`,
    variables: { input: { productId: 'p1', rating: 5, title: 'Great' } },
  },
  {
    name: 'Reprice',
    query: `mutation Reprice($id: ID!, $version: Int!) { updateProduct(id: $id, input: { price: { amount: 1599, currency: "USD" } }, expectedVersion: $version) { version price { amount } } }`,
    variables: { id: 'p1', version: 1 },
  },
];
