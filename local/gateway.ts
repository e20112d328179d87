import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { LOCAL_GATEWAY_ERRORS, gatewayErrorBody, matchesRequestModel } from '../infra/gatewayErrors';
import type { StageSettings } from '../infra/stages';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, CORS_MAX_AGE_SECONDS, allowedOrigin, withCorsHeaders } from '../runtime/cors';
import type { StorefrontHandler } from '../server/createLambdaHandler';
import { LOCAL_FUNCTION_NAME, lambdaContext } from './lambdaContext';
import { ResponseCache } from './responseCache';
import { createTurns } from './createTurns';
import { apiGatewayEvent } from '../core/apiGatewayEvent';
import { WEBHOOK_PATH_PREFIX, type WebhookHandler } from '../webhooks/createWebhookHandler';

export const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Longest URL (path and query string) the gateway takes; longer ones get 414 URI_TOO_LONG. */
export const MAX_URL_LENGTH = 8_192;
/**
 * Requests the one local handler runs at once; the rest wait their turn. In Lambda each request
 * has a container (and an SDK client) of its own and a burst scales out; locally one handler
 * serves them all, and more requests at once than this would queue inside its SDK client for
 * sockets, where the connection timeout fails them as SERVICE_UNAVAILABLE. Waiting here instead
 * makes a burst slower locally, never refused.
 */
export const LOCAL_CONCURRENCY = 8;
/** The storefront's local sign-in (`npm start` only; never part of a deployed API). */
export const LOCAL_TOKENS_PATH = '/local/tokens';
/** API Gateway's FlushStageCache (`DELETE /restapis/{id}/stages/{stage}/cache/data`), which the function calls after catalog writes. */
const FLUSH_STAGE_CACHE = /^\/restapis\/[^/]+\/stages\/([^/]+)\/cache\/data$/;

export interface LocalGateway {
  readonly server: Server;
  /** The stage's GET cache, or undefined when the stage has none. */
  readonly cache: ResponseCache | undefined;
}

/**
 * A local stand-in for the stage's API Gateway: `OPTIONS /graphql` answered from the stage's
 * origin list, `GET`/`POST /graphql` turned into REST proxy events for the Lambda handler, `GET`
 * answers cached under the stage's cache settings, the stage cache's flush, and API Gateway's own
 * error answers. `handler` may be set after the gateway listens (its address goes into the
 * function's configuration).
 */
export interface LocalGatewayOptions {
  /** The function; may be set after the gateway listens (its address goes into the function's configuration). */
  readonly handler: () => StorefrontHandler;
  readonly stage: StageSettings;
  /** The browser origins the gateway allows: the stage's, by default. */
  readonly corsOrigins?: readonly string[];
  /** Demo users and their tokens for the storefront's local sign-in, at `GET /local/tokens` (never deployed). */
  readonly demoTokens?: () => unknown[];
  /** Invocations the gateway lets run at once, the rest waiting their turn: LOCAL_CONCURRENCY by default. */
  readonly concurrency?: number;
  /** The payment webhook function, at `POST /webhooks/<provider>` as on a deployed stage's API. */
  readonly webhooks?: () => WebhookHandler;
}

export function createLocalGateway({
  handler,
  stage,
  corsOrigins = stage.corsOrigins,
  demoTokens,
  concurrency = LOCAL_CONCURRENCY,
  webhooks,
}: LocalGatewayOptions): LocalGateway {
  const cache = stage.cache.enabled ? new ResponseCache(stage.cache.ttlSeconds) : undefined;
  const turns = createTurns(concurrency);
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error('Local gateway error', error);
      if (!response.headersSent) send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.integrationFailure));
    });
  });
  server.on('clientError', (_error: Error, socket: Duplex) => {
    // a request line or headers Node cannot parse (raw bytes, bad framing): a JSON 400 as API Gateway's front end gives
    if (!socket.writable) return;
    const body = gatewayErrorBody({ message: 'Bad request.', code: 'BAD_REQUEST' }, randomUUID());
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return { server, cache };

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (request.method === 'DELETE' && FLUSH_STAGE_CACHE.exec(path)?.[1] === stage.name) {
      cache?.clear();
      return send(response, { statusCode: 202, body: '' });
    }
    if (path === LOCAL_TOKENS_PATH && demoTokens) {
      if (request.method === 'OPTIONS') return send(response, preflight(request));
      const result: APIGatewayProxyResult = {
        statusCode: 200,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        body: JSON.stringify({
          note: 'Local development only: the local stack signs these demo tokens. No deployed stage has this route.',
          users: demoTokens(),
        }),
      };
      withCorsHeaders(corsOrigins, { headers: { origin: request.headers.origin } }, result);
      return send(response, result);
    }
    if ((request.url ?? '').length > MAX_URL_LENGTH) return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.uriTooLong));
    if (webhooks && path.startsWith(WEBHOOK_PATH_PREFIX) && request.method === 'POST') return serveWebhook(request, response, path);
    if (path !== GRAPHQL_PATH) return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.notFound));
    if (request.method === 'OPTIONS') return send(response, preflight(request));
    if (request.method !== 'GET' && request.method !== 'POST') return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.notFound));
    const body = await readBody(request);
    if (body === undefined) return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.tooLarge));
    if (request.method === 'POST' && !bodyMatchesModel(request, body)) return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.badBody));
    const event = apiGatewayEvent({
      method: request.method ?? 'GET',
      path: url.pathname,
      headers: pairs(request.rawHeaders),
      query: [...url.searchParams],
      body,
      stage: stage.name,
      sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
      protocol: `HTTP/${request.httpVersion}`,
    });
    const key = cache && ResponseCache.keyOf(event);
    const cached = key ? cache!.get(key) : undefined;
    if (cached) return send(response, { ...cached, headers: { ...cached.headers } }, 'hit');
    let result: APIGatewayProxyResult;
    try {
      result = (await turns(() =>
        handler()(event, lambdaContext({ functionName: LOCAL_FUNCTION_NAME, timeoutMs: stage.timeoutSeconds * 1000 })),
      )) as APIGatewayProxyResult;
    } catch (error) {
      // a failed invocation: API Gateway has no integration response, answers 502 and stores nothing
      console.error('The function failed:', (error as Error).message);
      return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.integrationFailure), key ? 'miss' : undefined);
    }
    if (key) cache!.set(key, result);
    send(response, result, key ? 'miss' : undefined);
  }

  /** The payment provider's delivery, as the stage's API passes it to the webhook function: the raw body, no CORS, no cache. */
  async function serveWebhook(request: IncomingMessage, response: ServerResponse, path: string) {
    const body = await readBody(request);
    if (body === undefined) return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.tooLarge));
    const event = apiGatewayEvent({
      method: 'POST',
      path,
      headers: pairs(request.rawHeaders),
      body,
      stage: stage.name,
      sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
      protocol: `HTTP/${request.httpVersion}`,
    });
    try {
      send(response, await webhooks!()({ ...event, resource: path }));
    } catch (error) {
      console.error('The webhook function failed:', (error as Error).message);
      send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.integrationFailure));
    }
  }

  function preflight(request: IncomingMessage): APIGatewayProxyResult {
    const origin = allowedOrigin(corsOrigins, request.headers.origin);
    return {
      statusCode: 204,
      headers: {
        vary: 'Origin',
        ...(origin
          ? {
              'access-control-allow-origin': origin,
              'access-control-allow-methods': CORS_ALLOW_METHODS.join(','),
              'access-control-allow-headers': CORS_ALLOW_HEADERS.join(','),
              'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
            }
          : {}),
      },
      body: '',
    };
  }

  /** An error API Gateway answers itself, in the gateway responses' shape and with their CORS headers. */
  function gatewayError(request: IncomingMessage, error: { statusCode: number; code: string; message: string }): APIGatewayProxyResult {
    const result: APIGatewayProxyResult = {
      statusCode: error.statusCode,
      headers: { 'content-type': 'application/json' },
      body: gatewayErrorBody(error, randomUUID()),
    };
    withCorsHeaders(corsOrigins, { headers: { origin: request.headers.origin } }, result);
    return result;
  }
}

/** Node's raw header list ([name, value, name, value, …]) as pairs, names as the client wrote them. */
function pairs(raw: readonly string[]): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  for (let index = 0; index < raw.length; index += 2) result.push([raw[index]!, raw[index + 1]!]);
  return result;
}

function send(response: ServerResponse, result: APIGatewayProxyResult, cacheStatus?: 'hit' | 'miss'): void {
  for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, String(value));
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) response.setHeader(name, values.map(String));
  if (cacheStatus) response.setHeader('x-cache', cacheStatus);
  response.statusCode = result.statusCode;
  response.end(result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : undefined);
}

/**
 * API Gateway's request validator: a JSON POST body must parse and match the request model
 * (`GRAPHQL_REQUEST_MODEL`); bodies of other content types are not validated.
 */
function bodyMatchesModel(request: IncomingMessage, body: Buffer): boolean {
  if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) return true;
  try {
    return matchesRequestModel(JSON.parse(body.toString('utf8')));
  } catch {
    return false;
  }
}

/**
 * The body, or undefined when it is over API Gateway's 10 MB limit. An oversized body is still
 * read to its end (and dropped) before the 413 goes out: a server that stops reading and closes
 * while the client is still sending resets the connection, and the client never sees the answer.
 */
async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks);
}
