import { Aws, CfnRule, Duration, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { Policy, PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Alias, RuntimeManagementMode, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { execWrapperHooks, executionRole, functionLogGroup, logWrites, projectFunctionProps } from './projectFunction';
import { acknowledge } from '../acknowledge';
import { LAMBDA_EXEC_WRAPPER, codeCacheAssetHash, codeCacheForStage } from '../bundle';
import { apiEnvironment, type MediaConfig } from '../../runtime/env/apiEnvironment';
import { paymentVariables } from '../../runtime/env/paymentEnvironment';
import { SERVICE_NAME } from '../../runtime/serviceNames';
import { PROJECT_ROOT } from '../projectRoot';
import type { StageSettings } from '../stages';
import type { SingleTable } from './SingleTable';

/**
 * Exactly the DynamoDB actions the data layer issues. TransactWriteItems is authorised through
 * the per-item actions it carries (Put/Update/Delete/ConditionCheck), so it needs no action of
 * its own. No Scan, no BatchWriteItem, no table administration.
 */
export const DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;

export interface GraphqlFunctionProps {
  readonly stage: StageSettings;
  /** The browser origins the API allows: the stage's and its storefront's. */
  readonly corsOrigins: readonly string[];
  readonly table: SingleTable;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly removalPolicy: RemovalPolicy;
  /** The stage's product images: the media bucket, the origin that serves them and the media function. */
  readonly media?: MediaConfig;
}

/**
 * The GraphQL Lambda `storefront-api-<stage>`, bundled from `server/lambda.ts` by the local
 * esbuild (no Docker), arm64, outside any VPC, with its own log group and a role that can do
 * only what the code does. Every deploy publishes a version; the alias named after the stage
 * points at it and is the only thing callers invoke.
 */
export class GraphqlFunction extends Construct {
  readonly function: NodejsFunction;
  readonly alias: Alias;
  readonly logGroup: LogGroup;
  readonly cursorSecret: Secret;

  constructor(scope: Construct, id: string, { stage, corsOrigins, table, userPoolId, userPoolClientId, removalPolicy, media }: GraphqlFunctionProps) {
    super(scope, id);
    const functionName = `storefront-api-${stage.name}`;

    // Signs and encrypts page cursors; the same for every container of the stage. The function reads it
    // at run time by ARN (`cursorKey`), so the key is never in the template or the function's configuration.
    this.cursorSecret = new Secret(this, 'CursorSecret', {
      description: `Page cursor signing key of ${functionName}`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy,
    });
    acknowledge(
      this.cursorSecret,
      'AwsSolutions-SMG4',
      'Manual rotation, no redeploy needed: the key only signs short-lived page cursors (24 h) and is rotated with one put-secret-value (docs/operations.md). Functions read the secret through Powertools Parameters and pick up the new AWSCURRENT version within their refresh interval (one minute), and still accept cursors signed with AWSPREVIOUS, so open cursors survive a rotation. A rotation Lambda would add a function, its role and a schedule to run that one command.',
    );

    this.logGroup = functionLogGroup(this, 'LogGroup', functionName, stage.logRetentionDays, removalPolicy);

    // Table + named indexes, and writes to this log group only.
    const role = executionRole(this, 'Role', functionName, {
      data: new PolicyDocument({
        statements: [new PolicyStatement({ actions: [...DATA_ACTIONS], resources: [table.table.tableArn, ...Object.values(table.indexArns)] })],
      }),
      logs: logWrites(this.logGroup),
    });

    const pinned = stage.pinnedRuntime;
    if (pinned) pinnedRuntimeInStackRegion(this, pinned.runtimeVersionArn);
    this.function = new NodejsFunction(this, 'Function', {
      functionName,
      description: `Storefront GraphQL API (${stage.name})`,
      ...projectFunctionProps('server/lambda.ts', {
        // a recorded cache differs on every recording: the asset is hashed by what it is made of
        // (computed only for a stack being bundled: it builds the bundle once more)
        ...(pinned && Stack.of(scope).bundlingRequired
          ? { assetHash: codeCacheAssetHash(PROJECT_ROOT, pinned.nodeVersion, 'arm64', stage.memoryMb) }
          : {}),
        // the exec wrapper; with a pinned runtime, the V8 code cache (app.js + app.cache + loader index.js),
        // recorded by the official arm64 build of the pinned Node release (under qemu on an x64 build machine)
        ...execWrapperHooks(() => codeCacheForStage(stage, 'arm64')),
      }),
      // Lambda updates the runtime by itself unless the stage pins a version (which a code cache needs)
      runtimeManagementMode: pinned ? RuntimeManagementMode.manual(pinned.runtimeVersionArn) : undefined,
      memorySize: stage.memoryMb,
      timeout: Duration.seconds(stage.timeoutSeconds),
      reservedConcurrentExecutions: stage.reservedConcurrency,
      // every deploy publishes a version and keeps the ones before it, so the alias can be pointed back
      currentVersionOptions: { removalPolicy: RemovalPolicy.RETAIN },
      role,
      logGroup: this.logGroup,
      tracing: stage.tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      awsSdkConnectionReuse: false,
      environment: apiEnvironment({
        stage: stage.name,
        tableName: table.table.tableName,
        corsOrigins,
        introspection: stage.introspection,
        trustedDocuments: stage.trustedDocuments,
        auth: { kind: 'cognito', userPoolId, clientId: userPoolClientId },
        serviceName: SERVICE_NAME,
        logLevel: stage.logLevel,
        tracing: stage.tracing,
        // The function reads the key itself at run time (server/cursorKeys.ts): never the key in its configuration.
        cursorKey: { kind: 'secretsManager', secretArn: this.cursorSecret.secretArn },
        stageCache: stage.cache.enabled,
        // Starts the runtime without `--expose-gc`, so Node keeps its built-in code cache (infra/bundle/execWrapper.sh).
        execWrapper: LAMBDA_EXEC_WRAPPER.lambdaPath,
        // named in the init log line (server/observability/runtimeLine.ts)
        runtimeVersionArn: pinned?.runtimeVersionArn,
        costForEveryone: stage.costForEveryone,
        media,
      }),
    });

    this.cursorSecret.grantRead(role);

    this.alias = new Alias(this, 'Alias', {
      aliasName: stage.name,
      version: this.function.currentVersion,
      provisionedConcurrentExecutions: stage.provisionedConcurrency > 0 ? stage.provisionedConcurrency : undefined,
    });

    if (stage.tracing) {
      const tracingPolicy = role.node.tryFindChild('DefaultPolicy');
      if (tracingPolicy) {
        acknowledge(
          tracingPolicy,
          'AwsSolutions-IAM5[Resource::*]',
          'Only xray:PutTraceSegments and xray:PutTelemetryRecords (added by active tracing) use "*": X-Ray defines no resource types for them, so no narrower resource exists.',
        );
      }
    }
  }

  /**
   * Lets the function flush its own stage's GET cache (FlushStageCache: `DELETE
   * /restapis/{id}/stages/{name}/cache/data`, the API id and stage name taken from the request
   * event) after admin catalog writes, and nothing else of API Gateway. A policy of its own,
   * attached to the role: the API depends on the alias, which depends on the function, which
   * depends on its role and the role's default policy, so neither of those may name the API.
   * Call it where both the API and the function exist (StorefrontStack), for cached stages only.
   */
  /**
   * Takes the checkout's payments through `provider`, whose API key the function reads from
   * `secret` at run time (runtime/payments/loadPaymentProvider.ts): only the secret's ARN is in its
   * configuration. The secret is the payment webhook's (PaymentWebhook), one per stage.
   */
  takePaymentsWith(provider: 'stripe', secret: ISecret): void {
    for (const [name, value] of Object.entries(paymentVariables({ kind: provider, secretArn: secret.secretArn }))) {
      if (value !== undefined) this.function.addEnvironment(name, value);
    }
    secret.grantRead(this.function.role!);
  }

  allowCacheFlush(stage: Stage): void {
    const { restApiId } = stage.restApi;
    new Policy(this, 'CacheFlushPolicy', {
      roles: [this.function.role!],
      statements: [
        new PolicyStatement({
          actions: ['apigateway:DELETE'],
          resources: [`arn:${Aws.PARTITION}:apigateway:${Aws.REGION}::/restapis/${restApiId}/stages/${stage.stageName}/cache/data`],
        }),
      ],
    });
  }
}

/** The region of a runtime version ARN (`arn:aws:lambda:<region>::runtime:<id>`). */
export const runtimeVersionRegion = (runtimeVersionArn: string): string => runtimeVersionArn.split(':')[3]!;

/**
 * Lambda accepts a runtime version of the function's own region only. A stack with a known region
 * fails synth on another region's ARN; an environment-agnostic one gets a template rule, so
 * CloudFormation refuses the deploy to any other region before it changes anything.
 */
export function pinnedRuntimeInStackRegion(scope: Construct, runtimeVersionArn: string): void {
  const region = runtimeVersionRegion(runtimeVersionArn);
  const stack = Stack.of(scope);
  const message = `pinnedRuntime.runtimeVersionArn ${runtimeVersionArn} is a runtime version of ${region}`;
  if (!Token.isUnresolved(stack.region)) {
    if (stack.region !== region) {
      throw new Error(
        `${message}, but ${stack.stackName} deploys to ${stack.region}: Lambda accepts runtime versions of the function's region only. Copy the ARN from an INIT_START line logged in ${stack.region}.`,
      );
    }
    return;
  }
  new CfnRule(scope, 'PinnedRuntimeRegion', {
    assertions: [
      {
        assert: Fn.conditionEquals(Aws.REGION, region),
        assertDescription: `${message}: deploy this stack to ${region}, or pin a runtime version of the target region (Lambda accepts its own region's only).`,
      },
    ],
  });
}
