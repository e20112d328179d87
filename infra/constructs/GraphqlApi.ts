import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  EndpointType,
  JsonSchemaVersion,
  type JsonSchema,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  ResponseType,
  RestApi,
  type Method,
} from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../acknowledge';
import { BAD_REQUEST_BODY, GRAPHQL_REQUEST_MODEL, NOT_FOUND, gatewayErrorBody } from '../gatewayErrors';
import { graphqlCacheKey, type StageSettings } from '../stages';
import { WEBHOOK_RESOURCE_PATH, WEBHOOK_THROTTLING } from './PaymentWebhook';
import { ERROR_CORS_HEADERS, GATEWAY_ERROR_BODY, PREFLIGHT_HEADERS, preflightIntegration } from './preflightIntegration';

/** Method request parameters (and cache key parameters) of the cached `GET /graphql`. */
export const GET_CACHE_KEY_PARAMETERS = [
  ...graphqlCacheKey.queryString.map((name) => `method.request.querystring.${name}`),
  ...graphqlCacheKey.headers.map((name) => `method.request.header.${name}`),
];

/**
 * Fields of each JSON access-log line. Only values API Gateway controls are logged: API Gateway
 * does not escape what it substitutes, so a user agent or error text with a quote could forge
 * fields. A cache hit is a GET whose integrationStatus is "-": the function was not called.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  extendedRequestId: '$context.extendedRequestId',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  status: '$context.status',
  responseLatency: '$context.responseLatency',
  responseLength: '$context.responseLength',
  integrationStatus: '$context.integration.status',
  integrationLatency: '$context.integration.latency',
  errorType: '$context.error.responseType',
  sourceIp: '$context.identity.sourceIp',
  xrayTraceId: '$context.xrayTraceId',
} as const;

export interface GraphqlApiProps {
  readonly stage: StageSettings;
  /** The browser origins the preflight allows: the stage's and its storefront's. */
  readonly corsOrigins: readonly string[];
  /** The function alias; the API never invokes `$LATEST`. */
  readonly handler: IFunction;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The REST API `storefront-api-<stage>` with one stage named after the stage:
 * `GET`/`POST /graphql` (Lambda proxy to the alias) and `OPTIONS /graphql` answered by the
 * gateway. Throttled, access-logged as JSON, CORS on gateway errors too, and, when the stage
 * enables it, a cache for `GET` keyed on every parameter that changes the answer.
 */
export class GraphqlApi extends Construct {
  readonly api: RestApi;
  readonly methods: { readonly get: Method; readonly post: Method; readonly options: Method };

  constructor(scope: Construct, id: string, { stage, corsOrigins, handler, removalPolicy }: GraphqlApiProps) {
    super(scope, id);
    const apiName = `storefront-api-${stage.name}`;
    const { cache, throttling } = stage;
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      logGroupName: `/aws/apigateway/${apiName}/access`,
      retention: stage.logRetentionDays as RetentionDays,
      removalPolicy,
    });
    const perMethod = {
      throttlingRateLimit: throttling.rateLimit,
      throttlingBurstLimit: throttling.burstLimit,
      loggingLevel: MethodLoggingLevel.ERROR,
      dataTraceEnabled: false,
    };

    this.api = new RestApi(this, 'RestApi', {
      restApiName: apiName,
      description: `Storefront GraphQL API (${stage.name})`,
      endpointTypes: [EndpointType.REGIONAL],
      cloudWatchRole: false,
      deployOptions: {
        stageName: stage.name,
        description: `Stage ${stage.name}`,
        ...perMethod,
        tracingEnabled: stage.tracing,
        cacheClusterEnabled: cache.enabled,
        cacheClusterSize: cache.enabled ? cache.sizeGb : undefined,
        cachingEnabled: false,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
        methodOptions: {
          '/graphql/GET': cache.enabled
            ? // A client's `Cache-Control: max-age=0` (what a browser's `fetch(url, { cache: 'no-cache' })` sends) invalidates an
              // entry only when signed by a principal allowed execute-api:InvalidateCache. Everyone else is answered from the cache,
              // with a warning header: API Gateway's default unauthorized-cache-control strategy, SUCCEED_WITH_RESPONSE_HEADER,
              // which this stack leaves as it is. The function flushes the cache itself after catalog writes.
              { ...perMethod, cachingEnabled: true, cacheTtl: Duration.seconds(cache.ttlSeconds), cacheDataEncrypted: true }
            : { ...perMethod, cachingEnabled: false },
          '/graphql/POST': { ...perMethod, cachingEnabled: false },
          // the payment provider's deliveries (PaymentWebhook): never cached, throttled on their own
          [`${WEBHOOK_RESOURCE_PATH}/POST`]: {
            ...perMethod,
            throttlingRateLimit: WEBHOOK_THROTTLING.rateLimit,
            throttlingBurstLimit: WEBHOOK_THROTTLING.burstLimit,
            cachingEnabled: false,
          },
        },
      },
    });

    // The stack exports the /graphql URL itself; drop RestApi's default root-URL output.
    this.api.node.tryRemoveChild('Endpoint');

    // API Gateway would create its execution-log group on first use, with no retention; create it first.
    const executionLogs = new LogGroup(this, 'ExecutionLogs', {
      logGroupName: `API-Gateway-Execution-Logs_${this.api.restApiId}/${stage.name}`,
      retention: stage.logRetentionDays as RetentionDays,
      removalPolicy,
    });
    this.api.deploymentStage.node.addDependency(executionLogs);

    const validator = this.api.addRequestValidator('Validator', {
      requestValidatorName: 'body-and-parameters',
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    const requestModel = this.api.addModel('GraphqlRequest', {
      contentType: 'application/json',
      modelName: 'GraphqlRequest',
      // JsonSchemaType's values are JSON Schema's own type names, which the shared model uses
      schema: { schema: JsonSchemaVersion.DRAFT4, ...GRAPHQL_REQUEST_MODEL } as unknown as JsonSchema,
    });

    const allowTestInvoke = stage.allowTestInvoke ?? false;
    const graphql = this.api.root.addResource('graphql');
    const get = graphql.addMethod(
      'GET',
      new LambdaIntegration(handler, { proxy: true, allowTestInvoke, cacheKeyParameters: GET_CACHE_KEY_PARAMETERS }),
      {
        operationName: 'GraphqlGet',
        requestValidator: validator,
        requestParameters: Object.fromEntries(GET_CACHE_KEY_PARAMETERS.map((name) => [name, false])),
      },
    );
    const post = graphql.addMethod('POST', new LambdaIntegration(handler, { proxy: true, allowTestInvoke }), {
      operationName: 'GraphqlPost',
      requestValidator: validator,
      requestModels: { 'application/json': requestModel },
    });
    const options = graphql.addMethod('OPTIONS', preflightIntegration(corsOrigins), {
      operationName: 'GraphqlPreflight',
      methodResponses: [
        {
          statusCode: '204',
          responseParameters: Object.fromEntries(
            ['Access-Control-Allow-Origin', ...Object.keys(PREFLIGHT_HEADERS)].map((h) => [`method.response.header.${h}`, true]),
          ),
        },
      ],
    });
    this.methods = { get, post, options };

    for (const type of [ResponseType.DEFAULT_4XX, ResponseType.DEFAULT_5XX, ResponseType.THROTTLED]) {
      this.api.addGatewayResponse(type.responseType, {
        type,
        statusCode: type === ResponseType.THROTTLED ? '429' : undefined,
        responseHeaders: ERROR_CORS_HEADERS,
        templates: { 'application/json': GATEWAY_ERROR_BODY },
      });
    }
    // Another path, or another method on /graphql: a 404 that says where the API is, not a 403.
    this.api.addGatewayResponse('MISSING_AUTHENTICATION_TOKEN', {
      type: ResponseType.MISSING_AUTHENTICATION_TOKEN,
      statusCode: String(NOT_FOUND.statusCode),
      responseHeaders: ERROR_CORS_HEADERS,
      templates: { 'application/json': gatewayErrorBody(NOT_FOUND, '$context.requestId') },
    });

    // A body the request model refuses: the function's code for a malformed request, the gateway's type as the reason.
    this.api.addGatewayResponse('BAD_REQUEST_BODY', {
      type: ResponseType.BAD_REQUEST_BODY,
      statusCode: String(BAD_REQUEST_BODY.statusCode),
      responseHeaders: ERROR_CORS_HEADERS,
      templates: { 'application/json': gatewayErrorBody(BAD_REQUEST_BODY, '$context.requestId') },
    });

    for (const method of [get, post]) {
      acknowledge(method, 'AwsSolutions-APIG4', API_AUTH_REASON);
      acknowledge(method, 'AwsSolutions-COG4', API_AUTH_REASON);
    }
    // With a web ACL (ApiFirewall, in the same stack), cdk-nag's APIG3 finds the association itself.
    if (!stage.waf) {
      acknowledge(
        this.api.deploymentStage,
        'AwsSolutions-APIG3',
        'dev/qa: no WAF web ACL in these pre-production stages; stage throttling and the request model (a query of at most 15,000 characters) bound abuse. prod has the WAF: a web ACL with a per-IP rate limit and the AWS managed common rules (stage setting waf).',
      );
    }
  }
}

const API_AUTH_REASON =
  'One GraphQL endpoint serves anonymous, cacheable catalog reads and signed-in operations; the function verifies Cognito access tokens itself (aws-jwt-verify) and resolvers authorise per field.';
