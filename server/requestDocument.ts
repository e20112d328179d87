import { createHash } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';

/** JSON bodies as the request handler parsed them, so that the context reads a body without parsing it again. */
const parsedBodies = new WeakMap<APIGatewayProxyEvent, unknown>();

/** Keeps the parsed JSON body of `event` (server/restRequestHandler.ts, before Apollo runs). */
export function rememberParsedBody(event: APIGatewayProxyEvent, body: unknown): void {
  parsedBodies.set(event, body);
}

/** A document a request sends as text, with the SHA-256 (hex) that trusted documents are keyed by. */
export interface RequestDocument {
  readonly text: string;
  readonly sha256: string;
}

/**
 * The document a request carries as text, before Apollo reads it: a GET's `query` parameter, or the
 * `query` of a POST's JSON body, hashed once for the checks that key on it; undefined for a request
 * by hash only.
 *
 * @example
 * documentOf(getEvent)?.text; // '{ categories { id } }' for GET /graphql?query=%7B%20categories%20%7B%20id%20%7D%20%7D
 */
export function documentOf(event: APIGatewayProxyEvent): RequestDocument | undefined {
  const query =
    event.httpMethod === 'GET' ? event.queryStringParameters?.query : (parsedBodies.get(event) as { query?: unknown } | null | undefined)?.query;
  return typeof query === 'string' ? { text: query, sha256: createHash('sha256').update(query).digest('hex') } : undefined;
}
