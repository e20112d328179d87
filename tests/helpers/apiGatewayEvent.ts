import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, Context as LambdaContext } from 'aws-lambda';
import { lambdaContext as localLambdaContext } from '../../server/local/lambdaContext';
import fixture from '../fixtures/apigw-rest-event.json';

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
  readonly token?: string;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
}

/** An API Gateway REST proxy event for a GraphQL request, built on a captured AWS event. */
export function graphqlEvent({ query, variables, operationName, token, method = 'POST', headers = {} }: GraphqlRequest): APIGatewayProxyEvent {
  const allHeaders: Record<string, string> = {
    ...fixture.headers,
    ...(method === 'POST' ? { 'Content-Type': 'application/json' } : { 'apollo-require-preflight': 'true' }),
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...headers,
  };
  const params =
    method === 'GET'
      ? {
          query,
          ...(variables ? { variables: JSON.stringify(variables) } : {}),
          ...(operationName ? { operationName } : {}),
        }
      : null;
  return {
    ...(fixture as unknown as APIGatewayProxyEvent),
    httpMethod: method,
    headers: allHeaders,
    multiValueHeaders: Object.fromEntries(Object.entries(allHeaders).map(([name, value]) => [name, [value]])),
    queryStringParameters: params,
    multiValueQueryStringParameters: params && Object.fromEntries(Object.entries(params).map(([name, value]) => [name, [value]])),
    body: method === 'POST' ? JSON.stringify({ query, variables, operationName }) : null,
    requestContext: { ...(fixture.requestContext as unknown as APIGatewayProxyEvent['requestContext']), httpMethod: method, requestId: randomUUID() },
  };
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
  const base = graphqlEvent({ query: '{ __typename }', method });
  const allHeaders: Record<string, string> = { ...fixture.headers, ...headers };
  return {
    ...base,
    headers: allHeaders,
    multiValueHeaders: Object.fromEntries(Object.entries(allHeaders).map(([name, value]) => [name, [value]])),
    body,
    queryStringParameters,
    multiValueQueryStringParameters:
      queryStringParameters && Object.fromEntries(Object.entries(queryStringParameters).map(([name, value]) => [name, [value]])),
  };
}
