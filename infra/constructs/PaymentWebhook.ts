import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { LambdaIntegration, type Method, type RestApi } from 'aws-cdk-lib/aws-apigateway';
import { PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Alias } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, type LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { paymentKeyPrefix } from '../../data/payments';
import { webhookEnvironment } from '../../runtime/env/webhookEnvironment';
import { PAYMENT_SECRET_PLACEHOLDER } from '../../runtime/payments/loadPaymentProvider';
import { WEBHOOK_SERVICE_NAME, webhookFunctionName } from '../../runtime/serviceNames';
import { acknowledge } from '../acknowledge';
import { LAMBDA_EXEC_WRAPPER } from '../bundle';
import type { StageSettings } from '../stages';
import { execWrapperHooks, executionRole, functionLogGroup, logWrites, projectFunctionProps } from './projectFunction';
import { thresholdAlarm } from './ServiceAlarms';
import type { SingleTable } from './SingleTable';

/** The webhook function's reads: its payments (GetItem) and the payment's order, for the hook (Query). */
export const WEBHOOK_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query'] as const;

/** Its writes, in transactions: the applied-event claim, the payment and its refunds, under PAYMENT_WRITABLE_KEY_PREFIX only. */
export const WEBHOOK_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'] as const;

/** Every payment item's partition key starts with this (payments, refunds, applied events). */
export const PAYMENT_WRITABLE_KEY_PREFIX = paymentKeyPrefix();

/** The provider deployed stages take payments through. */
export const DEPLOYED_PAYMENT_PROVIDER = 'stripe' as const;

/** The webhook resource of the stage's API: `POST /webhooks/stripe` (a fixed path: its invoke permission names it exactly). */
export const WEBHOOK_RESOURCE_PATH = `/webhooks/${DEPLOYED_PAYMENT_PROVIDER}`;

/**
 * When the webhook alarms fire (5-minute periods): any delivery that could not be applied or any
 * crash, and refused signatures from this many deliveries (a wrong signing secret refuses them all).
 */
export const WEBHOOK_ALARM_THRESHOLDS = { failures: 1, refusals: 5 } as const;

/** Per-method throttling of the webhook route: far above Stripe's delivery rate, far below the stage's. */
export const WEBHOOK_THROTTLING = { rateLimit: 25, burstLimit: 50 } as const;

export interface PaymentWebhookProps {
  readonly stage: StageSettings;
  readonly table: SingleTable;
  /** The stage's REST API: the route is added to it, beside `/graphql`. */
  readonly api: RestApi;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The payment provider's side of a stage: the secret with Stripe's API key and webhook signing
 * secret (created with a placeholder the operator replaces; nothing secret in the template), and
 * `POST /webhooks/stripe` on the stage's REST API, a Lambda proxy to the function
 * `storefront-payment-webhooks-<stage>` through its alias: no authorizer (the function verifies the
 * provider's signature before anything else), never cached, throttled on its own.
 */
export class PaymentWebhook extends Construct {
  readonly secret: Secret;
  readonly function: NodejsFunction;
  readonly alias: Alias;
  readonly method: Method;
  readonly logGroup: LogGroup;
  private readonly stageName: string;

  constructor(scope: Construct, id: string, { stage, table, api, removalPolicy }: PaymentWebhookProps) {
    super(scope, id);
    const functionName = webhookFunctionName(stage.name);

    this.secret = new Secret(this, 'ProviderSecret', {
      description: `Stripe API key and webhook signing secret of stage ${stage.name} (JSON: apiKey, webhookSecret)`,
      generateSecretString: { secretStringTemplate: JSON.stringify(PAYMENT_SECRET_PLACEHOLDER), generateStringKey: 'generated' },
      removalPolicy,
    });
    acknowledge(
      this.secret,
      'AwsSolutions-SMG4',
      "Stripe's API keys and webhook signing secrets are issued and rolled in Stripe's dashboard, not by a rotation Lambda: the operator puts the new values with put-secret-value (docs/payments.md), and the functions read them again within five minutes.",
    );

    this.logGroup = functionLogGroup(this, 'LogGroup', functionName, stage.logRetentionDays, removalPolicy);
    const role = executionRole(this, 'Role', functionName, {
      data: new PolicyDocument({
        statements: [
          new PolicyStatement({ actions: [...WEBHOOK_READ_ACTIONS], resources: [table.table.tableArn] }),
          new PolicyStatement({
            actions: [...WEBHOOK_WRITE_ACTIONS],
            resources: [table.table.tableArn],
            conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${PAYMENT_WRITABLE_KEY_PREFIX}*`] } },
          }),
        ],
      }),
      logs: logWrites(this.logGroup),
    });

    this.function = new NodejsFunction(this, 'Function', {
      functionName,
      description: `Storefront payment webhooks (${stage.name})`,
      ...projectFunctionProps(
        'webhooks/lambda.ts',
        execWrapperHooks(() => undefined),
      ),
      memorySize: 512,
      timeout: Duration.seconds(15),
      currentVersionOptions: { removalPolicy: RemovalPolicy.RETAIN },
      role,
      logGroup: this.logGroup,
      awsSdkConnectionReuse: false,
      environment: webhookEnvironment({
        stage: stage.name,
        tableName: table.table.tableName,
        logLevel: stage.logLevel,
        serviceName: WEBHOOK_SERVICE_NAME,
        // the function reads the secret itself at run time: only its ARN is in the configuration
        payments: { kind: DEPLOYED_PAYMENT_PROVIDER, secretArn: this.secret.secretArn },
        execWrapper: LAMBDA_EXEC_WRAPPER.lambdaPath,
      }),
    });
    this.secret.grantRead(role);

    this.alias = new Alias(this, 'Alias', { aliasName: stage.name, version: this.function.currentVersion });

    const resource = api.root.addResource('webhooks').addResource(DEPLOYED_PAYMENT_PROVIDER);
    this.method = resource.addMethod('POST', new LambdaIntegration(this.alias, { proxy: true, allowTestInvoke: stage.allowTestInvoke ?? false }), {
      operationName: 'PaymentWebhook',
    });
    const reason =
      'A payment provider calls this route with no AWS or Cognito credentials; the function verifies the delivery’s signature (HMAC-SHA256 with the stage’s webhook signing secret, with a timestamp tolerance) before it reads or writes anything.';
    acknowledge(this.method, 'AwsSolutions-APIG4', reason);
    acknowledge(this.method, 'AwsSolutions-COG4', reason);
    this.stageName = stage.name;
  }

  /**
   * Alarms on `topic` for what leaves paid orders pending: deliveries the function could not apply
   * or set up for (its ERROR log lines, answered 5XX so the provider retries), crashes, and refused
   * signatures. The first two are counted by metric filters on the function's log group, which
   * publish nothing (and cost nothing) while no line matches.
   */
  addAlarms(topic: ITopic): void {
    const period = Duration.minutes(5);
    const action = new SnsAction(topic);
    const counted = (id: string, metricName: string, filterPattern: ReturnType<typeof FilterPattern.stringValue>) =>
      this.logGroup
        .addMetricFilter(id, { filterPattern, metricNamespace: 'Storefront', metricName: `${metricName}-${this.stageName}`, metricValue: '1' })
        .metric({ period, statistic: 'Sum' });
    const alarm = (name: string, description: string, metric: ReturnType<typeof counted>, threshold: number) =>
      thresholdAlarm(this, `${name}Alarm`, {
        alarmName: `storefront-${this.stageName}-webhook-${name}`,
        description,
        metric,
        threshold,
      }).addAlarmAction(action);

    alarm(
      'failures',
      'Payment webhook deliveries could not be applied (the provider retries them): orders may stay pending until it works again.',
      counted('FailureCount', 'PaymentWebhookFailures', FilterPattern.stringValue('$.level', '=', 'ERROR')),
      WEBHOOK_ALARM_THRESHOLDS.failures,
    );
    alarm(
      'crashes',
      'The payment webhook function failed (crash, timeout or out of memory).',
      this.function.metricErrors({ period, statistic: 'Sum' }),
      WEBHOOK_ALARM_THRESHOLDS.failures,
    );
    alarm(
      'refusals',
      'Payment webhook deliveries were refused for their signature: check the signing secret in the stage’s payment secret (docs/payments.md).',
      counted('RefusalCount', 'PaymentWebhookRefusals', FilterPattern.stringValue('$.message', '=', 'Webhook delivery refused*')),
      WEBHOOK_ALARM_THRESHOLDS.refusals,
    );
  }
}
