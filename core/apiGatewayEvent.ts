import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';

const TEXT_TYPES = /^(application\/(json|graphql-response\+json|graphql|x-www-form-urlencoded)|text\/)/i;

/** An HTTP request as it reaches API Gateway. */
export interface HttpRequest {
  readonly method: string;
  /** The resource path, `/graphql`. */
  readonly path: string;
  /** Header names keep the case the client sent; a repeated header is listed once per value. */
  readonly headers?: ReadonlyArray<readonly [string, string]>;
  /** Query parameters, decoded, in the order sent; a repeated parameter is listed once per value. */
  readonly query?: ReadonlyArray<readonly [string, string]>;
  readonly body?: Buffer | string | null;
  /** The API Gateway stage name, in `requestContext.stage` and the request path. */
  readonly stage: string;
  readonly sourceIp?: string;
  readonly protocol?: string;
  readonly apiId?: string;
  readonly accountId?: string;
  readonly requestId?: string;
}

/**
 * The API Gateway REST (v1) proxy event AWS sends a Lambda proxy integration for `request`: raw
 * header casing in `headers` and `multiValueHeaders`; decoded query parameters, a repeated one
 * holding its last value in `queryStringParameters` and all of them in
 * `multiValueQueryStringParameters`; text bodies as UTF-8 and others base64-encoded; a request
 * context naming the stage. The one builder of events: the local gateway, the tests and the bench
 * use it (tests/unit/core/apiGatewayEvent.test.ts holds it to an event captured from AWS).
 */
export function apiGatewayEvent(request: HttpRequest): APIGatewayProxyEvent {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, value] of request.headers ?? []) {
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
    (multiValueHeaders[name] ??= []).push(value);
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [name, value] of request.query ?? []) {
    query[name] = value;
    (multiQuery[name] ??= []).push(value);
  }
  const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const isText = !body || body.length === 0 || TEXT_TYPES.test(contentType);
  const host = Object.entries(headers).find(([name]) => name.toLowerCase() === 'host')?.[1] ?? 'localhost';
  const userAgent = Object.entries(headers).find(([name]) => name.toLowerCase() === 'user-agent')?.[1] ?? null;
  const now = Date.now();
  const hasQuery = (request.query?.length ?? 0) > 0;
  return {
    resource: request.path,
    path: request.path,
    httpMethod: request.method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: null,
    stageVariables: null,
    body: body && body.length ? body.toString(isText ? 'utf8' : 'base64') : null,
    isBase64Encoded: !isText,
    requestContext: {
      accountId: request.accountId ?? '000000000000',
      apiId: request.apiId ?? 'local',
      authorizer: null,
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      extendedRequestId: randomUUID(),
      httpMethod: request.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: request.sourceIp ?? '127.0.0.1',
        user: null,
        userAgent,
        userArn: null,
      },
      path: `/${request.stage}${request.path}`,
      protocol: request.protocol ?? 'HTTP/1.1',
      requestId: request.requestId ?? randomUUID(),
      requestTime: new Date(now).toUTCString(),
      requestTimeEpoch: now,
      resourceId: 'local',
      resourcePath: request.path,
      stage: request.stage,
    },
  };
}
