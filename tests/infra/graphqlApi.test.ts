import { ACCESS_LOG_FIELDS, GET_CACHE_KEY_PARAMETERS } from '../../infra/constructs/GraphqlApi';
import { graphqlCacheKey } from '../../infra/stages';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS } from '../../runtime/cors';
import { RENDERED_ACCOUNT, RENDERED_REGION, onlyResource, render, resourcesOf } from './helpers/cfn';
import { SHIPPED_STAGES, apiFunctionOf, siteOrigin, synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, type Synthesized, type TemplateJson } from './helpers/synthesize';

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  let aliasId: string;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
    ({ aliasId } = apiFunctionOf(json, stage.name));
  });

  describe('REST API', () => {
    const graphqlResourceId = () => onlyResource(json, 'AWS::ApiGateway::Resource', (r) => r.Properties.PathPart === 'graphql')[0];
    const methods = () =>
      Object.fromEntries(
        resourcesOf(json, 'AWS::ApiGateway::Method', (m) => m.Properties.ResourceId?.Ref === graphqlResourceId()).map(([, m]) => [
          m.Properties.HttpMethod,
          m.Properties,
        ]),
      );

    it('has one stage named after the stage, throttled, with execution logging at ERROR and no data trace', () => {
      const [, apiStage] = onlyResource(json, 'AWS::ApiGateway::Stage');
      expect(apiStage.Properties.StageName).toBe(stage.name);
      expect(apiStage.Properties.TracingEnabled).toBe(stage.tracing);
      const defaults = apiStage.Properties.MethodSettings.find((s: any) => s.ResourcePath === '/*' && s.HttpMethod === '*');
      expect(defaults).toMatchObject({
        ThrottlingRateLimit: stage.throttling.rateLimit,
        ThrottlingBurstLimit: stage.throttling.burstLimit,
        LoggingLevel: 'ERROR',
        DataTraceEnabled: false,
        CachingEnabled: false,
      });
      // the payment webhook route is throttled on its own (tests/infra/paymentWebhook.test.ts)
      for (const setting of apiStage.Properties.MethodSettings.filter((s: any) => !s.ResourcePath.startsWith('/~1webhooks'))) {
        expect(setting).toMatchObject({ ThrottlingRateLimit: stage.throttling.rateLimit, ThrottlingBurstLimit: stage.throttling.burstLimit });
      }
    });

    it('writes JSON access logs with request id, status, latency and cache status to a log group with retention', () => {
      const [, apiStage] = onlyResource(json, 'AWS::ApiGateway::Stage');
      const format = JSON.parse(apiStage.Properties.AccessLogSetting.Format);
      expect(format).toEqual(ACCESS_LOG_FIELDS);
      expect(format).toMatchObject({
        requestId: '$context.requestId',
        status: '$context.status',
        responseLatency: '$context.responseLatency',
        integrationStatus: '$context.integration.status',
      });
      const destination = render(apiStage.Properties.AccessLogSetting.DestinationArn, json);
      const logGroupId = /log-group:<(\w+)>$/.exec(destination)?.[1];
      expect(json.Resources[logGroupId!].Properties.RetentionInDays).toBe(stage.logRetentionDays);
    });

    it('serves GET and POST /graphql by Lambda proxy to the alias, never the function or $LATEST', () => {
      const byMethod = methods();
      expect(Object.keys(byMethod).sort()).toEqual(['GET', 'OPTIONS', 'POST']);
      expect(json.Resources[graphqlResourceId()].Properties.PathPart).toBe('graphql');
      for (const method of ['GET', 'POST']) {
        const integration = byMethod[method].Integration;
        expect(integration.Type).toBe('AWS_PROXY');
        expect(integration.IntegrationHttpMethod).toBe('POST');
        expect(render(integration.Uri, json)).toBe(`arn:aws:apigateway:${RENDERED_REGION}:lambda:path/2015-03-31/functions/<${aliasId}>/invocations`);
      }
    });

    it('answers OPTIONS in the gateway with the stage origin list and the headers the function allows', () => {
      const options = methods().OPTIONS;
      expect(options.Integration.Type).toBe('MOCK');
      const [response] = options.Integration.IntegrationResponses;
      expect(response.StatusCode).toBe('204');
      expect(response.ResponseParameters).toEqual({
        'method.response.header.Access-Control-Allow-Methods': `'${CORS_ALLOW_METHODS.join(',')}'`,
        'method.response.header.Access-Control-Allow-Headers': `'${CORS_ALLOW_HEADERS.join(',')}'`,
        'method.response.header.Access-Control-Max-Age': "'600'",
        'method.response.header.Vary': "'Origin'",
      });
      const template = render(response.ResponseTemplates['application/json'], json);
      const allowed = [...template.matchAll(/\$origin == "([^"]+)"/g)].map((match) => match[1]);
      expect(allowed).toEqual([...stage.corsOrigins, siteOrigin(json)]);
      expect(template).toContain('#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)');
      expect(template).not.toContain('*');
    });

    it('adds the same CORS headers to gateway errors (DEFAULT_4XX, DEFAULT_5XX, THROTTLED, MISSING_AUTHENTICATION_TOKEN, BAD_REQUEST_BODY)', () => {
      const responses: Record<string, any> = Object.fromEntries(
        resourcesOf(json, 'AWS::ApiGateway::GatewayResponse').map(([, r]) => [r.Properties.ResponseType, r.Properties]),
      );
      expect(Object.keys(responses).sort()).toEqual(['BAD_REQUEST_BODY', 'DEFAULT_4XX', 'DEFAULT_5XX', 'MISSING_AUTHENTICATION_TOKEN', 'THROTTLED']);
      expect(responses.THROTTLED.StatusCode).toBe('429');
      // another path or method: 404 NOT_FOUND (API Gateway's default is a confusing 403 "Missing Authentication Token")
      expect(responses.MISSING_AUTHENTICATION_TOKEN.StatusCode).toBe('404');
      expect(JSON.parse(responses.MISSING_AUTHENTICATION_TOKEN.ResponseTemplates['application/json'])).toEqual({
        errors: [{ message: expect.stringContaining('/graphql'), extensions: { code: 'NOT_FOUND', requestId: '$context.requestId' } }],
      });
      for (const response of Object.values(responses)) {
        expect(response.ResponseParameters).toEqual({
          'gatewayresponse.header.Access-Control-Allow-Origin': 'method.request.header.Origin',
          'gatewayresponse.header.Access-Control-Allow-Methods': `'${CORS_ALLOW_METHODS.join(',')}'`,
          'gatewayresponse.header.Access-Control-Allow-Headers': `'${CORS_ALLOW_HEADERS.join(',')}'`,
          'gatewayresponse.header.Vary': "'Origin'",
        });
        expect(JSON.parse(response.ResponseTemplates['application/json'].replace('$context.error.messageString', '"x"'))).toHaveProperty('errors');
      }
    });

    it('validates POST bodies against a GraphQL request model', () => {
      const post = methods().POST;
      const [modelId, model] = onlyResource(json, 'AWS::ApiGateway::Model');
      expect(post.RequestModels).toEqual({ 'application/json': { Ref: modelId } });
      expect(model.Properties.Schema.properties.query).toEqual({ type: 'string', maxLength: 15000 });
      const [validatorId, validator] = onlyResource(json, 'AWS::ApiGateway::RequestValidator');
      expect(validator.Properties).toMatchObject({ ValidateRequestBody: true, ValidateRequestParameters: true });
      expect(post.RequestValidatorId).toEqual({ Ref: validatorId });
    });

    it("leaves a client's Cache-Control to API Gateway's default: no custom resource on the API, no UpdateStage, no FAIL_WITH_403", () => {
      const custom = Object.values(json.Resources).filter((r) => r.Type.startsWith('Custom::') || r.Type === 'AWS::CloudFormation::CustomResource');
      // only the storefront's assets and pages and, where the stage destroys data, an emptier per bucket
      // (the storefront's, the media bucket and the media bucket's access logs)
      const deployments = ['Custom::CDKBucketDeployment', 'Custom::CDKBucketDeployment'];
      const emptiers = Array<string>(3).fill('Custom::S3AutoDeleteObjects');
      expect(custom.map((r) => r.Type).sort()).toEqual(stage.removalPolicy === 'retain' ? deployments : [...deployments, ...emptiers]);
      expect(JSON.stringify(json)).not.toMatch(/FAIL_WITH_403|UnauthorizedCacheControlHeaderStrategy|updateStage|apigateway:PATCH/i);
    });

    if (stage.cache.enabled) {
      it('caches GET /graphql keyed on query, variables, operationName, extensions, Authorization and Origin: the inputs of a GET answer', () => {
        const get = methods().GET;
        const expected = [
          'method.request.querystring.query',
          'method.request.querystring.variables',
          'method.request.querystring.operationName',
          'method.request.querystring.extensions',
          'method.request.header.Authorization',
          'method.request.header.Origin',
        ];
        expect(get.Integration.CacheKeyParameters).toEqual(expected);
        expect(GET_CACHE_KEY_PARAMETERS).toEqual(expected);
        expect(graphqlCacheKey).toEqual({ queryString: ['query', 'variables', 'operationName', 'extensions'], headers: ['Authorization', 'Origin'] });
        expect(get.RequestParameters).toEqual(Object.fromEntries(expected.map((name) => [name, false])));
      });

      it('has a cache cluster of the stage size and caches GET for the stage TTL, encrypted; POST is never cached', () => {
        const [, apiStage] = onlyResource(json, 'AWS::ApiGateway::Stage');
        expect(apiStage.Properties.CacheClusterEnabled).toBe(true);
        expect(apiStage.Properties.CacheClusterSize).toBe(stage.cache.sizeGb);
        const settings = apiStage.Properties.MethodSettings;
        const get = settings.find((s: any) => s.ResourcePath === '/~1graphql' && s.HttpMethod === 'GET');
        expect(get).toMatchObject({ CachingEnabled: true, CacheTtlInSeconds: stage.cache.ttlSeconds, CacheDataEncrypted: true });
        const post = settings.find((s: any) => s.ResourcePath === '/~1graphql' && s.HttpMethod === 'POST');
        expect(post.CachingEnabled).toBe(false);
        expect(methods().POST.Integration.CacheKeyParameters).toBeUndefined();
        const cachedOthers = settings.filter((s: any) => s.CachingEnabled && !(s.ResourcePath === '/~1graphql' && s.HttpMethod === 'GET'));
        expect(cachedOthers).toEqual([]);
      });
    } else {
      it('has no cache cluster and caches nothing', () => {
        const [, apiStage] = onlyResource(json, 'AWS::ApiGateway::Stage');
        expect(apiStage.Properties.CacheClusterEnabled).toBe(false);
        expect(apiStage.Properties.MethodSettings.filter((s: any) => s.CachingEnabled)).toEqual([]);
        expect(resourcesOf(json, 'Custom::AWS')).toEqual([]);
      });
    }
  });

  describe('invoke permissions', () => {
    // the payment webhook's permission is on its own alias (tests/infra/paymentWebhook.test.ts)
    const apiPermissions = () =>
      resourcesOf(
        json,
        'AWS::Lambda::Permission',
        (r) => r.Properties.Principal === 'apigateway.amazonaws.com' && !render(r.Properties.SourceArn, json).includes('/webhooks/'),
      );

    it('grants API Gateway one lambda:InvokeFunction per method on the alias, for exactly <stage>/GET|POST/graphql', () => {
      const [apiId] = onlyResource(json, 'AWS::ApiGateway::RestApi');
      const live = apiPermissions().filter(([, p]) => !render(p.Properties.SourceArn, json).includes('test-invoke-stage'));
      const arns = live.map(([, p]) => {
        expect(p.Properties.Action).toBe('lambda:InvokeFunction');
        expect(p.Properties.FunctionName).toEqual({ Ref: aliasId });
        return render(p.Properties.SourceArn, json);
      });
      const base = `arn:aws:execute-api:${RENDERED_REGION}:${RENDERED_ACCOUNT}:<${apiId}>/${stage.name}`;
      expect(arns.sort()).toEqual([`${base}/GET/graphql`, `${base}/POST/graphql`]);
    });

    it('has no wildcard source ARN, and console test-invoke permissions only where the stage allows them (dev)', () => {
      const arns = apiPermissions().map(([, p]) => render(p.Properties.SourceArn, json));
      for (const arn of arns) expect(arn).not.toMatch(/\*/);
      const testInvoke = arns.filter((arn) => arn.includes('/test-invoke-stage/'));
      expect(testInvoke).toHaveLength(stage.allowTestInvoke ? 2 : 0);
      if (stage.name !== 'dev') expect(testInvoke).toEqual([]);
    });
  });
});
