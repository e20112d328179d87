import { Duration, Stack, type RemovalPolicy } from 'aws-cdk-lib';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { Metric, type IAlarm, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import {
  LambdaApplication,
  LambdaDeploymentConfig,
  LambdaDeploymentGroup,
  TimeBasedCanaryTrafficRouting,
  type ILambdaDeploymentConfig,
} from 'aws-cdk-lib/aws-codedeploy';
import { PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { Alias, CfnFunction, IVersion } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { executionRole, functionLogGroup, logWrites, projectFunctionProps } from './projectFunction';
import { thresholdAlarm } from './ServiceAlarms';
import { preTrafficHookEnvironment } from '../../runtime/env/preTrafficHookEnvironment';
import { acknowledge } from '../acknowledge';
import type { StageSettings, StageTrafficShifting } from '../stages';

/** When the new version is rolled back: its alarms, over one-minute periods. */
export const RELEASE_ALARM_THRESHOLDS = {
  /** Function errors through the alias in a minute. */
  aliasErrors: 1,
  /** p95 duration through the alias, ms. */
  aliasP95DurationMs: 2_000,
  /** Share of API requests answered 5XX. */
  api5xxRate: 0.05,
} as const;

export interface SafeReleaseProps {
  readonly stage: StageSettings;
  /** The API function's stage alias, which CodeDeploy shifts. */
  readonly alias: Alias;
  /** The version the deploy publishes: the only thing the hook may invoke. */
  readonly version: IVersion;
  readonly apiStage: Stage;
  readonly removalPolicy: RemovalPolicy;
  /** The stage's table, whose data migrations the pre-traffic hook completes before the smoke checks. */
  readonly table: ITable;
}

/**
 * What the pre-traffic hook's data migrations do on the table (`release/defaultVariantsMigration.ts`):
 * scan it, update products conditionally, and keep their checkpoint items (read, written, forgotten).
 */
export const MIGRATION_DATA_ACTIONS = ['dynamodb:Scan', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem'] as const;

/** How long the pre-traffic hook may run: Lambda's longest, for the migration (CodeDeploy waits up to an hour for a hook). */
export const PRE_TRAFFIC_HOOK_TIMEOUT = Duration.minutes(15);

/**
 * Each deploy's new version reaches the stage alias through CodeDeploy: a pre-traffic hook
 * (`release/lambda.ts`) completes the table's data migrations and smoke-tests it first, then traffic shifts as the stage says (a canary, or
 * all at once), and the deployment stops and rolls back when a hook fails or an alarm on the
 * alias or the API fires. Alarms judge real traffic only, and a canary at low traffic may see
 * none (missing data is no breach): the post-traffic hook runs the same smoke checks through the
 * alias once it points at the new version, and the deployment succeeds only when they pass, so
 * no release passes untested.
 */
export class SafeRelease extends Construct {
  readonly hook: NodejsFunction;
  /** The post-traffic hook: the smoke checks through the stage alias, after the shift. */
  readonly postHook: NodejsFunction;
  readonly deploymentGroup: LambdaDeploymentGroup;
  readonly alarms: readonly IAlarm[];

  constructor(scope: Construct, id: string, { stage, alias, version, apiStage, removalPolicy, table }: SafeReleaseProps) {
    super(scope, id);
    // CodeDeploy runs each hook with the new version: before any traffic (the version itself), and after
    // all of it has moved (through the alias, as API Gateway calls it). The alias's ARN is built from
    // its name, not referenced: the alias's update policy names the hooks.
    this.hook = smokeTestHook(this, 'Hook', 'pre-traffic', version.functionArn, { stage, removalPolicy, table });
    this.postHook = smokeTestHook(this, 'PostHook', 'post-traffic', `${alias.version.lambda.functionArn}:${alias.aliasName}`, {
      stage,
      removalPolicy,
    });

    const period = Duration.minutes(1);
    // No SNS action: CodeDeploy reads them while a release runs, and a rolled-back release fails its
    // deploy; outside releases the stage's 5-minute alarms (ServiceAlarms) page on-call.
    const alarm = (name: string, description: string, metric: IMetric, threshold: number) =>
      thresholdAlarm(this, name, { alarmName: `storefront-${stage.name}-release-${name}`, description, metric, threshold });
    // 5XXError is 0 or 1 per request: its average is the share of requests answered 5XX
    const api5xx = apiStage.metricServerError({ period, statistic: 'Average' });
    // The new version's own invocations through the alias (Lambda's ExecutedVersion dimension): the old
    // version's errors during the canary do not stop a deployment, the new one's do.
    const newVersion = (metricName: string, statistic: string) =>
      new Metric({
        namespace: 'AWS/Lambda',
        metricName,
        dimensionsMap: {
          FunctionName: alias.version.lambda.functionName,
          Resource: `${alias.version.lambda.functionName}:${alias.aliasName}`,
          ExecutedVersion: version.version,
        },
        period,
        statistic,
      });
    this.alarms = [
      alarm(
        'alias-errors',
        `Errors of the new version of storefront-api-${stage.name} through its alias during a release.`,
        newVersion('Errors', 'Sum'),
        RELEASE_ALARM_THRESHOLDS.aliasErrors,
      ),
      alarm(
        'alias-latency',
        `p95 duration of the new version of storefront-api-${stage.name} through its alias above ${RELEASE_ALARM_THRESHOLDS.aliasP95DurationMs} ms during a release.`,
        newVersion('Duration', 'p95'),
        RELEASE_ALARM_THRESHOLDS.aliasP95DurationMs,
      ),
      alarm('api-5xx', `API stage ${stage.name} answers 5XX to more than 5 % of requests.`, api5xx, RELEASE_ALARM_THRESHOLDS.api5xxRate),
    ];

    this.deploymentGroup = new LambdaDeploymentGroup(this, 'Deployment', {
      application: new LambdaApplication(this, 'Application', { applicationName: `storefront-api-${stage.name}` }),
      deploymentGroupName: `storefront-api-${stage.name}`,
      alias,
      deploymentConfig: deploymentConfigOf(this, stage.trafficShifting),
      preHook: this.hook,
      postHook: this.postHook,
      alarms: [...this.alarms],
      autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
    });
    for (const hook of [this.hook, this.postHook]) {
      this.deploymentGroup.grantPutLifecycleEventHookExecutionStatus(hook);
      acknowledge(
        this.deploymentGroup.role.node.findChild('DefaultPolicy'),
        `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(hook.node.defaultChild as CfnFunction)}.Arn>:*]`,
        'CodeDeploy invokes the release hooks: CDK grants it each hook function and its versions (`:*`), these functions only.',
      );
    }
    acknowledge(
      this.deploymentGroup.role.node.defaultChild ?? this.deploymentGroup.role,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited]',
      'CodeDeploy’s service role for Lambda deployments: the AWS-maintained policy that lets it shift an alias and invoke hooks, as CDK sets it up.',
    );
  }
}

/**
 * A smoke-test hook (`release/lambda.ts`) that may invoke `target` and nothing else:
 * `storefront-api-<stage>-<phase>`, with its own log group.
 */
function smokeTestHook(
  scope: Construct,
  id: string,
  phase: 'pre-traffic' | 'post-traffic',
  target: string,
  { stage, removalPolicy, table }: { stage: StageSettings; removalPolicy: RemovalPolicy; table?: ITable },
): NodejsFunction {
  const hookName = `storefront-api-${stage.name}-${phase}`;
  const logGroup = functionLogGroup(scope, id === 'Hook' ? 'HookLogs' : `${id}Logs`, hookName, stage.logRetentionDays, removalPolicy);
  const role = executionRole(scope, `${id}Role`, hookName, {
    logs: logWrites(logGroup),
    // this stage's new version (directly, or through the alias), and nothing else
    invoke: new PolicyDocument({ statements: [new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [target] })] }),
    // the pre-traffic hook's data migrations: the table itself, no index
    ...(table
      ? {
          migrations: new PolicyDocument({
            statements: [new PolicyStatement({ actions: [...MIGRATION_DATA_ACTIONS], resources: [table.tableArn] })],
          }),
        }
      : {}),
  });
  return new NodejsFunction(scope, id, {
    functionName: hookName,
    description:
      phase === 'pre-traffic'
        ? `Completes the data migrations of storefront-api-${stage.name}'s table and smoke-tests each new version before it takes traffic`
        : `Smoke-tests each new version of storefront-api-${stage.name} through its alias once it has all the traffic`,
    ...projectFunctionProps('release/lambda.ts'),
    memorySize: 256,
    timeout: table ? PRE_TRAFFIC_HOOK_TIMEOUT : Duration.seconds(60),
    role,
    logGroup,
    environment: preTrafficHookEnvironment({
      targetVersionArn: target,
      expectations: { introspection: stage.introspection, stage: stage.name },
      logLevel: 'INFO',
      ...(table ? { migrations: { tableName: table.tableName, region: Stack.of(scope).region } } : {}),
    }),
  });
}

function deploymentConfigOf(scope: Construct, shifting: StageTrafficShifting): ILambdaDeploymentConfig {
  if (shifting.kind === 'allAtOnce') return LambdaDeploymentConfig.ALL_AT_ONCE;
  return new LambdaDeploymentConfig(scope, 'Canary', {
    trafficRouting: new TimeBasedCanaryTrafficRouting({ percentage: shifting.percent, interval: Duration.minutes(shifting.minutes) }),
  });
}
