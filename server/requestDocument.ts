import type { APIGatewayProxyEvent } from 'aws-lambda';

/** JSON bodies as the request handler parsed them, so that the context reads a body without parsing it again. */
const parsedBodies = new WeakMap<APIGatewayProxyEvent, unknown>();

/** Keeps the parsed JSON body of `event` (server/restRequestHandler.ts, before Apollo runs). */
export function rememberParsedBody(event: APIGatewayProxyEvent, body: unknown): void {
  parsedBodies.set(event, body);
}

/**
 * The document text a request carries, before Apollo reads it: a GET's `query` parameter, or the
 * `query` of a POST's JSON body; undefined for a request by hash only.
 *
 * @example
 * documentTextOf(getEvent); // '{ categories { id } }' for GET /graphql?query=%7B%20categories%20%7B%20id%20%7D%20%7D
 */
export function documentTextOf(event: APIGatewayProxyEvent): string | undefined {
  const query =
    event.httpMethod === 'GET' ? event.queryStringParameters?.query : (parsedBodies.get(event) as { query?: unknown } | null | undefined)?.query;
  return typeof query === 'string' ? query : undefined;
}
