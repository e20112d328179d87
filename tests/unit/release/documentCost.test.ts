import { buildSchema } from 'graphql';
import { DEFAULT_COST_MODEL, documentCost } from '../../../release/documentCost';
import { typeDefs } from '../../../generated/typeDefs';

const SCHEMA = buildSchema(`
  type Query {
    product(id: ID!): Product
    products(first: Int = 20, after: String): ProductConnection!
    tags: [Tag!]!
    node(id: ID!): Node
  }
  interface Node { id: ID! }
  type Product implements Node {
    id: ID!
    name: String!
    status: Status!
    price: Money!
    lines: [Line!]!
    reviews(first: Int): ReviewConnection!
  }
  type Tag { name: String! }
  type Line { sku: String! }
  type Money { amount: Int! currency: String! }
  type ProductConnection { edges: [ProductEdge!]! pageInfo: PageInfo! }
  type ProductEdge { cursor: String! node: Product! }
  type ReviewConnection { edges: [ReviewEdge!]! }
  type ReviewEdge { node: Review! }
  type Review implements Node { id: ID! title: String! }
  type PageInfo { hasNextPage: Boolean! }
  enum Status { ACTIVE ARCHIVED }
`);
const MODEL = { maxPageSize: 100, listBounds: { 'Product.lines': 5 } };
const cost = (document: string) => documentCost(SCHEMA, document, MODEL);

describe('documentCost', () => {
  it('counts scalars and enums as 0 and each object as 1', () => {
    expect(cost('{ product(id: "p") { id name status __typename price { amount currency } } }')).toBe(2);
  });

  it("multiplies a connection's edges by the page size written in the document", () => {
    // products 1 + pageInfo 1 + 10 edges × (edge 1 + node 1 + price 1)
    expect(cost('{ products(first: 10) { pageInfo { hasNextPage } edges { cursor node { id price { amount } } } } }')).toBe(32);
  });

  it("counts a page size given by a variable as the largest page, and a missing one as the argument's default", () => {
    const byVariable = cost('query($n: Int!) { products(first: $n) { edges { node { id } } } }');
    const byDefault = cost('{ products { edges { node { id } } } }');
    const explicitNull = cost('{ products(first: null) { edges { node { id } } } }');

    expect([byVariable, byDefault, explicitNull]).toEqual([1 + 100 * 2, 1 + 20 * 2, 1 + 20 * 2]);
  });

  it('multiplies nested lists: a bounded list inside each item of a page', () => {
    // products 1 + 20 × (edge 1 + node 1 + lines 5 × 1 + reviews (1 + 3 × (edge 1 + node 1)))
    expect(cost('{ products { edges { node { lines { sku } reviews(first: 3) { edges { node { title } } } } } } }')).toBe(1 + 20 * (2 + 5 + 7));
  });

  it('counts a list without a page size or a bound as the largest page', () => {
    expect(cost('{ tags { name } }')).toBe(100);
  });

  it('counts fragments where they are spread, and every branch of an abstract type', () => {
    const document = `
      query { node(id: "x") { id ...P ... on Review { title } } }
      fragment P on Product { price { amount } lines { sku } }
    `;

    // node 1 + price 1 + lines 5
    expect(cost(document)).toBe(7);
  });

  it('prices mutations from their selection alone (input lists cost nothing)', () => {
    const schema = buildSchema(`
      type Query { x: Int }
      type Mutation { place(items: [String!]!): Order! }
      type Order { id: ID! total: Money! }
      type Money { amount: Int! }
    `);

    expect(documentCost(schema, 'mutation { place(items: ["a", "b"]) { id total { amount } } }', MODEL)).toBe(2);
  });

  it("prices the project's schema with its own page limit and order-line bound", () => {
    const schema = buildSchema(typeDefs);

    // me 1 + orders 1 + 20 × (edge 1 + node 1 + items 25 × (1 + unitPrice 1))
    const myOrders = documentCost(schema, '{ me { orders(first: 20) { edges { node { id items { sku unitPrice { amount } } } } } } }');

    expect(DEFAULT_COST_MODEL.maxPageSize).toBe(100);
    expect(myOrders).toBe(2 + 20 * (2 + 25 * 2));
  });

  it("bounds a product's variants and options, and a variant's or order line's option values, by the catalog's limits", () => {
    const schema = buildSchema(typeDefs);

    // product 1 + options 3 + variants 100 × (1 + price 1 + selectedOptions 3)
    const productPage = documentCost(
      schema,
      '{ product(id: "p") { options { name } variants { id price { amount } selectedOptions { name value } } } }',
    );
    // me 1 + orders 1 + 10 × (edge 1 + node 1 + items 25 × (1 + selectedOptions 3))
    const myOrders = documentCost(schema, '{ me { orders(first: 10) { edges { node { items { selectedOptions { value } } } } } } }');

    expect(productPage).toBe(1 + 3 + 100 * (2 + 3));
    expect(myOrders).toBe(2 + 10 * (2 + 25 * 4));
  });
});
