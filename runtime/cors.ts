import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

/** Request headers browsers may send to the API. */
export const CORS_ALLOW_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'];
export const CORS_ALLOW_METHODS = ['GET', 'POST', 'OPTIONS'];
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * A header's value whatever the case of its name in the event (API Gateway passes names as the
 * client sent them): the lower-case name, as HTTP/2 sends it, is looked up first.
 */
export function headerValue(headers: Record<string, string | undefined> | null | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const lower = name.toLowerCase();
  if (headers[lower] !== undefined) return headers[lower];
  for (const key in headers) if (key.length === lower.length && key.toLowerCase() === lower) return headers[key];
  return undefined;
}

/** The allowed origin to echo in Access-Control-Allow-Origin, if the request's origin is on the list. */
export function allowedOrigin(origins: readonly string[], origin: string | undefined): string | undefined {
  return origin !== undefined && origins.includes(origin) ? origin : undefined;
}

/**
 * Adds CORS headers to a Lambda proxy response (API Gateway passes proxy responses through as
 * they are): the request's origin is echoed only when it is on the stage's list, and
 * `Vary: Origin` keeps caches from serving one origin's answer to another.
 */
export function withCorsHeaders(origins: readonly string[], event: Pick<APIGatewayProxyEvent, 'headers'>, result: APIGatewayProxyResult): void {
  const origin = allowedOrigin(origins, headerValue(event.headers, 'origin'));
  const headers = (result.headers ??= {});
  const vary = headerValue(headers as Record<string, string>, 'vary');
  for (const key of Object.keys(headers)) if (key.toLowerCase() === 'vary') delete headers[key];
  headers['vary'] = vary && !/\borigin\b/i.test(vary) ? `${vary}, Origin` : (vary ?? 'Origin');
  if (origin) headers['access-control-allow-origin'] = origin;
}
