import type { APIGatewayProxyEvent, Context as LambdaContext } from 'aws-lambda';
import { apiGatewayEvent, type HttpRequest } from '../../core/apiGatewayEvent';
import { lambdaContext as localLambdaContext } from '../../local/lambdaContext';
import fixture from '../fixtures/apigw-rest-event.json';

/**
 * The API a request arrives through: its stage and ids, the caller's address, and the headers
 * every request through it carries (CloudFront's, Host), which a request's own header of the same
 * name, in any case, replaces.
 */
export interface ApiEntrance extends Pick<HttpRequest, 'stage' | 'apiId' | 'accountId' | 'sourceIp'> {
  readonly headers?: ReadonlyArray<readonly [string, string]>;
}

/** The API and stage of an event captured from AWS: its CloudFront and forwarding headers, ids, client address. */
export const CAPTURED_API: ApiEntrance = {
  headers: Object.entries(fixture.headers),
  stage: fixture.requestContext.stage,
  apiId: fixture.requestContext.apiId,
  accountId: fixture.requestContext.accountId,
  sourceIp: fixture.requestContext.identity.sourceIp,
};

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
  readonly extensions?: Record<string, unknown>;
  readonly method?: 'GET' | 'POST';
  /** Sent as `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** More headers, after the defaults (`Content-Type` for POST). */
  readonly headers?: Record<string, string>;
}

/**
 * A GraphQL request as a client sends it (JSON by POST, or parameters by GET), as the API Gateway
 * REST proxy event `api` gives the function: by default the API and stage of an event captured
 * from AWS.
 */
export function graphqlEvent(
  { query, variables, operationName, extensions, method = 'POST', token, headers = {} }: GraphqlRequest,
  api: ApiEntrance = CAPTURED_API,
): APIGatewayProxyEvent {
  const params: Record<string, string> = { query };
  if (variables) params.variables = JSON.stringify(variables);
  if (operationName) params.operationName = operationName;
  if (extensions) params.extensions = JSON.stringify(extensions);
  return rawEvent(
    {
      method,
      headers: {
        ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: method === 'POST' ? JSON.stringify({ query, variables, operationName, extensions }) : null,
      queryStringParameters: method === 'GET' ? params : null,
    },
    api,
  );
}

/** The context of an invocation through the alias `test` (the harness's stage). */
export function lambdaContext(): LambdaContext {
  return localLambdaContext({ functionName: 'storefront-api-test', alias: 'test', accountId: '123456789012' });
}

export interface RawHttpRequest {
  readonly method: 'GET' | 'POST';
  /** Exactly these headers (plus the API's, such as Host), nothing added. */
  readonly headers?: Record<string, string>;
  readonly body?: string | null;
  readonly queryStringParameters?: Record<string, string> | null;
}

/** An API Gateway REST proxy event for an arbitrary HTTP request (CSRF, batching, malformed bodies) to `/graphql`. */
export function rawEvent(
  { method, headers = {}, body = null, queryStringParameters = null }: RawHttpRequest,
  { headers: apiHeaders = [], ...api }: ApiEntrance = CAPTURED_API,
): APIGatewayProxyEvent {
  const own = Object.keys(headers).map((name) => name.toLowerCase());
  return apiGatewayEvent({
    ...api,
    method,
    path: '/graphql',
    headers: [...apiHeaders.filter(([name]) => !own.includes(name.toLowerCase())), ...Object.entries(headers)],
    query: Object.entries(queryStringParameters ?? {}),
    body,
  });
}
