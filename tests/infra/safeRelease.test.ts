import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { MIGRATION_DATA_ACTIONS, RELEASE_ALARM_THRESHOLDS } from '../../infra/constructs/SafeRelease';
import { stages, type StageSettings } from '../../infra/stages';
import { asArray, onlyResource, policyStatements, render, resourcesOf } from './helpers/cfn';
import { stackIdFor, type Synthesized, type TemplateJson } from './helpers/synthesize';
import { synthesizeShipped } from './helpers/shippedStages';

const STAGES: StageSettings[] = Object.values(stages);

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe.each(STAGES.map((stage) => [stage.name, stage] as const))('safe release in Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  let functionId: string;
  let versionId: string;
  let aliasId: string;
  let hookId: string;
  let hook: any;
  let groupId: string;
  let group: any;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
    [functionId] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-api-${stage.name}`);
    [versionId] = onlyResource(json, 'AWS::Lambda::Version', (r) => r.Properties.FunctionName.Ref === functionId);
    [aliasId] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.FunctionName.Ref === functionId);
    [hookId, hook] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-api-${stage.name}-pre-traffic`);
    [groupId, group] = onlyResource(json, 'AWS::CodeDeploy::DeploymentGroup');
  });

  it('moves the stage alias through CodeDeploy, with the pre-traffic hook before any traffic', () => {
    const [applicationId, application] = onlyResource(json, 'AWS::CodeDeploy::Application');

    expect(application.Properties).toEqual({ ApplicationName: `storefront-api-${stage.name}`, ComputePlatform: 'Lambda', Tags: expect.any(Array) });
    expect((json.Resources[aliasId] as any).UpdatePolicy).toEqual({
      CodeDeployLambdaAliasUpdate: {
        ApplicationName: { Ref: applicationId },
        DeploymentGroupName: { Ref: groupId },
        BeforeAllowTrafficHook: { Ref: hookId },
        AfterAllowTrafficHook: expect.objectContaining({ Ref: expect.any(String) }),
      },
    });
    expect(group.Properties).toMatchObject({
      DeploymentGroupName: `storefront-api-${stage.name}`,
      DeploymentStyle: { DeploymentOption: 'WITH_TRAFFIC_CONTROL', DeploymentType: 'BLUE_GREEN' },
    });
  });

  it(`shifts traffic as the stage says (${stage.trafficShifting.kind})`, () => {
    const config = group.Properties.DeploymentConfigName;
    const shifting = stage.trafficShifting;

    if (shifting.kind === 'allAtOnce') {
      expect(config).toBe('CodeDeployDefault.LambdaAllAtOnce');
      expect(resourcesOf(json, 'AWS::CodeDeploy::DeploymentConfig')).toEqual([]);
    } else {
      const [configId, custom] = onlyResource(json, 'AWS::CodeDeploy::DeploymentConfig');
      expect(config).toEqual({ Ref: configId });
      expect(custom.Properties).toEqual({
        ComputePlatform: 'Lambda',
        TrafficRoutingConfig: { Type: 'TimeBasedCanary', TimeBasedCanary: { CanaryPercentage: shifting.percent, CanaryInterval: shifting.minutes } },
      });
    }
  });

  it('stops and rolls back on a failed hook, a stop, or any release alarm: errors and p95 of the new version through the alias, the API 5XX rate', () => {
    const alarmIds = group.Properties.AlarmConfiguration.Alarms.map((alarm: { Name: { Ref: string } }) => alarm.Name.Ref);
    const alarms = alarmIds.map((id: string) => json.Resources[id]!.Properties);
    const newVersionThroughAlias = expect.arrayContaining([
      { Name: 'FunctionName', Value: { Ref: functionId } },
      { Name: 'Resource', Value: { 'Fn::Join': ['', [{ Ref: functionId }, `:${stage.name}`]] } },
      { Name: 'ExecutedVersion', Value: { 'Fn::GetAtt': [versionId, 'Version'] } },
    ]);

    expect(group.Properties.AutoRollbackConfiguration).toEqual({
      Enabled: true,
      Events: expect.arrayContaining(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST']),
    });
    expect(group.Properties.AlarmConfiguration.Enabled).toBe(true);
    expect(alarms).toEqual([
      expect.objectContaining({
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Threshold: RELEASE_ALARM_THRESHOLDS.aliasErrors,
        Dimensions: newVersionThroughAlias,
      }),
      expect.objectContaining({
        Namespace: 'AWS/Lambda',
        MetricName: 'Duration',
        ExtendedStatistic: 'p95',
        Threshold: RELEASE_ALARM_THRESHOLDS.aliasP95DurationMs,
        Dimensions: newVersionThroughAlias,
      }),
      expect.objectContaining({
        Namespace: 'AWS/ApiGateway',
        MetricName: '5XXError',
        Statistic: 'Average',
        Threshold: RELEASE_ALARM_THRESHOLDS.api5xxRate,
      }),
    ]);
    expect(alarms[2].Dimensions).toEqual(
      expect.arrayContaining([
        { Name: 'ApiName', Value: expect.anything() },
        { Name: 'Stage', Value: expect.anything() },
      ]),
    );
    expect(render(alarms[2].Dimensions.find((d: { Name: string }) => d.Name === 'Stage').Value, json)).toBe(stage.name);
    for (const alarm of alarms) {
      expect(alarm).toMatchObject({ Period: 60, EvaluationPeriods: 1, TreatMissingData: 'notBreaching' });
      // read by CodeDeploy during a release; the stage's own alarms page on-call
      expect(alarm.AlarmActions).toBeUndefined();
    }
  });

  it('retains every published version, so rollback has somewhere to go', () => {
    expect(json.Resources[versionId]).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('gives the hook the version this deploy publishes, its stage, its introspection rule and the table it migrates', () => {
    const [tableId] = onlyResource(json, 'AWS::DynamoDB::Table');

    expect(hook.Properties.Environment.Variables).toEqual({
      STAGE: stage.name,
      TARGET_VERSION_ARN: { Ref: versionId },
      EXPECT_INTROSPECTION: String(stage.introspection),
      POWERTOOLS_LOG_LEVEL: 'INFO',
      TABLE_NAME: { Ref: tableId },
    });
    expect(hook.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], Handler: 'index.handler', Timeout: 900 });
  });

  it('leaves the migrations to the pre-traffic hook: the post-traffic hook has no table and a short timeout', () => {
    const [, postHook] = onlyResource(
      json,
      'AWS::Lambda::Function',
      (r) => r.Properties.FunctionName === `storefront-api-${stage.name}-post-traffic`,
    );

    expect(postHook.Properties.Environment.Variables.TABLE_NAME).toBeUndefined();
    expect(postHook.Properties.Timeout).toBe(60);
  });

  it('lets the hook invoke only that version, report only to its deployment group and migrate only the table (no index); nothing else', () => {
    const roleId = hook.Properties.Role['Fn::GetAtt'][0];
    const [logGroupId] = onlyResource(
      json,
      'AWS::Logs::LogGroup',
      (r) => r.Properties.LogGroupName === `/aws/lambda/storefront-api-${stage.name}-pre-traffic`,
    );
    const statements = policyStatements(json)
      .filter(({ holder }) => holder.startsWith(roleId) || holder.startsWith('ReleaseHookRoleDefaultPolicy'))
      .map(({ statement }) => ({ actions: asArray(statement.Action), resources: asArray(statement.Resource).map((r) => render(r, json)) }));

    expect(statements).toEqual(
      expect.arrayContaining([
        { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`<${logGroupId}.Arn>`] },
        { actions: ['lambda:InvokeFunction'], resources: [`<${versionId}>`] },
        { actions: ['codedeploy:PutLifecycleEventHookExecutionStatus'], resources: [expect.stringMatching(/:deploymentgroup:<\w+>\/<\w+>$/)] },
        { actions: [...MIGRATION_DATA_ACTIONS].sort(), resources: [`<${onlyResource(json, 'AWS::DynamoDB::Table')[0]}.Arn>`] },
      ]),
    );
    // the version's Ref is its qualified ARN (function:name:N): never the alias, never every version
    expect(statements).toHaveLength(4);
  });

  it('ships a hook bundle that loads as the Lambda runtime loads it, and refuses to start without its version', () => {
    const bundle = path.join(synthesized.outdir, hook.Metadata['aws:asset:path'], 'index.js');
    const load = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['-e', `console.log(typeof require(${JSON.stringify(bundle)}).handler)`], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, AWS_REGION: 'eu-west-1', ...env },
        stdio: 'pipe',
      }).trim();

    expect(load({ STAGE: stage.name, TARGET_VERSION_ARN: 'arn:aws:lambda:eu-west-1:111122223333:function:f:1', EXPECT_INTROSPECTION: 'false' })).toBe(
      'function',
    );
    expect(() => load({ STAGE: stage.name, EXPECT_INTROSPECTION: 'false' })).toThrow(/environment variable TARGET_VERSION_ARN is required/);
  });
});
