import type { APIGatewayProxyEvent, Context as LambdaContext } from 'aws-lambda';
import { apiGatewayEvent } from '../../core/apiGatewayEvent';
import { lambdaContext as localLambdaContext } from '../../local/lambdaContext';
import fixture from '../fixtures/apigw-rest-event.json';

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
  readonly token?: string;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
}

/** What a request through the captured event's API and stage carries (its CloudFront and forwarding headers, ids, client address). */
const CAPTURED = {
  headers: Object.entries(fixture.headers),
  stage: fixture.requestContext.stage,
  apiId: fixture.requestContext.apiId,
  accountId: fixture.requestContext.accountId,
  sourceIp: fixture.requestContext.identity.sourceIp,
} as const;

/** An API Gateway REST proxy event for a GraphQL request, through the same API and stage as an event captured from AWS. */
export function graphqlEvent({ query, variables, operationName, token, method = 'POST', headers = {} }: GraphqlRequest): APIGatewayProxyEvent {
  const params: Array<[string, string]> = [['query', query]];
  if (variables) params.push(['variables', JSON.stringify(variables)]);
  if (operationName) params.push(['operationName', operationName]);
  return rawEvent({
    method,
    headers: {
      ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: method === 'POST' ? JSON.stringify({ query, variables, operationName }) : null,
    queryStringParameters: method === 'GET' ? Object.fromEntries(params) : null,
  });
}

/** The context of an invocation through the alias `test` (the harness's stage). */
export function lambdaContext(): LambdaContext {
  return localLambdaContext({ functionName: 'storefront-api-test', alias: 'test', accountId: '123456789012' });
}

export interface RawHttpRequest {
  readonly method: 'GET' | 'POST';
  /** Exactly these headers (plus the captured event's, such as Host), nothing added. */
  readonly headers?: Record<string, string>;
  readonly body?: string | null;
  readonly queryStringParameters?: Record<string, string> | null;
}

/** An API Gateway REST proxy event for an arbitrary HTTP request (CSRF, batching, malformed bodies). */
export function rawEvent({ method, headers = {}, body = null, queryStringParameters = null }: RawHttpRequest): APIGatewayProxyEvent {
  const own = Object.keys(headers).map((name) => name.toLowerCase());
  return apiGatewayEvent({
    ...CAPTURED,
    method,
    path: '/graphql',
    headers: [...CAPTURED.headers.filter(([name]) => !own.includes(name.toLowerCase())), ...Object.entries(headers)],
    query: Object.entries(queryStringParameters ?? {}),
    body,
  });
}
