import { Aws, Duration } from 'aws-cdk-lib';
import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, type IMetric, MathExpression, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface ServiceAlarmsProps {
  readonly stageName: string;
  readonly function: IFunction;
  readonly apiStage: Stage;
  readonly table: Table;
}

/** Alarm thresholds; every alarm looks at 5-minute periods. */
export const ALARM_THRESHOLDS = {
  /** Share of requests answered 5XX by API Gateway. */
  api5xxRate: 0.01,
  /** p95 end-to-end latency in ms, sustained for three periods. */
  apiLatencyP95Ms: 3000,
} as const;

/** DynamoDB operations the data layer issues; their throttles and system errors are summed. */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/**
 * An alarm when `metric` reaches `threshold` (for `evaluationPeriods` periods, one by default);
 * missing data is no breach. Every alarm of a stage is one of these.
 */
export function thresholdAlarm(
  scope: Construct,
  id: string,
  {
    alarmName,
    description,
    metric,
    threshold,
    evaluationPeriods = 1,
  }: { alarmName: string; description: string; metric: IMetric; threshold: number; evaluationPeriods?: number },
): Alarm {
  return new Alarm(scope, id, {
    alarmName,
    alarmDescription: description,
    metric,
    threshold,
    evaluationPeriods,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
}

/**
 * The stage's alarms, all notifying one SNS topic (subscribe on-call addresses to it):
 * Lambda errors and throttles, API 5XX rate and p95 latency, DynamoDB throttles and system errors,
 * and a rejected V8 code cache (stages that pin their runtime).
 */
export class ServiceAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, { stageName, function: fn, apiStage, table }: ServiceAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', {
      topicName: `storefront-alarms-${stageName}`,
      displayName: `Storefront ${stageName} alarms`,
      enforceSSL: true,
    });
    // A topic policy replaces SNS's default one: without this statement no alarm could publish.
    this.topic.addToResourcePolicy(alarmPublishing(this.topic.topicArn));
    const period = Duration.minutes(5);
    const action = new SnsAction(this.topic);
    const alarm = (name: string, description: string, metric: IMetric, threshold: number, evaluationPeriods = 1) =>
      thresholdAlarm(this, name, { alarmName: `storefront-${stageName}-${name}`, description, metric, threshold, evaluationPeriods }).addAlarmAction(
        action,
      );

    alarm('lambda-errors', 'The GraphQL function failed (crash, timeout or out of memory).', fn.metricErrors({ period, statistic: 'Sum' }), 1);
    alarm('lambda-throttles', 'Invocations were throttled: reserved concurrency is exhausted.', fn.metricThrottles({ period, statistic: 'Sum' }), 1);
    alarm(
      'api-5xx-rate',
      'More than 1% of API requests were answered 5XX.',
      apiStage.metricServerError({ period, statistic: 'Average' }),
      ALARM_THRESHOLDS.api5xxRate,
    );
    alarm(
      'api-latency-p95',
      'p95 API latency stayed above 3 s for 15 minutes.',
      apiStage.metricLatency({ period, statistic: 'p95' }),
      ALARM_THRESHOLDS.apiLatencyP95Ms,
      3,
    );
    alarm('dynamodb-throttles', 'DynamoDB throttled requests of the data layer.', sumOverOperations(table, 'ThrottledRequests', period), 1);
    alarm('dynamodb-system-errors', 'DynamoDB answered requests with internal errors.', sumOverOperations(table, 'SystemErrors', period), 1);
    alarm(
      'code-cache-rejected',
      'A cold start rejected the V8 code cache: the pinned Node release no longer matches what Lambda runs (slower cold starts, same behaviour).',
      new Metric({ namespace: 'Storefront', metricName: 'CodeCacheRejected', dimensionsMap: { stage: stageName }, statistic: 'Sum', period }),
      1,
    );
  }
}

/**
 * Lets CloudWatch publish to the topic for this account's alarms in this region, and no one
 * else's (the confused-deputy conditions AWS documents for service principals).
 */
export function alarmPublishing(topicArn: string): PolicyStatement {
  return new PolicyStatement({
    sid: 'CloudWatchAlarmsOfThisAccount',
    principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
    actions: ['sns:Publish'],
    resources: [topicArn],
    conditions: {
      ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:*` },
      StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
    },
  });
}

/**
 * One DynamoDB per-operation metric summed over the operations the code uses. Each series is
 * FILLed with 0 first: plain `a + b` is empty wherever one operation has no datapoint, which
 * would hide every throttle on the others.
 */
function sumOverOperations(table: Table, metricName: 'ThrottledRequests' | 'SystemErrors', period: Duration): IMetric {
  const usingMetrics = Object.fromEntries(
    TABLE_OPERATIONS.map((operation) => [
      operation.toLowerCase(),
      table.metric(metricName, { dimensionsMap: { TableName: table.tableName, Operation: operation }, statistic: 'Sum', period }),
    ]),
  );
  return new MathExpression({
    expression: `SUM([${Object.keys(usingMetrics)
      .map((id) => `FILL(${id}, 0)`)
      .join(', ')}])`,
    usingMetrics,
    label: `${metricName} (all operations)`,
    period,
  });
}
