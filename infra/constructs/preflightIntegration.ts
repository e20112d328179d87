import { MockIntegration, PassthroughBehavior } from 'aws-cdk-lib/aws-apigateway';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, CORS_MAX_AGE_SECONDS } from '../../runtime/cors';

/** Static headers of the preflight answer (the allowed origin is set per request). */
export const PREFLIGHT_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Methods': CORS_ALLOW_METHODS.join(','),
  'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS.join(','),
  'Access-Control-Max-Age': String(CORS_MAX_AGE_SECONDS),
  Vary: 'Origin',
};

/**
 * Gateway errors (throttling, validation, timeouts) are produced without running a mapping
 * template, so they cannot choose among several origins; they echo the caller's Origin. They
 * carry no data and no credentials are allowed, and browsers only send our GraphQL requests
 * after a preflight that checks the origin list.
 */
export const ERROR_CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': 'method.request.header.Origin',
  'Access-Control-Allow-Methods': `'${PREFLIGHT_HEADERS['Access-Control-Allow-Methods']}'`,
  'Access-Control-Allow-Headers': `'${PREFLIGHT_HEADERS['Access-Control-Allow-Headers']}'`,
  Vary: "'Origin'",
};

/** GraphQL-shaped error body for gateway errors, with the request id for support. */
export const GATEWAY_ERROR_BODY =
  '{"errors":[{"message":$context.error.messageString,"extensions":{"code":"$context.error.responseType","requestId":"$context.requestId"}}]}';

/** OPTIONS answered by API Gateway: 204, echoing the Origin only when it is on the stage's list. */
export function preflightIntegration(origins: readonly string[]): MockIntegration {
  const matchesList = origins.map((origin) => `$origin == "${origin}"`).join(' || ');
  const template = [
    '#set($origin = $input.params().header.get("Origin"))',
    '#if("$!origin" == "")',
    '#set($origin = $input.params().header.get("origin"))',
    '#end',
    `#if(${matchesList})`,
    '#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)',
    '#end',
  ].join('\n');
  return new MockIntegration({
    passthroughBehavior: PassthroughBehavior.WHEN_NO_MATCH,
    requestTemplates: { 'application/json': '{"statusCode": 204}' },
    integrationResponses: [
      {
        statusCode: '204',
        responseParameters: Object.fromEntries(
          Object.entries(PREFLIGHT_HEADERS).map(([name, value]) => [`method.response.header.${name}`, `'${value}'`]),
        ),
        responseTemplates: { 'application/json': template },
      },
    ],
  });
}
