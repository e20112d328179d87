import { HeaderMap } from '@apollo/server';
import { handlers } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { graphqlCacheKey } from '../runtime/cacheKey';
import { headerValue } from '../runtime/cors';
import { BadRequestError } from '../core/errors';
import { toErrorResponse } from './errorBoundary';
import { checkPersistedQueryExtension, extensionsOfQueryString } from './persistedQueryExtension';
import { rememberParsedBody } from './requestDocument';

const BOM = '\uFEFF';

/**
 * Apollo's request from an API Gateway REST (v1) proxy event. A GET is built from exactly what
 * the gateway's cache keys on (`graphqlCacheKey`), so two GETs with one key get one answer:
 * - its parameters come from the single-value `queryStringParameters`, which API Gateway has
 *   already decoded and where a repeated parameter holds its last value, as in the key (the
 *   integration's own v1 handler decodes them a second time and reads every repeated value);
 *   parameters outside the key are not passed on;
 * - its headers are not passed on: Apollo sees a GET as a JSON request that passed CSRF
 *   prevention. A GET carries no credential (one with `Authorization` is refused before this) and
 *   cannot mutate, so there is nothing to forge; and every GET is answered as JSON, whatever its
 *   `Accept`. The one exception is a bare GET (no parameters) in a stage that serves Apollo's
 *   landing page, which no cached stage does (infra/validateStage.ts).
 * A POST's JSON body is parsed here, so a malformed one is a `BAD_REQUEST` in GraphQL's shape
 * instead of the parser's text. A malformed `extensions.persistedQuery` (by GET or POST) is refused
 * here, before Apollo reads it (server/persistedQueryExtension.ts). Whatever escapes Apollo is
 * answered as a GraphQL error too, masked.
 */
export function createRestRequestHandler({ landingPage }: { landingPage: boolean }) {
  return handlers.createRequestHandler<APIGatewayProxyEvent, APIGatewayProxyResult>(
    {
      parseHttpMethod: (event) => event.httpMethod,
      parseHeaders(event) {
        const headers = new HeaderMap();
        if (event.httpMethod === 'GET') {
          headers.set('apollo-require-preflight', 'true');
          const bare = !event.queryStringParameters || Object.keys(event.queryStringParameters).length === 0;
          headers.set('accept', (landingPage && bare && headerValue(event.headers, 'accept')) || 'application/json');
          return headers;
        }
        for (const [name, value] of Object.entries(event.headers ?? {})) headers.set(name, value ?? '');
        return headers;
      },
      parseQueryParams(event) {
        const params = new URLSearchParams();
        const given = event.queryStringParameters ?? {};
        if (event.httpMethod === 'GET') checkPersistedQueryExtension(extensionsOfQueryString(given.extensions));
        for (const name of graphqlCacheKey.queryString) {
          const value = given[name];
          if (value !== undefined && value !== null) params.set(name, value);
        }
        return params.toString();
      },
      parseBody(event, headers) {
        if (!event.body) return '';
        const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
        const contentType = headers.get('content-type')?.toLowerCase() ?? '';
        if (contentType.startsWith('application/json')) {
          const parsed: unknown = parseJson(text);
          checkPersistedQueryExtension((parsed as { extensions?: unknown } | null)?.extensions);
          rememberParsedBody(event, parsed);
          return parsed as string;
        }
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
      error: toErrorResponse,
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
