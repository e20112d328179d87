import { isWarmUpEvent } from '../../runtime/warmUp';
import { onlyResource, resourcesOf } from './helpers/cfn';
import { SHIPPED_STAGES, apiFunctionOf, synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, type Synthesized, type TemplateJson } from './helpers/synthesize';

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let json: TemplateJson;
  let aliasId: string;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
    ({ aliasId } = apiFunctionOf(json, stage.name));
  });

  describe('warm-up', () => {
    it(stage.warmUpSchedule ? 'pings the alias on the stage schedule with the payload the handler short-circuits' : 'has no rule', () => {
      const rules = resourcesOf(json, 'AWS::Events::Rule', (r) => r.Properties.Name === `storefront-api-${stage.name}-warm-up`);
      if (!stage.warmUpSchedule) {
        expect(rules).toEqual([]);
        return;
      }
      expect(rules).toHaveLength(1);
      const [[ruleId, rule]] = rules;
      expect(rule.Properties.ScheduleExpression).toBe(stage.warmUpSchedule);
      expect(rule.Properties.Targets).toHaveLength(1);
      const [target] = rule.Properties.Targets;
      expect(target.Arn).toEqual({ Ref: aliasId });
      expect(JSON.parse(target.Input)).toEqual({ warmer: true });
      expect(isWarmUpEvent(JSON.parse(target.Input))).toBe(true);
      const [, permission] = onlyResource(
        json,
        'AWS::Lambda::Permission',
        (r) => r.Properties.Principal === 'events.amazonaws.com' && r.Properties.FunctionName.Ref === aliasId,
      );
      expect(permission.Properties.SourceArn).toEqual({ 'Fn::GetAtt': [ruleId, 'Arn'] });
    });
  });
});
