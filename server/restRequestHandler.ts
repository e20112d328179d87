import { HeaderMap } from '@apollo/server';
import { handlers } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { BadRequestError, ErrorCode } from './errors';
import { INTERNAL_MESSAGE } from './plugins/errorMapping';

const BOM = '\uFEFF';

/**
 * Apollo's request from an API Gateway REST (v1) proxy event, built from exactly what the
 * gateway's cache keys on:
 * - the query string from the single-value `queryStringParameters`, which API Gateway has already
 *   decoded and where a repeated parameter holds its last value (the one the cache key uses);
 *   the integration's own v1 handler decodes them a second time and reads every repeated value;
 * - a JSON body parsed here, so a malformed one is a `BAD_REQUEST` in GraphQL's shape instead of
 *   the parser's text.
 * Whatever escapes Apollo is answered as a GraphQL error too, masked.
 */
export function createRestRequestHandler() {
  return handlers.createRequestHandler<APIGatewayProxyEvent, APIGatewayProxyResult>(
    {
      parseHttpMethod: (event) => event.httpMethod,
      parseHeaders(event) {
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(event.headers ?? {})) headers.set(name, value ?? '');
        return headers;
      },
      parseQueryParams(event) {
        const params = new URLSearchParams();
        for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
          if (value !== undefined) params.set(name, value);
        }
        return params.toString();
      },
      parseBody(event, headers) {
        if (!event.body) return '';
        const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
        const contentType = headers.get('content-type')?.toLowerCase() ?? '';
        if (contentType.startsWith('application/json')) return parseJson(text);
        if (contentType.startsWith('text/plain')) return text;
        return '';
      },
    },
    {
      success({ body, headers, status }) {
        if (body.kind !== 'complete') throw new Error('Only complete bodies are supported.');
        return {
          statusCode: status ?? 200,
          headers: { ...Object.fromEntries(headers), 'content-length': String(Buffer.byteLength(body.string)) },
          body: body.string,
        };
      },
      error(error) {
        return error instanceof BadRequestError
          ? errorResult(400, error.message, ErrorCode.BAD_REQUEST)
          : errorResult(500, INTERNAL_MESSAGE, ErrorCode.INTERNAL_SERVER_ERROR);
      },
    },
  );
}

/** The body as JSON; the parser's message (which quotes the body) never reaches the client. */
function parseJson(text: string): string {
  if (text.startsWith(BOM)) throw new BadRequestError('The request body must be JSON without a byte order mark.');
  try {
    return JSON.parse(text) as string;
  } catch (error) {
    throw new BadRequestError('The request body is not valid JSON.', { cause: error });
  }
}

/** A GraphQL-shaped error answer for a request Apollo never saw. */
export function errorResult(statusCode: number, message: string, code: ErrorCode): APIGatewayProxyResult {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) }, body };
}
