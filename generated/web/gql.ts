/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Categories {\n  categories {\n    id\n    name\n    slug\n  }\n}\n\nquery CategoryProducts($id: ID!, $sort: ProductSort!, $first: Int!, $after: String) {\n  category(id: $id) {\n    id\n    name\n    products(sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          sku\n          name\n          stock\n          price {\n            amount\n            currency\n          }\n          rating {\n            average\n            count\n          }\n          media(first: 1) {\n            id\n            alt\n            width\n            height\n            url\n            renditions {\n              url\n              width\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n\nquery ProductPage($id: ID!) {\n  product(id: $id) {\n    id\n    sku\n    name\n    description\n    stock\n    price {\n      amount\n      currency\n    }\n    rating {\n      average\n      count\n    }\n    category {\n      id\n      name\n    }\n    media {\n      id\n      alt\n      width\n      height\n      url\n      renditions {\n        url\n        width\n      }\n    }\n    reviews(first: 10) {\n      edges {\n        node {\n          id\n          rating\n          title\n          body\n          createdAt\n          author {\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CategoriesDocument,
    "query MyOrders {\n  me {\n    id\n    name\n    email\n    orders(first: 20) {\n      edges {\n        node {\n          id\n          status\n          placedAt\n          total {\n            amount\n            currency\n          }\n          items {\n            sku\n            name\n            quantity\n            unitPrice {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    id\n    status\n    total {\n      amount\n      currency\n    }\n  }\n}\n\nmutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    id\n    status\n  }\n}": typeof types.MyOrdersDocument,
    "mutation AddReview($input: AddReviewInput!) {\n  addReview(input: $input) {\n    id\n    rating\n    title\n  }\n}": typeof types.AddReviewDocument,
};
const documents: Documents = {
    "query Categories {\n  categories {\n    id\n    name\n    slug\n  }\n}\n\nquery CategoryProducts($id: ID!, $sort: ProductSort!, $first: Int!, $after: String) {\n  category(id: $id) {\n    id\n    name\n    products(sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          sku\n          name\n          stock\n          price {\n            amount\n            currency\n          }\n          rating {\n            average\n            count\n          }\n          media(first: 1) {\n            id\n            alt\n            width\n            height\n            url\n            renditions {\n              url\n              width\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n\nquery ProductPage($id: ID!) {\n  product(id: $id) {\n    id\n    sku\n    name\n    description\n    stock\n    price {\n      amount\n      currency\n    }\n    rating {\n      average\n      count\n    }\n    category {\n      id\n      name\n    }\n    media {\n      id\n      alt\n      width\n      height\n      url\n      renditions {\n        url\n        width\n      }\n    }\n    reviews(first: 10) {\n      edges {\n        node {\n          id\n          rating\n          title\n          body\n          createdAt\n          author {\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.CategoriesDocument,
    "query MyOrders {\n  me {\n    id\n    name\n    email\n    orders(first: 20) {\n      edges {\n        node {\n          id\n          status\n          placedAt\n          total {\n            amount\n            currency\n          }\n          items {\n            sku\n            name\n            quantity\n            unitPrice {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    id\n    status\n    total {\n      amount\n      currency\n    }\n  }\n}\n\nmutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    id\n    status\n  }\n}": types.MyOrdersDocument,
    "mutation AddReview($input: AddReviewInput!) {\n  addReview(input: $input) {\n    id\n    rating\n    title\n  }\n}": types.AddReviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Categories {\n  categories {\n    id\n    name\n    slug\n  }\n}\n\nquery CategoryProducts($id: ID!, $sort: ProductSort!, $first: Int!, $after: String) {\n  category(id: $id) {\n    id\n    name\n    products(sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          sku\n          name\n          stock\n          price {\n            amount\n            currency\n          }\n          rating {\n            average\n            count\n          }\n          media(first: 1) {\n            id\n            alt\n            width\n            height\n            url\n            renditions {\n              url\n              width\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n\nquery ProductPage($id: ID!) {\n  product(id: $id) {\n    id\n    sku\n    name\n    description\n    stock\n    price {\n      amount\n      currency\n    }\n    rating {\n      average\n      count\n    }\n    category {\n      id\n      name\n    }\n    media {\n      id\n      alt\n      width\n      height\n      url\n      renditions {\n        url\n        width\n      }\n    }\n    reviews(first: 10) {\n      edges {\n        node {\n          id\n          rating\n          title\n          body\n          createdAt\n          author {\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Categories {\n  categories {\n    id\n    name\n    slug\n  }\n}\n\nquery CategoryProducts($id: ID!, $sort: ProductSort!, $first: Int!, $after: String) {\n  category(id: $id) {\n    id\n    name\n    products(sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          sku\n          name\n          stock\n          price {\n            amount\n            currency\n          }\n          rating {\n            average\n            count\n          }\n          media(first: 1) {\n            id\n            alt\n            width\n            height\n            url\n            renditions {\n              url\n              width\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}\n\nquery ProductPage($id: ID!) {\n  product(id: $id) {\n    id\n    sku\n    name\n    description\n    stock\n    price {\n      amount\n      currency\n    }\n    rating {\n      average\n      count\n    }\n    category {\n      id\n      name\n    }\n    media {\n      id\n      alt\n      width\n      height\n      url\n      renditions {\n        url\n        width\n      }\n    }\n    reviews(first: 10) {\n      edges {\n        node {\n          id\n          rating\n          title\n          body\n          createdAt\n          author {\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOrders {\n  me {\n    id\n    name\n    email\n    orders(first: 20) {\n      edges {\n        node {\n          id\n          status\n          placedAt\n          total {\n            amount\n            currency\n          }\n          items {\n            sku\n            name\n            quantity\n            unitPrice {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    id\n    status\n    total {\n      amount\n      currency\n    }\n  }\n}\n\nmutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["query MyOrders {\n  me {\n    id\n    name\n    email\n    orders(first: 20) {\n      edges {\n        node {\n          id\n          status\n          placedAt\n          total {\n            amount\n            currency\n          }\n          items {\n            sku\n            name\n            quantity\n            unitPrice {\n              amount\n              currency\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    id\n    status\n    total {\n      amount\n      currency\n    }\n  }\n}\n\nmutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddReview($input: AddReviewInput!) {\n  addReview(input: $input) {\n    id\n    rating\n    title\n  }\n}"): (typeof documents)["mutation AddReview($input: AddReviewInput!) {\n  addReview(input: $input) {\n    id\n    rating\n    title\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;