import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyDocument, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Alias, FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { execWrapperHooks, executionRole, functionLogGroup, logWrites, projectFunctionProps } from './projectFunction';
import { thresholdAlarm } from './ServiceAlarms';
import { notificationKeyPrefix } from '../../data/notificationKeyPrefix';
import { expiredOrderKeyPrefixes } from '../../data/orderPaymentKeyPrefixes';
import { notifierEnvironment } from '../../runtime/env/notifierEnvironment';
import { NOTIFIER_SERVICE_NAME, notifierFunctionName } from '../../runtime/serviceNames';
import { LOW_STOCK_JOB } from '../../runtime/jobs';
import { NOTIFIER_STREAM_FILTERS } from '../../runtime/productStreamFilter';
import { SEARCH_KEY_PREFIX } from '../../data/searchIndexStore';
import { acknowledge } from '../acknowledge';
import { LAMBDA_EXEC_WRAPPER } from '../bundle';
import type { StageSettings } from '../stages';
import type { SingleTable } from './SingleTable';

/**
 * The DynamoDB actions the notifier issues: the order's lines (Query), the customer's profile and
 * the runtime settings (GetItem), the claims (PutItem, DeleteItem), the low-stock report and the
 * search snapshot's read of every active product (Query on gsi4), the search index's log, head and
 * snapshot chunks (PutItem, UpdateItem, DeleteItem, GetItem).
 */
export const NOTIFIER_DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
] as const;

/** The notifier's writes: its claims, the search index's items and an abandoned checkout's order, products and codes only, items whose partition key starts with a NOTIFIER_WRITABLE_KEY_PREFIXES entry. */
export const NOTIFIER_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'] as const;

/** Every notification claim's partition key starts with this, whatever its channel. */
export const NOTIFIER_WRITABLE_KEY_PREFIX = notificationKeyPrefix();

/**
 * The partition key prefixes the notifier may write under: notification claims, the search index,
 * and what ending an abandoned checkout writes (its order and hold marker, the held products, the
 * discount codes given back: data/orderPaymentKeyPrefixes.ts `expiredOrderKeyPrefixes`).
 */
export const NOTIFIER_WRITABLE_KEY_PREFIXES = [NOTIFIER_WRITABLE_KEY_PREFIX, SEARCH_KEY_PREFIX, ...expiredOrderKeyPrefixes()] as const;

/** The daily low-stock report runs once: no retry by EventBridge, none by Lambda's asynchronous invocation. */
export const LOW_STOCK_REPORT_RETRIES = { retryAttempts: 0, maxEventAge: Duration.hours(1) } as const;

/** How the event source mapping retries a failing record before it goes to the dead-letter queue. */
export const NOTIFIER_RETRIES = { retryAttempts: 5, maxRecordAge: Duration.hours(1), batchSize: 25 } as const;

export interface OrderNotifierProps {
  readonly stage: StageSettings;
  readonly table: SingleTable;
  readonly userPool: IUserPool;
  /** The stage's alarm topic. */
  readonly alarmTopic: ITopic;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * The notifier `storefront-notifier-<stage>`: the table's stream (order events and product
 * changes only, by the mapping's filter) → order events on the orders topic and customer emails
 * through SES, and the search index's change log and snapshots (docs/search.md); a daily
 * rule → the low-stock report on the admin topic. Invoked through its alias named after the stage;
 * failed records are retried, bisected, then described in an SQS dead-letter queue.
 */
export class OrderNotifier extends Construct {
  readonly function: NodejsFunction;
  readonly alias: Alias;
  readonly ordersTopic: Topic;
  readonly adminTopic: Topic;
  readonly deadLetterQueue: Queue;
  /** Where a failed low-stock report run goes (stages with a report schedule). */
  readonly reportDeadLetterQueue?: Queue;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, { stage, table, userPool, alarmTopic, removalPolicy }: OrderNotifierProps) {
    super(scope, id);
    const functionName = notifierFunctionName(stage.name);

    this.ordersTopic = new Topic(this, 'OrdersTopic', {
      topicName: `storefront-orders-${stage.name}`,
      displayName: `Storefront ${stage.name} orders`,
      enforceSSL: true,
    });
    this.adminTopic = new Topic(this, 'AdminTopic', {
      topicName: `storefront-admin-${stage.name}`,
      displayName: `Storefront ${stage.name} admin reports`,
      enforceSSL: true,
    });
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      queueName: `storefront-notifier-dlq-${stage.name}`,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });
    acknowledge(
      this.deadLetterQueue,
      'AwsSolutions-SQS3',
      'This queue is the dead-letter destination of the notifier’s stream mapping: it holds descriptions of records whose retries are spent, kept 14 days, with an alarm on its depth.',
    );

    this.logGroup = functionLogGroup(this, 'LogGroup', functionName, stage.logRetentionDays, removalPolicy);

    const sender = stage.emailSender;
    const sesRegion = sender?.sesRegion ?? Aws.REGION;
    const identity = (name: string) => `arn:${Aws.PARTITION}:ses:${sesRegion}:${Aws.ACCOUNT_ID}:identity/${name}`;
    const role = executionRole(this, 'Role', functionName, {
      data: new PolicyDocument({
        statements: [
          new PolicyStatement({
            actions: NOTIFIER_DATA_ACTIONS.filter((action) => !(NOTIFIER_WRITE_ACTIONS as readonly string[]).includes(action)),
            resources: [table.table.tableArn, table.indexArns.gsi4!],
          }),
          // its own items (the claims, whatever their channel, and the search index's items) and an abandoned checkout's
          new PolicyStatement({
            actions: [...NOTIFIER_WRITE_ACTIONS],
            resources: [table.table.tableArn],
            conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': NOTIFIER_WRITABLE_KEY_PREFIXES.map((prefix) => `${prefix}*`) } },
          }),
        ],
      }),
      logs: logWrites(this.logGroup),
      // a customer without a profile: the user pool's user with that sub
      users: new PolicyDocument({ statements: [new PolicyStatement({ actions: ['cognito-idp:ListUsers'], resources: [userPool.userPoolArn] })] }),
      ...(sender
        ? {
            email: new PolicyDocument({
              statements: [
                // Every identity of the account, from the stage's sender only: SES authorises a send on each
                // identity involved, and in the sandbox that includes the (verified) recipients.
                new PolicyStatement({
                  actions: ['ses:SendEmail'],
                  resources: [identity('*')],
                  conditions: { StringEquals: { 'ses:FromAddress': sender.fromEmail } },
                }),
              ],
            }),
          }
        : {}),
    });

    if (sender) {
      acknowledge(
        role,
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:${sender.sesRegion ?? '<AWS::Region>'}:<AWS::AccountId>:identity/*]`,
        "SES authorises a send on every identity it involves (in the sandbox, the verified recipients too), so the grant covers the account's identities, limited by ses:FromAddress to the stage's sender.",
      );
    }

    this.function = new NodejsFunction(this, 'Function', {
      functionName,
      description: `Storefront order events, search index and low-stock report (${stage.name})`,
      ...projectFunctionProps(
        'notifier/lambda.ts',
        execWrapperHooks(() => undefined),
      ),
      memorySize: 512,
      timeout: Duration.seconds(60),
      currentVersionOptions: { removalPolicy: RemovalPolicy.RETAIN },
      role,
      logGroup: this.logGroup,
      awsSdkConnectionReuse: false,
      environment: notifierEnvironment({
        stage: stage.name,
        tableName: table.table.tableName,
        outbox: { kind: 'sns', topicArns: { orders: this.ordersTopic.topicArn, admin: this.adminTopic.topicArn } },
        userPoolId: userPool.userPoolId,
        ...(sender
          ? {
              email: {
                from: sender.fromName ? `${sender.fromName} <${sender.fromEmail}>` : sender.fromEmail,
                replyTo: sender.replyTo,
                sesRegion,
              },
              lowStockEmailTo: stage.lowStockReportEmail,
            }
          : {}),
        serviceName: NOTIFIER_SERVICE_NAME,
        logLevel: stage.logLevel,
        execWrapper: LAMBDA_EXEC_WRAPPER.lambdaPath,
      }),
    });
    this.ordersTopic.grantPublish(role);
    this.adminTopic.grantPublish(role);

    this.alias = new Alias(this, 'Alias', { aliasName: stage.name, version: this.function.currentVersion });
    this.alias.addEventSource(
      new DynamoEventSource(table.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: NOTIFIER_RETRIES.batchSize,
        bisectBatchOnError: true,
        retryAttempts: NOTIFIER_RETRIES.retryAttempts,
        maxRecordAge: NOTIFIER_RETRIES.maxRecordAge,
        reportBatchItemFailures: true,
        parallelizationFactor: 1,
        onFailure: new SqsDlq(this.deadLetterQueue),
        filters: NOTIFIER_STREAM_FILTERS.map((pattern) => FilterCriteria.filter(pattern)),
      }),
    );
    const streamPolicy = role.node.tryFindChild('DefaultPolicy');
    if (streamPolicy) {
      acknowledge(
        streamPolicy,
        'AwsSolutions-IAM5[Resource::*]',
        'dynamodb:ListStreams (granted with the stream read for the event source mapping) has no resource type; the stream reads themselves are on this table’s stream only.',
      );
    }

    const action = new SnsAction(alarmTopic);
    const alarm = (name: string, description: string, metric: IMetric, threshold: number) =>
      thresholdAlarm(this, name, { alarmName: `storefront-${stage.name}-notifier-${name}`, description, metric, threshold }).addAlarmAction(action);
    const period = Duration.minutes(5);

    if (stage.lowStockReportSchedule !== null) {
      // At most once a day: a run that fails (or cannot be delivered) is not retried but lands here, with an alarm.
      this.reportDeadLetterQueue = new Queue(this, 'ReportDeadLetterQueue', {
        queueName: `storefront-low-stock-dlq-${stage.name}`,
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
        removalPolicy,
      });
      acknowledge(
        this.reportDeadLetterQueue,
        'AwsSolutions-SQS3',
        'This queue is itself the dead-letter destination of the daily low-stock report (the rule target’s and the asynchronous invocation’s), with an alarm on its depth.',
      );
      this.alias.configureAsyncInvoke({
        retryAttempts: LOW_STOCK_REPORT_RETRIES.retryAttempts,
        maxEventAge: LOW_STOCK_REPORT_RETRIES.maxEventAge,
        onFailure: new SqsDestination(this.reportDeadLetterQueue),
      });
      new Rule(this, 'LowStockReport', {
        ruleName: `storefront-${stage.name}-low-stock-report`,
        description: `Daily low-stock report of ${stage.name} to ${this.adminTopic.topicName}`,
        schedule: Schedule.expression(stage.lowStockReportSchedule),
        targets: [
          new LambdaFunction(this.alias, {
            event: RuleTargetInput.fromObject(LOW_STOCK_JOB),
            retryAttempts: LOW_STOCK_REPORT_RETRIES.retryAttempts,
            maxEventAge: LOW_STOCK_REPORT_RETRIES.maxEventAge,
            deadLetterQueue: this.reportDeadLetterQueue,
          }),
        ],
      });
      alarm(
        'report-dead-letters',
        'The daily low-stock report failed and was not retried: the failed run is in its dead-letter queue.',
        this.reportDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
        1,
      );
    }

    alarm('errors', 'The notifier failed (a batch or the daily report).', this.alias.metricErrors({ period, statistic: 'Sum' }), 1);
    alarm(
      'iterator-age',
      'The notifier is more than 5 minutes behind the table’s stream.',
      this.alias.metric('IteratorAge', { period, statistic: 'Maximum' }),
      Duration.minutes(5).toMilliseconds(),
    );
    alarm(
      'dead-letters',
      'A stream record was given up on: its description is in the dead-letter queue.',
      this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      1,
    );
  }
}
