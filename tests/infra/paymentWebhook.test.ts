import { PAYMENT_WRITABLE_KEY_PREFIX, WEBHOOK_ALARM_THRESHOLDS, WEBHOOK_THROTTLING } from '../../infra/constructs/PaymentWebhook';
import { PAYMENT_VARIABLES } from '../../runtime/env/paymentEnvironment';
import { asArray, onlyResource, policyStatements, render, resourcesOf } from './helpers/cfn';
import { SHIPPED_STAGES, synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, type Synthesized, type TemplateJson } from './helpers/synthesize';

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s payment webhooks', (_name, stage) => {
  let json: TemplateJson;
  let functionId: string;
  let fn: any;
  let secretId: string;
  beforeAll(() => {
    json = synthesized.json(stackIdFor(stage.name));
    [functionId, fn] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-payment-webhooks-${stage.name}`);
    [secretId] = onlyResource(json, 'AWS::SecretsManager::Secret', (r) => String(r.Properties.Description).startsWith('Stripe API key'));
  });

  it('routes POST /webhooks/stripe on the stage’s API to the function’s alias, with no authorizer', () => {
    // Prepare
    const [resourceId] = onlyResource(json, 'AWS::ApiGateway::Resource', (r) => r.Properties.PathPart === 'stripe');
    const [aliasId] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.FunctionName.Ref === functionId);

    // Act
    const [, method] = onlyResource(json, 'AWS::ApiGateway::Method', (r) => r.Properties.ResourceId?.Ref === resourceId);

    // Assess
    expect(method.Properties).toMatchObject({ HttpMethod: 'POST', AuthorizationType: 'NONE', Integration: { Type: 'AWS_PROXY' } });
    expect(JSON.stringify(method.Properties.Integration.Uri)).toContain(aliasId);
  });

  it('lets API Gateway invoke the alias for exactly <stage>/POST/webhooks/stripe', () => {
    // Prepare
    const [aliasId] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.FunctionName.Ref === functionId);

    // Act
    const permissions = resourcesOf(json, 'AWS::Lambda::Permission', (r) => r.Properties.FunctionName.Ref === aliasId);
    const arns = permissions.map(([, p]) => render(p.Properties.SourceArn, json)).filter((arn) => !arn.includes('test-invoke-stage'));

    // Assess
    expect(arns).toHaveLength(1);
    expect(arns[0]).toMatch(new RegExp(`/${stage.name}/POST/webhooks/stripe$`));
  });

  it('never caches the route and throttles it on its own', () => {
    // Act
    const [, apiStage] = onlyResource(json, 'AWS::ApiGateway::Stage');
    const setting = apiStage.Properties.MethodSettings.find((s: { ResourcePath: string }) => s.ResourcePath === '/~1webhooks~1stripe');

    // Assess
    expect(setting).toMatchObject({
      HttpMethod: 'POST',
      CachingEnabled: false,
      ThrottlingRateLimit: WEBHOOK_THROTTLING.rateLimit,
      ThrottlingBurstLimit: WEBHOOK_THROTTLING.burstLimit,
    });
  });

  it('names the provider and only the secret’s ARN in the environment; the template holds no secret value', () => {
    // Act
    const variables = fn.Properties.Environment.Variables;
    const [, secret] = onlyResource(json, 'AWS::SecretsManager::Secret', (r) => String(r.Properties.Description).startsWith('Stripe API key'));

    // Assess
    expect(variables[PAYMENT_VARIABLES.provider]).toBe('stripe');
    expect(variables[PAYMENT_VARIABLES.secretArn]).toEqual({ Ref: secretId });
    expect(secret.Properties.SecretString).toBeUndefined();
    expect(JSON.stringify(json)).not.toMatch(/sk_(test|live)_|whsec_/);
  });

  it('lets the function write payment items only, read the table without its indexes, and read its own secret', () => {
    // Prepare
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];

    // Act
    const attached = resourcesOf(json, 'AWS::IAM::Policy', (r) => r.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId)).map(
      ([id]) => id,
    );
    const statements = policyStatements(json).filter(({ holder }) => holder.startsWith(`${roleId}/`) || attached.includes(holder));
    const writes = statements.filter(({ statement }) =>
      asArray(statement.Action).some((action: string) => /^dynamodb:(Put|Update|Delete)/.test(action)),
    );
    const secretReads = statements.filter(({ statement }) => asArray(statement.Action).includes('secretsmanager:GetSecretValue'));

    // Assess
    expect(writes).toHaveLength(1);
    expect(writes[0]!.statement.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${PAYMENT_WRITABLE_KEY_PREFIX}*`] } });
    expect(asArray(writes[0]!.statement.Action)).not.toContain('dynamodb:DeleteItem');
    expect(secretReads.map(({ statement }) => statement.Resource)).toEqual([{ Ref: secretId }]);
    expect(JSON.stringify(statements)).not.toContain('/index/');
    expect(resourcesOf(json, 'AWS::IAM::ManagedPolicy')).toHaveLength(0);
  });

  it('alarms on the stage’s topic when deliveries fail, the function crashes, or signatures are refused', () => {
    // Prepare
    const [topicId] = onlyResource(json, 'AWS::SNS::Topic', (r) => r.Properties.TopicName === `storefront-alarms-${stage.name}`);
    const [logGroupId] = onlyResource(
      json,
      'AWS::Logs::LogGroup',
      (r) => r.Properties.LogGroupName === `/aws/lambda/storefront-payment-webhooks-${stage.name}`,
    );

    // Act
    const alarms: Record<string, any> = Object.fromEntries(
      resourcesOf(json, 'AWS::CloudWatch::Alarm', (r) => String(r.Properties.AlarmName).startsWith(`storefront-${stage.name}-webhook-`)).map(
        ([, alarm]) => [alarm.Properties.AlarmName.slice(`storefront-${stage.name}-webhook-`.length), alarm.Properties],
      ),
    );
    const filters = resourcesOf(json, 'AWS::Logs::MetricFilter', (r) => r.Properties.LogGroupName.Ref === logGroupId).map(([, f]) => f.Properties);
    const filterOf = (metricName: string) => filters.find((f) => f.MetricTransformations[0].MetricName === metricName);

    // Assess
    expect(Object.keys(alarms).sort()).toEqual(['crashes', 'failures', 'refusals']);
    for (const alarm of Object.values(alarms)) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
    expect(alarms.crashes).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Threshold: WEBHOOK_ALARM_THRESHOLDS.failures });
    expect(alarms.crashes.Dimensions).toContainEqual({ Name: 'FunctionName', Value: { Ref: functionId } });
    expect(alarms.failures).toMatchObject({ Namespace: 'Storefront', MetricName: `PaymentWebhookFailures-${stage.name}`, Threshold: 1 });
    expect(filterOf(`PaymentWebhookFailures-${stage.name}`)?.FilterPattern).toBe('{ $.level = "ERROR" }');
    expect(alarms.refusals).toMatchObject({ MetricName: `PaymentWebhookRefusals-${stage.name}`, Threshold: WEBHOOK_ALARM_THRESHOLDS.refusals });
    expect(filterOf(`PaymentWebhookRefusals-${stage.name}`)?.FilterPattern).toBe('{ $.message = "Webhook delivery refused*" }');
  });
});
