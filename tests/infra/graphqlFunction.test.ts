import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { table as tableDefinition } from '../../data/table';
import { DATA_ACTIONS } from '../../infra/constructs/GraphqlFunction';
import { PAYMENT_VARIABLES } from '../../runtime/env/paymentEnvironment';
import { RENDERED_REGION, asArray, onlyResource, policyStatements, render, resourcesOf } from './helpers/cfn';
import { SHIPPED_STAGES, apiFunctionOf, siteOrigin, synthesizeShipped } from './helpers/shippedStages';
import { PROJECT_ROOT, stackIdFor, type Synthesized, type TemplateJson } from './helpers/synthesize';

const API_GATEWAY_TIMEOUT_SECONDS = 29;

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  let aliasId: string;
  let functionId: string;
  let fn: any;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
    ({ functionId, fn, aliasId } = apiFunctionOf(json, stage.name));
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

    it('gets the table, user pool, CORS list, introspection, the cost switch, the media bucket and function, and Powertools settings from the environment', () => {
      const [tableId] = onlyResource(json, 'AWS::DynamoDB::Table');
      const [poolId] = onlyResource(json, 'AWS::Cognito::UserPool');
      const [clientId] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
      const [secretId] = onlyResource(json, 'AWS::SecretsManager::Secret', isCursorSecret);
      const [mediaBucketId] = onlyResource(json, 'AWS::S3::Bucket', (r) => r.Metadata['aws:cdk:path'].includes('/Media/Bucket/'));
      const [mediaFunctionId] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-media-${stage.name}`);
      const [paymentSecretId] = onlyResource(json, 'AWS::SecretsManager::Secret', isPaymentSecret);
      const { CORS_ORIGINS, MEDIA_BASE_URL, ...variables } = fn.Properties.Environment.Variables;
      // the stage's origins and its storefront's
      expect(render(CORS_ORIGINS, json)).toBe([...stage.corsOrigins, siteOrigin(json)].join(','));
      // product images are served by the storefront's own origin (its media/* behaviour)
      expect(render(MEDIA_BASE_URL, json)).toBe(siteOrigin(json));
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
        MEDIA_BUCKET: { Ref: mediaBucketId },
        MEDIA_FUNCTION_NAME: { Ref: mediaFunctionId },
        PAYMENT_PROVIDER: 'stripe',
        PAYMENT_SECRET_ARN: { Ref: paymentSecretId },
        // set only where every caller sees what requests cost (dev)
        ...(stage.costForEveryone ? { COST_FOR_EVERYONE: 'true' } : {}),
      });
      expect(variables.COST_FOR_EVERYONE).toBe(stage.name === 'dev' ? 'true' : undefined);
    });

    it('takes payments through Stripe with the stage’s payment secret, named by its ARN only', () => {
      const [paymentSecretId] = onlyResource(json, 'AWS::SecretsManager::Secret', isPaymentSecret);
      expect(fn.Properties.Environment.Variables).toMatchObject({
        [PAYMENT_VARIABLES.provider]: 'stripe',
        [PAYMENT_VARIABLES.secretArn]: { Ref: paymentSecretId },
      });
      expect(fn.Properties.Environment.Variables).not.toHaveProperty(PAYMENT_VARIABLES.localWebhookSecret);
    });

    it('never puts the cursor key in the template or the function configuration, not even as a dynamic reference', () => {
      const template = JSON.stringify(json);
      expect(template).not.toContain('{{resolve:secretsmanager');
      expect(template).not.toContain('{{resolve:');
      expect(fn.Properties.Environment.Variables).not.toHaveProperty('CURSOR_SECRET');
    });

    it('lets only the function role read the cursor key, and nothing else of Secrets Manager but the stage’s payment secret', () => {
      const [secretId] = onlyResource(json, 'AWS::SecretsManager::Secret', isCursorSecret);
      const [paymentSecretId] = onlyResource(json, 'AWS::SecretsManager::Secret', isPaymentSecret);
      const roleId = fn.Properties.Role['Fn::GetAtt'][0];
      // the payment secret's other reader is the webhook function (tests/infra/paymentWebhook.test.ts)
      const readers = policyStatements(json).filter(
        ({ statement }) => JSON.stringify(statement).includes('secretsmanager:') && JSON.stringify(statement.Resource).includes(`"${secretId}"`),
      );
      expect(policyStatements(json).filter(({ statement }) => JSON.stringify(statement).includes('secretsmanager:'))).toHaveLength(2);
      expect(readers).toHaveLength(1);
      const [{ holder, statement }] = readers;
      expect(json.Resources[holder]?.Properties.Roles).toEqual([{ Ref: roleId }]);
      expect(statement).toEqual({
        Effect: 'Allow',
        Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
        Resource: [{ Ref: secretId }, { Ref: paymentSecretId }],
      });
    });

    it('leaves the log level to the runtime settings: no Lambda log-level filter (Advanced Logging Controls)', () => {
      expect(fn.Properties.LoggingConfig.LogFormat).toBe('Text');
      expect(fn.Properties.LoggingConfig).not.toHaveProperty('ApplicationLogLevel');
      expect(fn.Properties.LoggingConfig).not.toHaveProperty('SystemLogLevel');
    });

    it('generates the cursor key per stage as a secret, kept like the stage data', () => {
      const [, secret] = onlyResource(json, 'AWS::SecretsManager::Secret', isCursorSecret);
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

    it('lists the function role policy exactly: data, own log group, its cursor key and payment secret, its own stage cache when it has one, X-Ray when tracing, and the media function', () => {
      const [logGroupId] = onlyResource(json, 'AWS::Logs::LogGroup', (r) => r.Properties.LogGroupName === `/aws/lambda/storefront-api-${stage.name}`);
      const [secretId] = onlyResource(json, 'AWS::SecretsManager::Secret', isCursorSecret);
      const [apiId] = onlyResource(json, 'AWS::ApiGateway::RestApi');
      const [mediaFunctionId] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-media-${stage.name}`);
      const [paymentSecretId] = onlyResource(json, 'AWS::SecretsManager::Secret', isPaymentSecret);
      const summary = statementsOfFunctionRole().map(({ statement }) => ({
        actions: [...asArray(statement.Action)].sort(),
        resources: asArray(statement.Resource).map((r) => render(r, json)),
      }));
      const expected = [
        { actions: [...DATA_ACTIONS].sort(), resources: expect.any(Array) },
        { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`<${logGroupId}.Arn>`] },
        ...(stage.tracing ? [{ actions: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], resources: ['*'] }] : []),
        // its cursor key, and the stage's payment secret (the checkout's API key), both read at run time
        { actions: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], resources: [`<${secretId}>`, `<${paymentSecretId}>`] },
        // product images: the media function, its only way to the media bucket (tests/infra/productMedia.test.ts)
        { actions: ['lambda:InvokeFunction'], resources: [`<${mediaFunctionId}.Arn>`] },
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
    // minified: a few thousand lines (the template strings' own line breaks), where an unminified bundle has well over 50,000
    expect(code.split('\n').length).toBeLessThan(5000);
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

/** The page cursor key's secret (the stage's other secret is the payment provider's). */
function isCursorSecret(resource: { Properties?: { Description?: unknown } }): boolean {
  return String(resource.Properties?.Description).startsWith('Page cursor');
}

function isPaymentSecret(resource: { Properties?: { Description?: unknown } }): boolean {
  return String(resource.Properties?.Description).startsWith('Stripe API key');
}
