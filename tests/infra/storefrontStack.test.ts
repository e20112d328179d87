import { RENDERED_REGION, asArray, dependencyCycle, onlyResource, policyStatements, render, resourcesOf } from './helpers/cfn';
import { SHIPPED_STAGES, apiFunctionOf, dockerWasCalled, siteOrigin, synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, warningsOf, type Synthesized, type TemplateJson } from './helpers/synthesize';

// The app as a whole and what holds across a stage's constructs; each construct's own tests are in
// tests/infra/<construct>.test.ts.

/** CDK's own deploy-time functions: the storefront's BucketDeployment and (in stages that destroy data) the bucket emptier. */
const CDK_DEPLOY_TIME = /^Custom(CDKBucketDeployment|S3AutoDeleteObjects)/;

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe('synth', () => {
  it('succeeds offline without credentials or Docker, bundling with the local esbuild', () => {
    expect(synthesized.error).toBeUndefined();
    expect(dockerWasCalled()).toBe(false);
  });

  it('produces one stack per stage plus the account-wide API Gateway logging stack', () => {
    const stackIds = synthesized.assembly!.stacks.map((stack) => stack.stackName).sort();
    expect(stackIds).toEqual(['StorefrontApiGatewayAccount', ...SHIPPED_STAGES.map((stage) => stackIdFor(stage.name))].sort());
  });

  it('warns about no reserved concurrency for the shipped stages in an account with the default limit (1000)', () => {
    for (const stage of SHIPPED_STAGES) {
      expect(warningsOf(synthesized, stackIdFor(stage.name)).filter((warning) => warning.includes('storefront:reserved-concurrency'))).toEqual([]);
    }
  });

  it('makes no stack depend on another, so `cdk deploy Storefront-<stage>` deploys exactly one stage', () => {
    for (const stack of synthesized.assembly!.stacks) {
      expect(stack.dependencies.filter((dependency) => dependency.constructor.name !== 'AssetManifestArtifact')).toEqual([]);
    }
  });
});

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  let aliasId: string;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
    ({ aliasId } = apiFunctionOf(json, stage.name));
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
      for (const other of SHIPPED_STAGES.filter((s) => s.name !== stage.name)) {
        expect(text).not.toContain(`storefront-api-${other.name}"`);
      }
    });
  });

  describe('IAM', () => {
    it('has no Scan (but the pre-traffic hook\'s data migration, on the table alone), no action wildcard (but S3 grants of CDK\'s deployment) and no "*" resource but X-Ray writes and CloudFront invalidations', () => {
      const [tableId] = onlyResource(json, 'AWS::DynamoDB::Table');
      for (const { holder, statement } of policyStatements(json)) {
        const actions = asArray(statement.Action) as string[];
        const resources = asArray(statement.Resource ?? []).map((r) => (typeof r === 'string' ? r : render(r, json)));
        if (actions.includes('dynamodb:Scan'))
          expect({ holder, resources }).toEqual({ holder: expect.stringMatching(/^ReleaseHookRole/), resources: [`<${tableId}.Arn>`] });
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

  describe('invoke permissions', () => {
    it('never lets anything invoke a function itself or $LATEST: every permission is on an alias (the API’s, or the notifier’s for its daily rule)', () => {
      const aliases = resourcesOf(json, 'AWS::Lambda::Alias').map(([id]) => ({ Ref: id }));
      for (const [, permission] of resourcesOf(json, 'AWS::Lambda::Permission')) {
        expect(aliases).toContainEqual(permission.Properties.FunctionName);
        // the API's alias, or the payment webhook function's for its own route
        const webhook = render(permission.Properties.SourceArn ?? '', json).includes('/webhooks/');
        if (permission.Properties.Principal === 'apigateway.amazonaws.com' && !webhook)
          expect(permission.Properties.FunctionName).toEqual({ Ref: aliasId });
      }
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
    it('exports the API URL, user pool id, client id, table name, storefront URL, the notifier topics, and the payment webhook URL and secret', () => {
      const outputs = json.Outputs ?? {};
      expect(Object.keys(outputs).sort()).toEqual([
        'AdminTopicArn',
        'ApiUrl',
        'OrdersTopicArn',
        'PaymentSecretArn',
        'PaymentWebhookUrl',
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
