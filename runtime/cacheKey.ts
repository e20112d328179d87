/**
 * Every input a `GET /graphql` answer depends on, and so what API Gateway's cache keys on (CDK's
 * cache key parameters), what the local gateway keys on, and all the function reads of a GET:
 * - `query`, `variables`, `operationName`, `extensions` (a persisted query's hash): the request;
 * - `Origin`: the answer echoes it in `Access-Control-Allow-Origin`, and API Gateway's cache
 *   ignores `Vary`;
 * - `Authorization`: a GET that carries a token is refused (signed-in reads go by POST), and that
 *   refusal must only ever be served to requests carrying the same header.
 * Nothing else of a GET reaches the answer: the function ignores other parameters, and answers
 * every GET as JSON whatever its `Accept`, `Content-Type` or CSRF headers.
 */
export const graphqlCacheKey = {
  queryString: ['query', 'variables', 'operationName', 'extensions'],
  headers: ['Authorization', 'Origin'],
} as const;
