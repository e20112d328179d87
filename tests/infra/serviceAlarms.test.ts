import { onlyResource, resourcesOf } from './helpers/cfn';
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
});
