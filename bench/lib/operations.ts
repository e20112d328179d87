import { listCategories } from '../../data/categories';
import type { Db } from '../../data/db';
import { getProductBySku } from '../../data/products';
import { variantsOf } from '../../data/variants';
import { DEMO_ADMIN, DEMO_CUSTOMER } from '../../local/seedData';

/** A GraphQL request as the bench sends it (through an API Gateway REST proxy event). */
export interface GraphqlCall {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** Sent as `Authorization: Bearer <token>`. */
  readonly token?: string;
}

export interface ContractOperation {
  readonly name: string;
  /** DynamoDB requests the operation cannot go below (README request-count table). */
  readonly minimum: number;
  readonly minimumDetail: string;
  /** Builds the request; `previous` holds the `data` of operations that ran before, by name. */
  readonly request: (previous: Record<string, any>) => GraphqlCall;
}

/** Ids the operations need, read from the seeded demo data. */
export interface Fixture {
  readonly categoryId: string;
  readonly productId: string;
  readonly productSku: string;
  /** A product with plenty of stock, for placeOrder. */
  readonly orderableProductId: string;
  readonly customerToken: string;
  /** A customer who has not reviewed `productId` yet. */
  readonly reviewerToken: string;
  /** A product with options and several variants (GEAR-004), one of its variants with stock, and another variant's SKU. */
  readonly variantProductId: string;
  readonly variantId: string;
  readonly variantSku: string;
  readonly adminToken: string;
}

export async function loadFixture(db: Db, tokenFor: (sub: string, email?: string, admin?: boolean) => string): Promise<Fixture> {
  const categories = await listCategories(db);
  const coffee = categories.find((category) => category.slug === 'coffee') ?? categories[0]!;
  const product = (await getProductBySku(db, { sku: 'COF-001' }))!;
  const orderable = (await getProductBySku(db, { sku: 'COF-002' }))!;
  const withVariants = (await getProductBySku(db, { sku: 'GEAR-004' }))!;
  const variant = variantsOf(withVariants).find((each) => each.sku === 'GEAR-004-3-BLK')!;
  return {
    variantProductId: withVariants.productId,
    variantId: variant.variantId,
    variantSku: 'GEAR-004-8-COP',
    adminToken: tokenFor(DEMO_ADMIN.customerId, DEMO_ADMIN.email, true),
    categoryId: coffee.categoryId,
    productId: product.productId,
    productSku: product.sku,
    orderableProductId: orderable.productId,
    customerToken: tokenFor(DEMO_CUSTOMER.customerId, DEMO_CUSTOMER.email),
    reviewerToken: tokenFor(`bench-reviewer-${Date.now()}`),
  };
}

export const TRIVIAL_QUERY = '{ __typename }';

export const PRODUCT_PAGE_QUERY = `query ProductPage($id: ID!) { product(id: $id) { id name description stock
  price { amount currency } rating { average count }
  reviews(first: 5) { edges { node { id rating title body createdAt } } pageInfo { hasNextPage endCursor } } } }`;

export const CATEGORY_PAGE_QUERY = `query CategoryPage($id: ID!, $after: String) { products(categoryId: $id, first: 10, after: $after) {
  edges { cursor node { id sku name price { amount currency } rating { average count } category { slug } } }
  pageInfo { hasNextPage endCursor } } }`;

export const PRODUCT_BY_SKU_QUERY = `query BySku($sku: String!) { productBySku(sku: $sku) { id name stock price { amount currency } } }`;

export const CATEGORIES_QUERY = '{ categories { id name slug } }';

const VARIANTS_SELECTION =
  'version options { name values } variants { id sku title price { amount currency } stock available selectedOptions { name value } } priceRange { min { amount } max { amount } }';

export const VARIANT_PRODUCT_PAGE_QUERY = `query ProductPageWithVariants($id: ID!) { product(id: $id) { id name description ${VARIANTS_SELECTION}
  rating { average count } reviews(first: 5) { edges { node { id rating title body createdAt } } pageInfo { hasNextPage endCursor } } } }`;

export const VARIANT_CATEGORY_PAGE_QUERY = `query CategoryPageWithVariants($id: ID!) { products(categoryId: $id, first: 10) {
  edges { cursor node { id name ${VARIANTS_SELECTION} rating { average count } category { slug } } } pageInfo { hasNextPage endCursor } } }`;

/** At least ten contract operations, in an order where each can use what the earlier ones returned. */
export function contractOperations(fixture: Fixture): ContractOperation[] {
  return [
    {
      name: 'product page',
      minimum: 1,
      minimumDetail: 'Query',
      request: () => ({ query: PRODUCT_PAGE_QUERY, variables: { id: fixture.productId } }),
    },
    {
      name: 'category listing, page 1',
      minimum: 2,
      minimumDetail: 'Query + BatchGetItem',
      request: () => ({ query: CATEGORY_PAGE_QUERY, variables: { id: fixture.categoryId } }),
    },
    {
      name: 'category listing, page 2',
      minimum: 2,
      minimumDetail: 'Query + BatchGetItem',
      request: (previous) => ({
        query: CATEGORY_PAGE_QUERY,
        variables: { id: fixture.categoryId, after: previous['category listing, page 1']?.products?.pageInfo?.endCursor },
      }),
    },
    {
      name: 'product by SKU',
      minimum: 1,
      minimumDetail: 'Query',
      request: () => ({ query: PRODUCT_BY_SKU_QUERY, variables: { sku: fixture.productSku } }),
    },
    {
      name: 'product page with options and variants',
      minimum: 1,
      minimumDetail: 'Query (the variants are on the product item)',
      request: () => ({ query: VARIANT_PRODUCT_PAGE_QUERY, variables: { id: fixture.variantProductId } }),
    },
    {
      name: 'category listing with variants',
      minimum: 2,
      minimumDetail: 'Query + BatchGetItem (the variants are on the product items)',
      request: () => ({ query: VARIANT_CATEGORY_PAGE_QUERY, variables: { id: fixture.categoryId } }),
    },
    {
      name: 'product by a variant SKU',
      minimum: 2,
      minimumDetail: 'GetItem (SKU guard) + GetItem; a Query on gsi3 goes first, which alone finds a product by its first SKU',
      request: () => ({ query: PRODUCT_BY_SKU_QUERY, variables: { sku: fixture.variantSku } }),
    },
    { name: 'categories', minimum: 1, minimumDetail: 'Query', request: () => ({ query: CATEGORIES_QUERY }) },
    {
      name: 'me',
      minimum: 1,
      minimumDetail: 'BatchGetItem (profile)',
      request: () => ({ query: '{ me { id name email } }', token: fixture.customerToken }),
    },
    {
      name: 'customer orders',
      minimum: 3,
      minimumDetail: 'BatchGetItem (profile) + Query + BatchGetItem (lines)',
      request: () => ({
        query:
          '{ me { name orders(first: 10) { edges { node { id status placedAt total { amount currency } items { sku quantity } } } pageInfo { hasNextPage } } } }',
        token: fixture.customerToken,
      }),
    },
    {
      name: 'order with lines and their products',
      minimum: 2,
      minimumDetail: 'Query + BatchGetItem',
      request: (previous) => ({
        query: `query($id: ID!) { order(id: $id) { id status total { amount currency } items { sku quantity unitPrice { amount } product { id name stock } } customer { id name } } }`,
        variables: { id: previous['customer orders']?.me?.orders?.edges?.[0]?.node?.id },
        token: fixture.customerToken,
      }),
    },
    {
      name: 'place order',
      minimum: 2,
      minimumDetail: 'BatchGetItem + TransactWriteItems',
      request: () => ({
        query:
          'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status total { amount currency } items { sku quantity unitPrice { amount } } } }',
        variables: { input: { idempotencyKey: `bench-${Date.now()}`, items: [{ productId: fixture.orderableProductId, quantity: 1 }] } },
        token: fixture.customerToken,
      }),
    },
    {
      name: 'cancel order',
      minimum: 2,
      minimumDetail: 'Query + TransactWriteItems',
      request: (previous) => ({
        query: 'mutation($id: ID!) { cancelOrder(id: $id) { id status } }',
        variables: { id: previous['place order']?.placeOrder?.id },
        token: fixture.customerToken,
      }),
    },
    {
      name: 'place order of a variant',
      minimum: 2,
      minimumDetail: 'BatchGetItem + TransactWriteItems',
      request: () => ({
        query:
          'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id items { variantId sku selectedOptions { name value } quantity unitPrice { amount } } } }',
        variables: {
          input: {
            idempotencyKey: `bench-variant-${Date.now()}`,
            items: [{ productId: fixture.variantProductId, variantId: fixture.variantId, quantity: 1 }],
          },
        },
        token: fixture.customerToken,
      }),
    },
    {
      name: 'cancel order of a variant',
      minimum: 2,
      minimumDetail: 'Query + TransactWriteItems',
      request: (previous) => ({
        query: 'mutation($id: ID!) { cancelOrder(id: $id) { id status } }',
        variables: { id: previous['place order of a variant']?.placeOrder?.id },
        token: fixture.customerToken,
      }),
    },
    {
      name: 'variant stock adjustment (admin)',
      minimum: 3,
      minimumDetail: "GetItem (the variant's position) + TransactWriteItems + GetItem (the answer)",
      request: () => ({
        query:
          'mutation($input: InventoryAdjustInput!) { inventoryAdjust(input: $input) { product { id variants { sku stock } } userErrors { code } } }',
        variables: {
          input: { productId: fixture.variantProductId, variantId: fixture.variantId, delta: 1, idempotencyKey: `bench-adjust-${Date.now()}` },
        },
        token: fixture.adminToken,
      }),
    },
    {
      name: 'variant price edit (admin)',
      minimum: 2,
      minimumDetail: 'GetItem (consistent, the version) + TransactWriteItems; the answer reads the product once more',
      request: (previous) => ({
        query:
          'mutation($input: ProductVariantUpdateInput!) { productVariantUpdate(input: $input) { productVariant { id price { amount } } userErrors { code } } }',
        variables: {
          input: {
            productId: fixture.variantProductId,
            variantId: fixture.variantId,
            expectedVersion: previous['product page with options and variants']?.product?.version ?? 0,
            price: { amount: 2600, currency: 'USD' },
          },
        },
        token: fixture.adminToken,
      }),
    },
    {
      name: 'add review',
      minimum: 1,
      minimumDetail: 'TransactWriteItems',
      request: () => ({
        query: 'mutation($input: AddReviewInput!) { addReview(input: $input) { id rating title } }',
        variables: { input: { productId: fixture.productId, rating: 4, title: 'Bench review' } },
        token: fixture.reviewerToken,
      }),
    },
  ];
}
