/**
 * What API Gateway itself answers, shared by CDK (its gateway responses and request model) and
 * the local gateway, which answers the same way. No CDK imports: `npm start` loads this file.
 */

/** Longest `query` a POST body may carry; longer ones get a 400 at the gateway. */
export const MAX_QUERY_LENGTH = 15_000;

/** The POST body model: a GraphQL request object (API Gateway validates JSON bodies against it, draft 4). */
export const GRAPHQL_REQUEST_MODEL = {
  title: 'GraphqlRequest',
  type: 'object',
  properties: {
    query: { type: 'string', maxLength: MAX_QUERY_LENGTH },
    operationName: { type: ['string', 'null'] },
    variables: { type: ['object', 'null'] },
    extensions: { type: ['object', 'null'] },
  },
} as const;

/**
 * A request API Gateway routes nowhere (another path, or another method on /graphql). API
 * Gateway calls it MISSING_AUTHENTICATION_TOKEN and answers 403 unless told otherwise; the API
 * answers 404 with this message and code instead.
 */
export const NOT_FOUND = { statusCode: 404, code: 'NOT_FOUND', message: 'Not found: the API answers GET and POST /graphql.' } as const;

/**
 * A POST body the request model refuses (not JSON, a batch array, a query over
 * `MAX_QUERY_LENGTH`): API Gateway's response type BAD_REQUEST_BODY, answered with the code the
 * function gives a malformed body, `BAD_REQUEST`, so that clients handle one code for "the request
 * is malformed"; `reason` says it was the gateway's request model.
 */
export const BAD_REQUEST_BODY = { statusCode: 400, code: 'BAD_REQUEST', reason: 'BAD_REQUEST_BODY', message: 'Invalid request body' } as const;

/** Gateway errors as the local gateway meets them, with the code and reason API Gateway gives them. */
export const LOCAL_GATEWAY_ERRORS = {
  notFound: NOT_FOUND,
  tooLarge: { statusCode: 413, code: 'REQUEST_TOO_LARGE', message: 'Request too large.' },
  uriTooLong: { statusCode: 414, code: 'URI_TOO_LONG', message: 'The URL is too long; send long queries by POST.' },
  badBody: BAD_REQUEST_BODY,
  integrationFailure: { statusCode: 502, code: 'INTEGRATION_FAILURE', message: 'Internal server error' },
} as const;

/** The JSON body of every gateway error, as the gateway responses' templates write it. */
export function gatewayErrorBody({ message, code, reason }: { message: string; code: string; reason?: string }, requestId: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...(reason ? { reason } : {}), requestId } }] });
}

type Schema = { readonly type: string | readonly string[]; readonly maxLength?: number; readonly properties?: Record<string, Schema> };

/** Whether a parsed JSON body satisfies the request model, checked as API Gateway checks it (types, lengths). */
export function matchesRequestModel(value: unknown, schema: Schema = GRAPHQL_REQUEST_MODEL): boolean {
  const types: readonly string[] = typeof schema.type === 'string' ? [schema.type] : schema.type;
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (!types.includes(type)) return false;
  if (typeof value === 'string' && schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  if (type !== 'object' || !schema.properties) return true;
  const record = value as Record<string, unknown>;
  return Object.entries(schema.properties).every(([name, property]) => !(name in record) || matchesRequestModel(record[name], property));
}
