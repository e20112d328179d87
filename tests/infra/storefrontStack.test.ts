import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { table as tableDefinition } from '../../data/table';
import { ACCESS_LOG_FIELDS, GET_CACHE_KEY_PARAMETERS } from '../../infra/constructs/GraphqlApi';
import { DATA_ACTIONS } from '../../infra/constructs/GraphqlFunction';
import { NOTIFIER_DATA_ACTIONS, NOTIFIER_RETRIES } from '../../infra/constructs/OrderNotifier';
import { LOW_STOCK_JOB } from '../../runtime/jobs';
import { ORDER_STREAM_FILTERS } from '../../runtime/orderStreamFilter';
import { ASSET_CACHE_CONTROL, contentSecurityPolicy, HSTS_MAX_AGE_SECONDS, PAGE_CACHE_CONTROL } from '../../infra/siteHeaders';
import { graphqlCacheKey, stages, type StageSettings } from '../../infra/stages';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS } from '../../runtime/cors';
import { isWarmUpEvent } from '../../runtime/warmUp';
import { RENDERED_ACCOUNT, RENDERED_REGION, asArray, dependencyCycle, onlyResource, policyStatements, render, resourcesOf } from './helpers/cfn';
import { PROJECT_ROOT, stackIdFor, synthesize, warningsOf, type Synthesized, type TemplateJson } from './helpers/synthesize';

const STAGES: StageSettings[] = Object.values(stages);
const API_GATEWAY_TIMEOUT_SECONDS = 29;
/** CDK's own deploy-time functions: the storefront's BucketDeployment and (in stages that destroy data) the bucket emptier. */
const CDK_DEPLOY_TIME = /^Custom(CDKBucketDeployment|S3AutoDeleteObjects)/;
/** The storefront's distribution, as `render` shows its domain. */
const siteOrigin = (json: TemplateJson) => `https://<${onlyResource(json, 'AWS::CloudFront::Distribution')[0]}.DomainName>`;

let synthesized: Synthesized;
let dockerMarker: string;
let fakeBin: string;
const savedEnv = { ...process.env };

beforeAll(() => {
  // Prepare: no AWS credentials, and a `docker` that records any call, first on PATH.
  fakeBin = fs.mkdtempSync(path.join(os.tmpdir(), 'storefront-nodocker-'));
  dockerMarker = path.join(fakeBin, 'docker-was-called');
  fs.writeFileSync(path.join(fakeBin, 'docker'), `#!/bin/sh\ntouch "${dockerMarker}"\nexit 1\n`, { mode: 0o755 });
  process.env.PATH = `${fakeBin}${path.delimiter}${process.env.PATH}`;
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete process.env[name];
  process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(fakeBin, 'no-credentials');
  process.env.AWS_CONFIG_FILE = path.join(fakeBin, 'no-config');

  // Act
  synthesized = synthesize({ context: { accountConcurrency: 1000 } });
});

afterAll(() => {
  process.env = savedEnv;
  synthesized?.cleanup();
  fs.rmSync(fakeBin, { recursive: true, force: true });
});

describe('synth', () => {
  it('succeeds offline without credentials or Docker, bundling with the local esbuild', () => {
    expect(synthesized.error).toBeUndefined();
    expect(fs.existsSync(dockerMarker)).toBe(false);
  });

  it('produces one stack per stage plus the account-wide API Gateway logging stack', () => {
    const stackIds = synthesized.assembly!.stacks.map((stack) => stack.stackName).sort();
    expect(stackIds).toEqual(['StorefrontApiGatewayAccount', ...STAGES.map((stage) => stackIdFor(stage.name))].sort());
  });

  it('warns about no reserved concurrency for the shipped stages in an account with the default limit (1000)', () => {
    for (const stage of STAGES) {
      expect(warningsOf(synthesized, stackIdFor(stage.name)).filter((warning) => warning.includes('storefront:reserved-concurrency'))).toEqual([]);
    }
  });

  it('makes no stack depend on another, so `cdk deploy Storefront-<stage>` deploys exactly one stage', () => {
    for (const stack of synthesized.assembly!.stacks) {
      expect(stack.dependencies.filter((dependency) => dependency.constructor.name !== 'AssetManifestArtifact')).toEqual([]);
    }
  });
});

describe('StorefrontApiGatewayAccount', () => {
  it('sets the account-wide API Gateway CloudWatch Logs role that stage logging needs', () => {
    const json = synthesized.json('StorefrontApiGatewayAccount');
    const [roleId, role] = onlyResource(json, 'AWS::IAM::Role');
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' } },
    ]);
    expect(role.Properties.ManagedPolicyArns.map((arn: unknown) => render(arn, json))).toEqual([
      'arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs',
    ]);
    const [, account] = onlyResource(json, 'AWS::ApiGateway::Account');
    expect(account.Properties.CloudWatchRoleArn).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
  });
});

describe.each(STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  let aliasId: string;
  let functionId: string;
  let fn: any;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
    [functionId, fn] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-api-${stage.name}`);
    [aliasId] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.FunctionName.Ref === functionId);
  });

  describe('template', () => {
    it('has no dependency cycle, which CloudFormation would refuse (the cache-flush policy names the API, which depends on the function)', () => {
      expect(dependencyCycle(json)).toBeUndefined();
    });
  });

  describe('isolation', () => {
    it('shares nothing with other stacks: no imports, no hard-coded names of other stages', () => {
      const text = JSON.stringify(json);
      expect(text).not.toContain('Fn::ImportValue');
      for (const other of STAGES.filter((s) => s.name !== stage.name)) {
        expect(text).not.toContain(`storefront-api-${other.name}"`);
      }
    });
  });

  describe('table', () => {
    it('is built from data/table.ts: keys, one GSI per index, TTL, on-demand billing', () => {
      const [, table] = onlyResource(json, 'AWS::DynamoDB::Table');
      const p = table.Properties;
      expect(p.BillingMode).toBe('PAY_PER_REQUEST');
      expect(p.KeySchema).toEqual([
        { AttributeName: tableDefinition.primary.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDefinition.primary.sortKey, KeyType: 'RANGE' },
      ]);
      expect(p.GlobalSecondaryIndexes).toEqual(
        Object.entries(tableDefinition.indexes).map(([IndexName, keys]) => ({
          IndexName,
          KeySchema: [
            { AttributeName: keys.partitionKey, KeyType: 'HASH' },
            { AttributeName: keys.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      );
      expect(p.TimeToLiveSpecification).toEqual({ AttributeName: tableDefinition.ttlAttribute, Enabled: true });
    });

    it('has point-in-time recovery, deletion protection and removal policy as the stage says', () => {
      const [, table] = onlyResource(json, 'AWS::DynamoDB::Table');
      expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: stage.pointInTimeRecovery });
      expect(table.Properties.DeletionProtectionEnabled).toBe(stage.deletionProtection);
      expect(table.DeletionPolicy).toBe(stage.removalPolicy === 'retain' ? 'Retain' : 'Delete');
      if (stage.name === 'prod') {
        expect(table.Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
        expect(table.Properties.DeletionProtectionEnabled).toBe(true);
        expect(table.DeletionPolicy).toBe('Retain');
        expect(table.UpdateReplacePolicy).toBe('Retain');
      }
      if (stage.name === 'qa') expect(table.Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
    });
  });

  describe('function', () => {
    it('is storefront-api-<stage> on Node.js 22 or newer, arm64, with the stage memory, timeout and concurrency', () => {
      const p = fn.Properties;
      const [, major] = /^nodejs(\d+)\.x$/.exec(p.Runtime) ?? [];
      expect(Number(major)).toBeGreaterThanOrEqual(22);
      expect(p.Architectures).toEqual(['arm64']);
      expect(p.MemorySize).toBe(stage.memoryMb);
      expect(p.Timeout).toBe(stage.timeoutSeconds);
      expect(p.Timeout).toBeLessThan(API_GATEWAY_TIMEOUT_SECONDS);
      expect(p.ReservedConcurrentExecutions).toBe(stage.reservedConcurrency);
      // only prod reserves: Lambda keeps 100 executions of the account unreserved, and a new account's quota may leave no room for more
      expect(p.ReservedConcurrentExecutions).toBe(stage.name === 'prod' ? 100 : undefined);
      expect(p.TracingConfig).toEqual(stage.tracing ? { Mode: 'Active' } : undefined);
    });

    it('has no VPC configuration at all (no function has VpcConfig, no EC2 resources)', () => {
      for (const [, lambda] of resourcesOf(json, 'AWS::Lambda::Function')) expect(lambda.Properties).not.toHaveProperty('VpcConfig');
      expect(Object.values(json.Resources).filter((r) => r.Type.startsWith('AWS::EC2::'))).toEqual([]);
    });

    it('gets the table, user pool, CORS list, introspection and Powertools settings from the environment', () => {
      const [tableId] = onlyResource(json, 'AWS::DynamoDB::Table');
      const [poolId] = onlyResource(json, 'AWS::Cognito::UserPool');
      const [clientId] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
      const [secretId] = onlyResource(json, 'AWS::SecretsManager::Secret');
      const { CORS_ORIGINS, ...variables } = fn.Properties.Environment.Variables;
      // the stage's origins and its storefront's
      expect(render(CORS_ORIGINS, json)).toBe([...stage.corsOrigins, siteOrigin(json)].join(','));
      expect(variables).toEqual({
        STAGE: stage.name,
        TABLE_NAME: { Ref: tableId },
        INTROSPECTION: String(stage.introspection),
        TRUSTED_DOCUMENTS: stage.trustedDocuments,
        USER_POOL_ID: { Ref: poolId },
        USER_POOL_CLIENT_ID: { Ref: clientId },
        POWERTOOLS_SERVICE_NAME: 'storefront-api',
        POWERTOOLS_LOG_LEVEL: stage.logLevel,
        POWERTOOLS_TRACE_ENABLED: String(stage.tracing),
        CURSOR_SECRET_ARN: { Ref: secretId },
        STAGE_CACHE_ENABLED: String(stage.cache.enabled),
        AWS_LAMBDA_EXEC_WRAPPER: '/var/task/exec-wrapper.sh',
      });
    });

    it('never puts the cursor key in the template or the function configuration, not even as a dynamic reference', () => {
      const template = JSON.stringify(json);
      expect(template).not.toContain('{{resolve:secretsmanager');
      expect(template).not.toContain('{{resolve:');
      expect(fn.Properties.Environment.Variables).not.toHaveProperty('CURSOR_SECRET');
    });

    it('lets only the function role read the cursor key, and nothing else of Secrets Manager', () => {
      const [secretId] = onlyResource(json, 'AWS::SecretsManager::Secret');
      const roleId = fn.Properties.Role['Fn::GetAtt'][0];
      const readers = policyStatements(json).filter(({ statement }) => JSON.stringify(statement).includes('secretsmanager:'));
      expect(readers).toHaveLength(1);
      const [{ holder, statement }] = readers;
      expect(json.Resources[holder]?.Properties.Roles).toEqual([{ Ref: roleId }]);
      expect(statement).toEqual({
        Effect: 'Allow',
        Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
        Resource: { Ref: secretId },
      });
    });

    it('leaves the log level to the runtime settings: no Lambda log-level filter (Advanced Logging Controls)', () => {
      expect(fn.Properties.LoggingConfig.LogFormat).toBe('Text');
      expect(fn.Properties.LoggingConfig).not.toHaveProperty('ApplicationLogLevel');
      expect(fn.Properties.LoggingConfig).not.toHaveProperty('SystemLogLevel');
    });

    it('generates the cursor key per stage as a secret, kept like the stage data', () => {
      const [, secret] = onlyResource(json, 'AWS::SecretsManager::Secret');
      expect(secret.Properties.GenerateSecretString).toEqual({ PasswordLength: 48, ExcludePunctuation: true });
      expect(secret.DeletionPolicy).toBe(stage.removalPolicy === 'retain' ? 'Retain' : 'Delete');
    });

    it('logs to its own log group, which has the stage retention', () => {
      const logGroupId = fn.Properties.LoggingConfig.LogGroup.Ref;
      const logGroup = json.Resources[logGroupId];
      expect(logGroup.Properties).toMatchObject({
        LogGroupName: `/aws/lambda/storefront-api-${stage.name}`,
        RetentionInDays: stage.logRetentionDays,
      });
    });
  });

  describe('IAM', () => {
    const statementsOfFunctionRole = () => {
      const roleId = fn.Properties.Role['Fn::GetAtt'][0];
      const attached = resourcesOf(json, 'AWS::IAM::Policy', (p) => p.Properties.Roles.some((r: any) => r.Ref === roleId)).map(([id]) => id);
      return policyStatements(json).filter(({ holder }) => holder.startsWith(`${roleId}/`) || attached.includes(holder));
    };

    it('grants the API exactly the DynamoDB actions the code uses, on this table and each named index only', () => {
      const [tableId] = onlyResource(json, 'AWS::DynamoDB::Table');
      const dynamo = statementsOfFunctionRole().filter(({ statement }) => asArray(statement.Action).some((a: string) => a.startsWith('dynamodb:')));
      expect(dynamo).toHaveLength(1);
      const { statement } = dynamo[0];
      expect(statement.Effect).toBe('Allow');
      expect([...asArray(statement.Action)].sort()).toEqual([...DATA_ACTIONS].sort());
      expect(DATA_ACTIONS).toEqual([
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:ConditionCheckItem',
      ]);
      expect(asArray(statement.Resource).map((r) => render(r, json))).toEqual([
        `<${tableId}.Arn>`,
        ...Object.keys(tableDefinition.indexes).map((index) => `<${tableId}.Arn>/index/${index}`),
      ]);
    });

    it('has no Scan, no action wildcard (but S3 grants of CDK\'s deployment) and no "*" resource but X-Ray writes and CloudFront invalidations', () => {
      for (const { holder, statement } of policyStatements(json)) {
        const actions = asArray(statement.Action) as string[];
        expect(actions).not.toContain('dynamodb:Scan');
        const resources = asArray(statement.Resource ?? []).map((r) => (typeof r === 'string' ? r : render(r, json)));
        const wildcards = actions.filter((action) => action.includes('*'));
        // CDK's BucketDeployment grants itself s3:GetObject* and the like, on the storefront bucket and CDK's asset bucket only
        if (wildcards.length > 0 && CDK_DEPLOY_TIME.test(holder)) {
          for (const action of wildcards) expect(action).toMatch(/^s3:/);
          for (const resource of resources) expect(resource).toMatch(/^<WebBucket\w+\.Arn>(\/\*)?$|^arn:aws:s3:::cdk-\w+-assets-/);
        } else {
          expect(wildcards).toEqual([]);
        }
        if (resources.some((r) => r.includes('*') && !r.endsWith('/*'))) {
          // X-Ray actions have no resource type; CDK's BucketDeployment invalidates the storefront's distribution with its own policy
          expect([
            {
              holder: expect.stringContaining('GraphqlRoleDefaultPolicy'),
              actions: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
              resources: ['*'],
            },
            {
              holder: expect.stringMatching(CDK_DEPLOY_TIME),
              actions: ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'],
              resources: ['*'],
            },
            // granted with the stream read of the notifier's event source mapping; ListStreams has no resource type
            { holder: expect.stringContaining('NotifierRoleDefaultPolicy'), actions: ['dynamodb:ListStreams'], resources: ['*'] },
            // CodeDeploy invokes the pre- and post-traffic hooks: the functions and their versions
            {
              holder: expect.stringMatching(/^ReleaseDeploymentServiceRoleDefaultPolicy/),
              actions: ['lambda:InvokeFunction'],
              resources: [
                expect.stringMatching(/^<ReleaseHook\w+\.Arn>$/),
                expect.stringMatching(/^<ReleasePostHook\w+\.Arn>$/),
                expect.stringMatching(/^<ReleaseHook\w+\.Arn>:\*$/),
                expect.stringMatching(/^<ReleasePostHook\w+\.Arn>:\*$/),
              ],
            },
          ]).toContainEqual({ holder, actions: [...actions].sort(), resources });
        }
      }
    });

    it('lists the function role policy exactly: data, own log group, its cursor key, its own stage cache when it has one, and X-Ray when tracing', () => {
      const [logGroupId] = onlyResource(json, 'AWS::Logs::LogGroup', (r) => r.Properties.LogGroupName === `/aws/lambda/storefront-api-${stage.name}`);
      const [secretId] = onlyResource(json, 'AWS::SecretsManager::Secret');
      const [apiId] = onlyResource(json, 'AWS::ApiGateway::RestApi');
      const summary = statementsOfFunctionRole().map(({ statement }) => ({
        actions: [...asArray(statement.Action)].sort(),
        resources: asArray(statement.Resource).map((r) => render(r, json)),
      }));
      const expected = [
        { actions: [...DATA_ACTIONS].sort(), resources: expect.any(Array) },
        { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`<${logGroupId}.Arn>`] },
        ...(stage.tracing ? [{ actions: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], resources: ['*'] }] : []),
        { actions: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], resources: [`<${secretId}>`] },
        ...(stage.cache.enabled
          ? [{ actions: ['apigateway:DELETE'], resources: [`arn:aws:apigateway:eu-west-1::/restapis/<${apiId}>/stages/${stage.name}/cache/data`] }]
          : []),
      ];
      expect(summary).toEqual(expected);
    });

    it(
      stage.cache.enabled
        ? "lets the function flush its own stage's cache and nothing else of API Gateway, by a policy of its own on the function role"
        : 'grants no API Gateway action at all (no cache to flush)',
      () => {
        const gateway = policyStatements(json).filter(({ statement }) => JSON.stringify(statement.Action).includes('apigateway:'));
        if (!stage.cache.enabled) {
          expect(gateway).toEqual([]);
          return;
        }
        const roleId = fn.Properties.Role['Fn::GetAtt'][0];
        const [apiId] = onlyResource(json, 'AWS::ApiGateway::RestApi');
        expect(gateway).toHaveLength(1);
        const [{ holder, statement }] = gateway;
        // a standalone AWS::IAM::Policy: not an inline policy of the role, not the role's default policy
        expect(json.Resources[holder]?.Type).toBe('AWS::IAM::Policy');
        expect(holder).not.toMatch(/DefaultPolicy/);
        expect(json.Resources[holder].Properties.Roles).toEqual([{ Ref: roleId }]);
        expect(json.Resources[holder].Properties.PolicyDocument.Statement).toHaveLength(1);
        expect(statement).toEqual({ Effect: 'Allow', Action: 'apigateway:DELETE', Resource: expect.anything() });
        expect(render(statement.Resource, json)).toBe(`arn:aws:apigateway:${RENDERED_REGION}::/restapis/<${apiId}>/stages/${stage.name}/cache/data`);
      },
    );

    it("attaches no managed policies to any role of the stage but CDK's deploy-time functions (basic execution only) and CodeDeploy's (alias shifting)", () => {
      for (const [roleId, role] of resourcesOf(json, 'AWS::IAM::Role')) {
        const managed = (role.Properties.ManagedPolicyArns ?? []).map((arn: unknown) => render(arn, json));
        const expected = CDK_DEPLOY_TIME.test(roleId)
          ? ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']
          : /^ReleaseDeploymentServiceRole/.test(roleId)
            ? ['arn:aws:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited']
            : [];
        expect(managed).toEqual(expected);
      }
    });
  });

  describe('version and alias', () => {
    it('publishes a version and points an alias named after the stage at it', () => {
      const [versionId, version] = onlyResource(json, 'AWS::Lambda::Version', (r) => r.Properties.FunctionName.Ref === functionId);
      expect(version.Properties.FunctionName).toEqual({ Ref: functionId });
      expect(json.Resources[aliasId].Properties).toMatchObject({
        Name: stage.name,
        FunctionName: { Ref: functionId },
        FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
      });
    });

    it('has provisioned concurrency on the alias only when the stage asks for it', () => {
      const config = json.Resources[aliasId].Properties.ProvisionedConcurrencyConfig;
      if (stage.provisionedConcurrency > 0) expect(config).toEqual({ ProvisionedConcurrentExecutions: stage.provisionedConcurrency });
      else expect(config).toBeUndefined();
    });
  });

  describe('REST API', () => {
    const methods = () => Object.fromEntries(resourcesOf(json, 'AWS::ApiGateway::Method').map(([, m]) => [m.Properties.HttpMethod, m.Properties]));

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
      for (const setting of apiStage.Properties.MethodSettings) {
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
      const [resourceId] = onlyResource(json, 'AWS::ApiGateway::Resource');
      expect(json.Resources[resourceId].Properties.PathPart).toBe('graphql');
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
      // only the storefront's assets and pages and, where the stage destroys data, its bucket emptier
      const deployments = ['Custom::CDKBucketDeployment', 'Custom::CDKBucketDeployment'];
      expect(custom.map((r) => r.Type).sort()).toEqual(
        stage.removalPolicy === 'retain' ? deployments : [...deployments, 'Custom::S3AutoDeleteObjects'],
      );
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
    const apiPermissions = () => resourcesOf(json, 'AWS::Lambda::Permission', (r) => r.Properties.Principal === 'apigateway.amazonaws.com');

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

    it('never lets anything invoke a function itself or $LATEST: every permission is on an alias (the API’s, or the notifier’s for its daily rule)', () => {
      const aliases = resourcesOf(json, 'AWS::Lambda::Alias').map(([id]) => ({ Ref: id }));
      for (const [, permission] of resourcesOf(json, 'AWS::Lambda::Permission')) {
        expect(aliases).toContainEqual(permission.Properties.FunctionName);
        if (permission.Properties.Principal === 'apigateway.amazonaws.com') expect(permission.Properties.FunctionName).toEqual({ Ref: aliasId });
      }
    });
  });

  describe('warm-up', () => {
    it(stage.warmUpSchedule ? 'pings the alias on the stage schedule with the payload the handler short-circuits' : 'has no rule', () => {
      const rules = resourcesOf(json, 'AWS::Events::Rule', (r) => r.Properties.Name === `storefront-api-${stage.name}-warm-up`);
      if (!stage.warmUpSchedule) {
        expect(rules).toEqual([]);
        return;
      }
      expect(rules).toHaveLength(1);
      const [[ruleId, rule]] = rules;
      expect(rule.Properties.ScheduleExpression).toBe(stage.warmUpSchedule);
      expect(rule.Properties.Targets).toHaveLength(1);
      const [target] = rule.Properties.Targets;
      expect(target.Arn).toEqual({ Ref: aliasId });
      expect(JSON.parse(target.Input)).toEqual({ warmer: true });
      expect(isWarmUpEvent(JSON.parse(target.Input))).toBe(true);
      const [, permission] = onlyResource(
        json,
        'AWS::Lambda::Permission',
        (r) => r.Properties.Principal === 'events.amazonaws.com' && r.Properties.FunctionName.Ref === aliasId,
      );
      expect(permission.Properties.SourceArn).toEqual({ 'Fn::GetAtt': [ruleId, 'Arn'] });
    });
  });

  describe('identity', () => {
    it('has a user pool, a public app client and an admin group', () => {
      const [poolId, pool] = onlyResource(json, 'AWS::Cognito::UserPool');
      expect(pool.Properties.UserPoolName).toBe(`storefront-${stage.name}`);
      const [, client] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
      expect(client.Properties).toMatchObject({ UserPoolId: { Ref: poolId }, GenerateSecret: false });
      const [, group] = onlyResource(json, 'AWS::Cognito::UserPoolGroup');
      expect(group.Properties).toMatchObject({ GroupName: 'admin', UserPoolId: { Ref: poolId } });
    });
  });

  describe('storefront site', () => {
    const distribution = () => onlyResource(json, 'AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;
    const headersPolicy = (ref: { Ref: string }) => json.Resources[ref.Ref].Properties.ResponseHeadersPolicyConfig;

    it('keeps the files in a private, encrypted bucket that only this distribution may read (origin access control), over TLS only', () => {
      const [bucketId, bucket] = onlyResource(json, 'AWS::S3::Bucket');
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties).not.toHaveProperty('WebsiteConfiguration');
      expect(bucket.DeletionPolicy).toBe(stage.removalPolicy === 'retain' ? 'Retain' : 'Delete');
      const [distributionId] = onlyResource(json, 'AWS::CloudFront::Distribution');
      const [origin] = distribution().Origins;
      expect(origin.DomainName).toEqual({ 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] });
      const [oacId, oac] = onlyResource(json, 'AWS::CloudFront::OriginAccessControl');
      expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oacId, 'Id'] });
      expect(oac.Properties.OriginAccessControlConfig).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' });
      const [, policy] = onlyResource(json, 'AWS::S3::BucketPolicy');
      const statements = policy.Properties.PolicyDocument.Statement;
      expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
      const readers = statements.filter((statement: any) => statement.Effect === 'Allow' && asArray(statement.Action).includes('s3:GetObject'));
      expect(readers).toHaveLength(1);
      expect(readers[0].Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(render(readers[0].Condition.StringEquals['AWS:SourceArn'], json)).toBe(
        `arn:aws:cloudfront::${RENDERED_ACCOUNT}:distribution/<${distributionId}>`,
      );
    });

    it('redirects to HTTPS, never caches pages, caches content-hashed assets for a year, and lets the app answer its own routes', () => {
      const config = distribution();
      expect(config.DefaultRootObject).toBe('index.html');
      expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] });
      // AWS's managed CachingDisabled policy
      expect(config.DefaultCacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
      expect(headersPolicy(config.DefaultCacheBehavior.ResponseHeadersPolicyId).CustomHeadersConfig.Items).toEqual([
        { Header: 'Cache-Control', Value: PAGE_CACHE_CONTROL, Override: true },
      ]);
      const [assets] = config.CacheBehaviors;
      expect(config.CacheBehaviors).toHaveLength(1);
      expect(assets).toMatchObject({ PathPattern: 'assets/*', ViewerProtocolPolicy: 'redirect-to-https', Compress: true });
      const assetCache = json.Resources[assets.CachePolicyId.Ref].Properties.CachePolicyConfig;
      expect(assetCache).toMatchObject({ DefaultTTL: 31_536_000, MinTTL: 31_536_000, MaxTTL: 31_536_000 });
      // the year-long Cache-Control is on the asset objects (tests/infra/storefrontSite.test.ts), so a 404 carries none
      expect(headersPolicy(assets.ResponseHeadersPolicyId).CustomHeadersConfig).toBeUndefined();
      expect(ASSET_CACHE_CONTROL).toContain('immutable');
      // /product/… is rewritten to index.html by the pages' viewer-request function; a missing file is a real 404, kept seconds
      expect(config.CustomErrorResponses).toEqual([403, 404].map((ErrorCode) => ({ ErrorCode, ErrorCachingMinTTL: 10 })));
    });

    it("sends a Content-Security-Policy that lets the pages call this stage's API and sign-in only, with HSTS and no framing", () => {
      const [apiId] = onlyResource(json, 'AWS::ApiGateway::RestApi');
      const [domainId] = onlyResource(json, 'AWS::Cognito::UserPoolDomain');
      const config = distribution();
      for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
        const { SecurityHeadersConfig: security } = headersPolicy(behavior.ResponseHeadersPolicyId);
        expect(render(security.ContentSecurityPolicy.ContentSecurityPolicy, json)).toBe(
          contentSecurityPolicy({
            apiOrigin: `https://<${apiId}>.execute-api.${RENDERED_REGION}.amazonaws.com`,
            authOrigins: [`https://<${domainId}>.auth.${RENDERED_REGION}.amazoncognito.com`, `https://cognito-idp.${RENDERED_REGION}.amazonaws.com`],
          }),
        );
        expect(security.StrictTransportSecurity).toEqual({ AccessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS, IncludeSubdomains: true, Override: true });
        expect(security.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
        expect(security.ContentTypeOptions).toEqual({ Override: true });
      }
    });

    it("deploys web/dist and a config.json naming this stage's API and user pool, then invalidates the uncached entry points", () => {
      const [, deployment] = onlyResource(json, 'Custom::CDKBucketDeployment', (r) => r.Metadata['aws:cdk:path'].includes('/Web/Content/'));
      const [bucketId] = onlyResource(json, 'AWS::S3::Bucket');
      const [distributionId] = onlyResource(json, 'AWS::CloudFront::Distribution');
      const [apiId] = onlyResource(json, 'AWS::ApiGateway::RestApi');
      const [poolId] = onlyResource(json, 'AWS::Cognito::UserPool');
      const [clientId] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
      const [domainId] = onlyResource(json, 'AWS::Cognito::UserPoolDomain');
      const p = deployment.Properties;
      expect(p.DestinationBucketName).toEqual({ Ref: bucketId });
      expect(p.DistributionId).toEqual({ Ref: distributionId });
      expect(p.DistributionPaths).toEqual(['/index.html', '/config.json']);
      expect(p.Prune).toBe(true);
      expect(p.SourceObjectKeys).toHaveLength(2);
      // config.json's values are resolved at deploy time, from these resources
      const referenced = Object.values(p.SourceMarkers[1] as Record<string, { Ref: string }>).map((value) => value.Ref);
      expect(referenced).toEqual(expect.arrayContaining([apiId, poolId, clientId, domainId]));
    });

    it("signs shoppers in with the authorization code flow and PKCE (no secret), returning to the storefront's own origin only", () => {
      const [, client] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
      const p = client.Properties;
      expect(p).toMatchObject({
        GenerateSecret: false,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      });
      expect(p.AllowedOAuthScopes).toEqual(['openid', 'email', 'profile']);
      expect(p.CallbackURLs.map((url: unknown) => render(url, json))).toEqual([`${siteOrigin(json)}/callback`]);
      expect(p.LogoutURLs.map((url: unknown) => render(url, json))).toEqual([`${siteOrigin(json)}/`]);
      const [, domain] = onlyResource(json, 'AWS::Cognito::UserPoolDomain');
      expect(render(domain.Properties.Domain, json)).toBe(`storefront-${stage.name}-${RENDERED_ACCOUNT}`);
    });
  });

  describe('order notifier', () => {
    let notifierId: string;
    let notifier: any;
    let notifierAliasId: string;
    beforeAll(() => {
      [notifierId, notifier] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-notifier-${stage.name}`);
      [notifierAliasId] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.FunctionName.Ref === notifierId);
    });
    const topicNamed = (name: string) => onlyResource(json, 'AWS::SNS::Topic', (r) => r.Properties.TopicName === name)[0];

    it('reads the table stream with new and old images, through its own alias named after the stage', () => {
      const [tableId, table] = onlyResource(json, 'AWS::DynamoDB::Table');
      expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
      expect(json.Resources[notifierAliasId].Properties.Name).toBe(stage.name);
      const [, mapping] = onlyResource(json, 'AWS::Lambda::EventSourceMapping');
      // CDK names the alias as `<function name>:<alias>`, the function name taken from the alias's ARN
      expect(mapping.Properties.FunctionName['Fn::Join'][1]).toEqual([
        { 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: notifierAliasId }] }] },
        `:${stage.name}`,
      ]);
      expect(mapping.Properties.EventSourceArn).toEqual({ 'Fn::GetAtt': [tableId, 'StreamArn'] });
    });

    it('lets only order changes through the filter (the patterns the local poller applies), and retries a failing record without blocking the rest', () => {
      const [, mapping] = onlyResource(json, 'AWS::Lambda::EventSourceMapping');
      const [queueId, queue] = onlyResource(json, 'AWS::SQS::Queue', (r) => r.Properties.QueueName === `storefront-notifier-dlq-${stage.name}`);
      expect(mapping.Properties.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern))).toEqual(
        ORDER_STREAM_FILTERS,
      );
      expect(mapping.Properties).toMatchObject({
        StartingPosition: 'LATEST',
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: NOTIFIER_RETRIES.retryAttempts,
        MaximumRecordAgeInSeconds: NOTIFIER_RETRIES.maxRecordAge.toSeconds(),
        BatchSize: NOTIFIER_RETRIES.batchSize,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
      });
      expect(queue.Properties).toMatchObject({ QueueName: `storefront-notifier-dlq-${stage.name}`, SqsManagedSseEnabled: true });
    });

    it('publishes to its stage topics and reads only what it uses; sends mail from the stage sender only where there is one', () => {
      const roleId = notifier.Properties.Role['Fn::GetAtt'][0];
      const [tableId] = onlyResource(json, 'AWS::DynamoDB::Table');
      const mine = policyStatements(json).filter(({ holder }) => holder.startsWith(roleId) || holder.startsWith('NotifierRoleDefaultPolicy'));
      const byAction = (prefix: string) => mine.filter(({ statement }) => asArray(statement.Action).some((a: string) => a.startsWith(prefix)));
      const data = byAction('dynamodb:').filter(({ statement }) => !asArray(statement.Action).includes('dynamodb:ListStreams'));
      const [dataGrant] = data.filter(({ statement }) => asArray(statement.Action).includes('dynamodb:GetItem'));
      // its writes are on its claims only (tests/infra/firstDeploy.test.ts)
      expect([...asArray(dataGrant!.statement.Action)].sort()).toEqual(
        NOTIFIER_DATA_ACTIONS.filter((action) => !['dynamodb:PutItem', 'dynamodb:DeleteItem'].includes(action)).sort(),
      );
      expect(asArray(dataGrant!.statement.Resource).map((r) => render(r, json))).toEqual([`<${tableId}.Arn>`, `<${tableId}.Arn>/index/gsi4`]);
      for (const { statement } of mine) expect(asArray(statement.Action)).not.toContain('dynamodb:Scan');
      const publish = byAction('sns:').flatMap(({ statement }) => asArray(statement.Resource).map((r) => render(r, json)));
      expect(publish.sort()).toEqual(
        [`<${topicNamed(`storefront-admin-${stage.name}`)}>`, `<${topicNamed(`storefront-orders-${stage.name}`)}>`].sort(),
      );
      const mail = byAction('ses:');
      const variables = notifier.Properties.Environment.Variables;
      if (stage.emailSender) {
        const resources = mail.flatMap(({ statement }) => asArray(statement.Resource)).map((r) => render(r, json));
        // every identity involved in a send (the sandbox's recipients too), from the stage's sender only
        expect(resources).toEqual([`arn:aws:ses:${RENDERED_REGION}:${RENDERED_ACCOUNT}:identity/*`]);
        expect(mail.map(({ statement }) => statement.Condition)).toEqual([{ StringEquals: { 'ses:FromAddress': stage.emailSender.fromEmail } }]);
        expect(variables.EMAIL_FROM).toBe(`${stage.emailSender.fromName} <${stage.emailSender.fromEmail}>`);
      } else {
        expect(mail).toEqual([]);
        expect(variables).not.toHaveProperty('EMAIL_FROM');
      }
      expect(variables).toMatchObject({
        STAGE: stage.name,
        TABLE_NAME: { Ref: tableId },
        ORDER_TOPIC_ARN: { Ref: topicNamed(`storefront-orders-${stage.name}`) },
        ADMIN_TOPIC_ARN: { Ref: topicNamed(`storefront-admin-${stage.name}`) },
      });
      expect(variables).not.toHaveProperty('NOTIFIER_OUTBOX');
    });

    it('runs the low-stock report on the stage schedule through the alias, and is never pinged by the warm-up rule', () => {
      const reports = resourcesOf(json, 'AWS::Events::Rule', (r) => r.Properties.Name === `storefront-${stage.name}-low-stock-report`);
      expect(reports).toHaveLength(stage.lowStockReportSchedule ? 1 : 0);
      if (stage.lowStockReportSchedule) {
        const [[, rule]] = reports;
        expect(rule.Properties.ScheduleExpression).toBe(stage.lowStockReportSchedule);
        expect(rule.Properties.Targets.map((t: any) => [t.Arn, JSON.parse(t.Input)])).toEqual([[{ Ref: notifierAliasId }, LOW_STOCK_JOB]]);
      }
      for (const [, rule] of resourcesOf(json, 'AWS::Events::Rule', (r) => r.Properties.Name.endsWith('warm-up'))) {
        expect(rule.Properties.Targets.map((t: any) => t.Arn)).not.toContainEqual({ Ref: notifierAliasId });
      }
    });

    it('alarms on its errors, its iterator age and any dead letter, to the stage alarm topic', () => {
      const alarms = resourcesOf(json, 'AWS::CloudWatch::Alarm', (r) =>
        String(r.Properties.AlarmName).startsWith(`storefront-${stage.name}-notifier-`),
      );
      const alarmTopic = topicNamed(`storefront-alarms-${stage.name}`);
      expect(alarms.map(([, a]) => [a.Properties.MetricName, a.Properties.Threshold]).sort()).toEqual(
        [
          ['ApproximateNumberOfMessagesVisible', 1],
          // the daily report's dead-letter queue
          ...(stage.lowStockReportSchedule ? [['ApproximateNumberOfMessagesVisible', 1]] : []),
          ['Errors', 1],
          ['IteratorAge', 300_000],
        ].sort(),
      );
      for (const [, a] of alarms) expect(a.Properties.AlarmActions).toEqual([{ Ref: alarmTopic }]);
    });
  });

  describe('alarms', () => {
    it('watches Lambda errors and throttles, API 5XX rate and latency, DynamoDB throttles', () => {
      const alarms = resourcesOf(json, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
      const metricsOf = (alarm: any): string[] =>
        alarm.MetricName
          ? [`${alarm.Namespace}/${alarm.MetricName}`]
          : alarm.Metrics.filter((m: any) => m.MetricStat).map((m: any) => `${m.MetricStat.Metric.Namespace}/${m.MetricStat.Metric.MetricName}`);
      const watched = alarms.flatMap(metricsOf);
      for (const metric of [
        'AWS/Lambda/Errors',
        'AWS/Lambda/Throttles',
        'AWS/ApiGateway/5XXError',
        'AWS/ApiGateway/Latency',
        'AWS/DynamoDB/ThrottledRequests',
      ]) {
        expect(watched).toContain(metric);
      }
      const [topicId] = onlyResource(json, 'AWS::SNS::Topic', (r) => r.Properties.TopicName === `storefront-alarms-${stage.name}`);
      for (const alarm of alarms.filter((a) => !a.AlarmName.startsWith(`storefront-${stage.name}-release-`))) {
        expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
      }
      const rate = alarms.find((a) => a.MetricName === '5XXError');
      expect(rate).toMatchObject({ Statistic: 'Average', Threshold: 0.01 });
      expect(rate.Dimensions).toEqual(expect.arrayContaining([{ Name: 'Stage', Value: expect.anything() }]));
    });
  });

  describe('logs', () => {
    it('gives every log group a retention, and every function an explicit log group (but the bucket emptier CDK provides)', () => {
      const logGroups = resourcesOf(json, 'AWS::Logs::LogGroup');
      expect(logGroups.length).toBeGreaterThanOrEqual(4);
      for (const [, logGroup] of logGroups) expect(logGroup.Properties.RetentionInDays).toBe(stage.logRetentionDays);
      for (const [lambdaId, lambda] of resourcesOf(json, 'AWS::Lambda::Function')) {
        // CDK's custom-resource provider takes no logging settings; it runs only when the stage is destroyed
        if (lambdaId.startsWith('CustomS3AutoDeleteObjectsCustomResourceProvider')) continue;
        expect(lambda.Properties.LoggingConfig?.LogGroup).toBeDefined();
      }
      const [, apiStage] = onlyResource(json, 'AWS::ApiGateway::Stage');
      const [executionLogsId] = onlyResource(
        json,
        'AWS::Logs::LogGroup',
        (r) => r.Properties.LogGroupName !== undefined && render(r.Properties.LogGroupName, json).startsWith('API-Gateway-Execution-Logs_'),
      );
      expect(apiStage.DependsOn).toContain(executionLogsId);
    });
  });

  describe('outputs', () => {
    it('exports the API URL, user pool id, client id, table name, storefront URL and the notifier topics', () => {
      const outputs = json.Outputs ?? {};
      expect(Object.keys(outputs).sort()).toEqual([
        'AdminTopicArn',
        'ApiUrl',
        'OrdersTopicArn',
        'StorefrontUrl',
        'TableName',
        'UserPoolClientId',
        'UserPoolId',
      ]);
      expect(render(outputs.StorefrontUrl.Value, json)).toBe(stage.webDomain ? `https://${stage.webDomain.domainName}` : siteOrigin(json));
      expect(render(outputs.ApiUrl.Value, json)).toMatch(
        new RegExp(`^https://<\\w+>\\.execute-api\\.${RENDERED_REGION}\\.amazonaws\\.com/${stage.name}/graphql$`),
      );
    });
  });
});

describe('the bundled function code', () => {
  const assetDir = () => {
    const json = synthesized.json(stackIdFor('dev'));
    const [, fn] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-api-dev');
    expect(fn.Metadata['aws:asset:is-bundled']).toBe(true);
    return path.join(synthesized.outdir, fn.Metadata['aws:asset:path']);
  };

  it('is one minified CommonJS file with every dependency (AWS SDK included) bundled in, next to the exec wrapper and its source map', () => {
    const files = fs.readdirSync(assetDir());
    expect(files.sort()).toEqual(['exec-wrapper.sh', 'index.js', 'index.js.map']);
    const code = fs.readFileSync(path.join(assetDir(), 'index.js'), 'utf8');
    expect(code.split('\n').length).toBeLessThan(2000);
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
    const packages = [...required].filter((name) => !builtinModules.includes(name.replace(/^node:/, '')));
    // The only one left is the SDK's optional SigV4a signer, required inside a try/catch and never installed.
    expect(packages).toEqual(['@aws-sdk/signature-v4-crt']);
  });

  it('names no source map, so Node never reads the one beside it; the map names the sources without their text', () => {
    const code = fs.readFileSync(path.join(assetDir(), 'index.js'), 'utf8');
    const map = JSON.parse(fs.readFileSync(path.join(assetDir(), 'index.js.map'), 'utf8')) as { sources: string[]; sourcesContent?: unknown };
    expect(code).not.toMatch(/sourceMappingURL/);
    expect(map.sources.filter((source) => /(^|\/)server\/lambda\.ts$/.test(source))).toHaveLength(1);
    expect(map.sourcesContent).toBeUndefined();
  });

  it('carries the exec wrapper that AWS_LAMBDA_EXEC_WRAPPER names, executable (CDK keeps the mode in the zip)', () => {
    const wrapper = path.join(assetDir(), 'exec-wrapper.sh');
    expect(fs.readFileSync(wrapper, 'utf8')).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'infra', 'bundle', 'execWrapper.sh'), 'utf8'));
    expect(fs.statSync(wrapper).mode & 0o111).toBe(0o111);
  });
});
