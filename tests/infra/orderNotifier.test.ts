import { NOTIFIER_DATA_ACTIONS, NOTIFIER_RETRIES } from '../../infra/constructs/OrderNotifier';
import { LOW_STOCK_JOB } from '../../runtime/jobs';
import { NOTIFIER_STREAM_FILTERS, PRODUCT_STREAM_FILTERS } from '../../runtime/productStreamFilter';
import { ORDER_STREAM_FILTERS } from '../../runtime/orderStreamFilter';
import { RENDERED_ACCOUNT, RENDERED_REGION, asArray, onlyResource, policyStatements, render, resourcesOf } from './helpers/cfn';
import { SHIPPED_STAGES, synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, type Synthesized, type TemplateJson } from './helpers/synthesize';

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
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

    it('lets only order changes and product changes through the filter (the patterns the local poller applies), and retries a failing record without blocking the rest', () => {
      const [, mapping] = onlyResource(json, 'AWS::Lambda::EventSourceMapping');
      const [queueId, queue] = onlyResource(json, 'AWS::SQS::Queue', (r) => r.Properties.QueueName === `storefront-notifier-dlq-${stage.name}`);
      expect(mapping.Properties.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern))).toEqual(
        NOTIFIER_STREAM_FILTERS,
      );
      expect(NOTIFIER_STREAM_FILTERS).toEqual([...ORDER_STREAM_FILTERS, ...PRODUCT_STREAM_FILTERS]);
      // an event source mapping takes five filters by default (ten only on a quota increase)
      expect(NOTIFIER_STREAM_FILTERS.length).toBeLessThanOrEqual(5);
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
        NOTIFIER_DATA_ACTIONS.filter((action) => !['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'].includes(action)).sort(),
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
});
