import { stages, type StageSettings } from '../../infra/stages';
import { onlyResource, resourcesOf } from './helpers/cfn';
import { stackIdFor, synthesize, type Synthesized } from './helpers/synthesize';

/** A per-developer stage: one entry, with provisioned concurrency and no warm-up rule. */
const alice: StageSettings = {
  ...stages.dev,
  name: 'alice',
  warmUpSchedule: null,
  provisionedConcurrency: 2,
  reservedConcurrency: 5,
  tracing: false,
  allowTestInvoke: false,
};

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesize({ stages: { alice } });
});
afterAll(() => synthesized?.cleanup());

describe('a stage added as one entry', () => {
  it('gets its own stack with names derived from the stage', () => {
    expect(synthesized.error).toBeUndefined();
    const json = synthesized.json(stackIdFor('alice'));
    onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-api-alice');
    expect(onlyResource(json, 'AWS::ApiGateway::Stage')[1].Properties.StageName).toBe('alice');
    expect(onlyResource(json, 'AWS::Lambda::Alias')[1].Properties.Name).toBe('alice');
  });

  it('puts provisioned concurrency on the alias when the stage asks for it', () => {
    const [, alias] = onlyResource(synthesized.json(stackIdFor('alice')), 'AWS::Lambda::Alias');
    expect(alias.Properties.ProvisionedConcurrencyConfig).toEqual({ ProvisionedConcurrentExecutions: 2 });
  });

  it('has no warm-up rule when the schedule is off', () => {
    expect(resourcesOf(synthesized.json(stackIdFor('alice')), 'AWS::Events::Rule')).toEqual([]);
  });

  it('turns X-Ray off, and with it the only "*" resource in the stage', () => {
    const json = synthesized.json(stackIdFor('alice'));
    const [, fn] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-api-alice');
    expect(fn.Properties.TracingConfig).toBeUndefined();
    expect(JSON.stringify(json)).not.toMatch(/"Resource":"\*"/);
    expect(JSON.stringify(json)).not.toContain('xray:');
  });
});
