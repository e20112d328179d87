import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { LOCAL_GATEWAY_ERRORS, gatewayErrorBody, matchesRequestModel } from '../../infra/gatewayErrors';
import type { StageSettings } from '../../infra/stages';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, CORS_MAX_AGE_SECONDS, allowedOrigin, withCorsHeaders } from '../cors';
import type { StorefrontHandler } from '../createLambdaHandler';
import { lambdaContext } from './lambdaContext';
import { ResponseCache } from './responseCache';
import { toApiGatewayEvent } from './toApiGatewayEvent';

export const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * A local stand-in for the stage's API Gateway: `OPTIONS /graphql` answered from the stage's
 * origin list, `GET`/`POST /graphql` turned into REST proxy events for the Lambda handler, and
 * `GET` answers cached under the stage's cache settings.
 */
export function createLocalGateway({ handler, stage }: { handler: StorefrontHandler; stage: StageSettings }): Server {
  const cache = stage.cache.enabled ? new ResponseCache(stage.cache.ttlSeconds) : undefined;
  return createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error('Local gateway error', error);
      if (!response.headersSent) send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.integrationFailure));
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== GRAPHQL_PATH) return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.notFound));
    if (request.method === 'OPTIONS') return send(response, preflight(request));
    if (request.method !== 'GET' && request.method !== 'POST') return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.notFound));
    const body = await readBody(request);
    if (body === undefined) return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.tooLarge));
    if (request.method === 'POST' && !bodyMatchesModel(request, body)) return send(response, gatewayError(request, LOCAL_GATEWAY_ERRORS.badBody));
    const event = toApiGatewayEvent(request, body, stage.name);
    const key = cache && ResponseCache.keyOf(event);
    const cached = key ? cache!.get(key) : undefined;
    if (cached) {
      const result = { ...cached, headers: { ...cached.headers } };
      withCorsHeaders(stage.corsOrigins, event, result);
      return send(response, result, 'hit');
    }
    const result = (await handler(event, lambdaContext({ functionName: 'storefront-api-local' }))) as APIGatewayProxyResult;
    if (key) cache!.set(key, result);
    send(response, result, key ? 'miss' : undefined);
  }

  function preflight(request: IncomingMessage): APIGatewayProxyResult {
    const origin = allowedOrigin(stage.corsOrigins, request.headers.origin);
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
    withCorsHeaders(stage.corsOrigins, { headers: { origin: request.headers.origin } }, result);
    return result;
  }
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

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
