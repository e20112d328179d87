import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { LOW_STOCK_REPORT_RETRIES, NOTIFIER_WRITABLE_KEY_PREFIX, NOTIFIER_WRITE_ACTIONS } from '../../infra/constructs/OrderNotifier';
import { pinnedRuntimeInStackRegion } from '../../infra/constructs/GraphqlFunction';
import { notificationKeyPrefix } from '../../data/notificationKeyPrefix';
import { NotificationEntity } from '../../data/entities/notification';
import { stages, type StageSettings } from '../../infra/stages';
import { RENDERED_ACCOUNT, RENDERED_REGION, asArray, onlyResource, policyStatements, render, resourcesOf } from './helpers/cfn';
import { synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, synthesize, type Synthesized, type TemplateJson } from './helpers/synthesize';

const STAGES: StageSettings[] = Object.values(stages);
/** A stage that sends mail, like prod, without prod's other requirements. */
const mailing: StageSettings = { ...stages.qa, name: 'mailing', emailSender: { fromEmail: 'shop@mail.example.com', fromName: 'Shop' } };

let shipped: Synthesized;
let mailingOnly: Synthesized;
beforeAll(() => {
  // the shipped stages as `cdk synth` makes them (the synth other test files share), and the mailing stage on its own
  shipped = synthesizeShipped();
  mailingOnly = synthesize({ stages: { mailing }, context: { accountConcurrency: 1000 } });
});
afterAll(() => {
  shipped?.cleanup();
  mailingOnly?.cleanup();
});

const jsonOf = (stage: StageSettings) => (stage.name === mailing.name ? mailingOnly : shipped).json(stackIdFor(stage.name));
const topicNamed = (json: TemplateJson, name: string) => onlyResource(json, 'AWS::SNS::Topic', (r) => r.Properties.TopicName === name)[0];
const notifierRoleStatements = (json: TemplateJson, stageName: string) => {
  const [, notifier] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-notifier-${stageName}`);
  const roleId = notifier.Properties.Role['Fn::GetAtt'][0] as string;
  return policyStatements(json)
    .filter(({ holder }) => holder.startsWith(roleId))
    .map(({ statement }) => statement);
};

describe.each(STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s on its first deploy', (_name, stage) => {
  it('lets CloudWatch publish this account’s alarms to the alarm topic, and keeps the TLS-only deny', () => {
    const json = jsonOf(stage);
    const topicId = topicNamed(json, `storefront-alarms-${stage.name}`);
    const [, policy] = onlyResource(json, 'AWS::SNS::TopicPolicy', (r) => r.Properties.Topics.some((t: any) => t.Ref === topicId));
    const statements = policy.Properties.PolicyDocument.Statement as any[];
    const allow = statements.filter((s) => s.Effect === 'Allow');

    expect(allow).toHaveLength(1);
    expect(allow[0]).toMatchObject({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish', Resource: { Ref: topicId } });
    expect(render(allow[0].Condition.ArnLike['aws:SourceArn'], json)).toBe(`arn:aws:cloudwatch:${RENDERED_REGION}:${RENDERED_ACCOUNT}:alarm:*`);
    expect(render(allow[0].Condition.StringEquals['aws:SourceAccount'], json)).toBe(RENDERED_ACCOUNT);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('routes every alarm with an action to the stage’s alarm topic', () => {
    const json = jsonOf(stage);
    const topicId = topicNamed(json, `storefront-alarms-${stage.name}`);
    const actions = resourcesOf(json, 'AWS::CloudWatch::Alarm').flatMap(([, alarm]) => alarm.Properties.AlarmActions ?? []);

    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions.map((action: any) => action.Ref))).toEqual(new Set([topicId]));
  });

  it('lets the notifier write only its claims (every channel’s), the search index’s items and what ending an abandoned checkout writes, with reads as before', () => {
    const json = jsonOf(stage);
    const [tableId] = onlyResource(json, 'AWS::DynamoDB::Table');
    const data = notifierRoleStatements(json, stage.name).filter((s) => asArray(s.Action).some((a: string) => a.startsWith('dynamodb:')));
    const writes = data.filter((s) => asArray(s.Action).some((a: string) => NOTIFIER_WRITE_ACTIONS.includes(a as never)));

    expect(writes).toHaveLength(1);
    expect([...asArray(writes[0].Action)].sort()).toEqual([...NOTIFIER_WRITE_ACTIONS].sort());
    expect(asArray(writes[0].Resource).map((r) => render(r, json))).toEqual([`<${tableId}.Arn>`]);
    expect(writes[0].Condition).toEqual({
      'ForAllValues:StringLike': {
        'dynamodb:LeadingKeys': ['$storefront#channel_*', 'search#*', '$storefront#orderId_*', '$storefront#productId_*', '$storefront#codeKey_*'],
      },
    });
    const reads = data.find((s) => asArray(s.Action).includes('dynamodb:GetItem'));
    expect([...asArray(reads.Action)].sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query']);
    expect(reads.Condition).toBeUndefined();
  });

  it('runs the daily low-stock report at most once: no retry by EventBridge or by Lambda, a failed run in a dead-letter queue with an alarm', () => {
    const json = jsonOf(stage);
    if (stage.lowStockReportSchedule === null) return;
    const [aliasId] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.Name === stage.name && /Notifier/.test(JSON.stringify(r)));
    const [queueId, queue] = onlyResource(json, 'AWS::SQS::Queue', (r) => r.Properties.QueueName === `storefront-low-stock-dlq-${stage.name}`);
    const [, rule] = onlyResource(json, 'AWS::Events::Rule', (r) => r.Properties.Name === `storefront-${stage.name}-low-stock-report`);
    const [, invokeConfig] = onlyResource(json, 'AWS::Lambda::EventInvokeConfig');
    const [, alarm] = onlyResource(
      json,
      'AWS::CloudWatch::Alarm',
      (r) => r.Properties.AlarmName === `storefront-${stage.name}-notifier-report-dead-letters`,
    );

    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: { Ref: aliasId },
        RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: LOW_STOCK_REPORT_RETRIES.maxEventAge.toSeconds() },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
      }),
    ]);
    // Lambda retries a failed asynchronous invocation twice unless told otherwise, on the alias the rule invokes
    expect(JSON.stringify(invokeConfig.Properties.Qualifier)).toContain(`"Ref":"${aliasId}"`);
    expect(invokeConfig.Properties).toMatchObject({
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true });
    expect(alarm.Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1,
      AlarmActions: [{ Ref: topicNamed(json, `storefront-alarms-${stage.name}`) }],
    });
    // EventBridge may deliver to the queue, for this rule only
    const [, queuePolicy] = onlyResource(json, 'AWS::SQS::QueuePolicy', (r) => r.Properties.Queues.some((q: any) => q.Ref === queueId));
    expect(queuePolicy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage' }),
    );
  });

  it('names its CloudFront policies, function and origin access control with the region (they are unique per account)', () => {
    const json = jsonOf(stage);
    const names = [
      ...resourcesOf(json, 'AWS::CloudFront::CachePolicy').map(([, r]) => r.Properties.CachePolicyConfig.Name),
      ...resourcesOf(json, 'AWS::CloudFront::ResponseHeadersPolicy').map(([, r]) => r.Properties.ResponseHeadersPolicyConfig.Name),
      ...resourcesOf(json, 'AWS::CloudFront::OriginAccessControl').map(([, r]) => r.Properties.OriginAccessControlConfig.Name),
      ...resourcesOf(json, 'AWS::CloudFront::Function').map(([, r]) => r.Properties.Name),
    ].map((name) => render(name, json));

    // the site's two cache and two headers policies, origin access control and function; the media cache policy and origin access control
    expect(names).toHaveLength(7);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(new RegExp(`^storefront-${stage.name}-[a-z-]+-${RENDERED_REGION}$`));
      expect(name.length).toBeLessThanOrEqual(64);
    }
  });

  it('lets the storefront’s public client sign in only through the managed login (code with PKCE) and refresh, on managed login version 2', () => {
    const json = jsonOf(stage);
    const [clientId, client] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
    const [poolId] = onlyResource(json, 'AWS::Cognito::UserPool');
    const [, domain] = onlyResource(json, 'AWS::Cognito::UserPoolDomain');
    const [, branding] = onlyResource(json, 'AWS::Cognito::ManagedLoginBranding');

    expect(client.Properties.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
    expect(client.Properties).toMatchObject({ GenerateSecret: false, AllowedOAuthFlows: ['code'], AllowedOAuthFlowsUserPoolClient: true });
    expect(domain.Properties.ManagedLoginVersion).toBe(2);
    expect(branding.Properties).toEqual({ UserPoolId: { Ref: poolId }, ClientId: { Ref: clientId }, UseCognitoProvidedValues: true });
  });
});

describe('the notifier’s email permission', () => {
  it('allows SendEmail on the account’s identities (the sandbox checks the recipients’ too), from the stage’s sender only', () => {
    const json = jsonOf(mailing);
    const mail = notifierRoleStatements(json, mailing.name).filter((s) => asArray(s.Action).some((a: string) => a.startsWith('ses:')));

    expect(mail).toHaveLength(1);
    expect(asArray(mail[0].Action)).toEqual(['ses:SendEmail']);
    expect(asArray(mail[0].Resource).map((r) => render(r, json))).toEqual([`arn:aws:ses:${RENDERED_REGION}:${RENDERED_ACCOUNT}:identity/*`]);
    expect(mail[0].Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'shop@mail.example.com' } });
  });

  it('grants no mail at all to a stage without a sender', () => {
    const mail = notifierRoleStatements(jsonOf(stages.dev), 'dev').filter((s) => asArray(s.Action).some((a: string) => a.startsWith('ses:')));

    expect(mail).toEqual([]);
  });
});

describe('the notifier’s writable key prefix', () => {
  it('is what the notification entity’s keys start with, for each of its channels', () => {
    const channels = (NotificationEntity.schema.attributes.channel as unknown as { type: readonly string[] }).type;
    const keys = channels.map(
      (channel) => (NotificationEntity.get({ channel, eventId: 'e1' } as never).params({ table: 't' }).Key as { pk: string }).pk,
    );

    expect(NOTIFIER_WRITABLE_KEY_PREFIX).toBe(notificationKeyPrefix());
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.startsWith(NOTIFIER_WRITABLE_KEY_PREFIX)).toBe(true);
    // no other entity's items: the prefix names the entity's first key attribute, not just the service
    expect(NOTIFIER_WRITABLE_KEY_PREFIX).toBe('$storefront#channel_');
  });
});

describe('reserved concurrency on a first deploy', () => {
  const reserving: StageSettings = { ...stages.qa, name: 'reserving', reservedConcurrency: 100 };
  const synthOf = (context: Record<string, unknown>) => {
    const result = synthesize({ stages: { reserving }, context });
    result.cleanup();
    return result;
  };

  it('fails synth (an error, not a warning) when -c accountConcurrency does not say the account has room', () => {
    const unknown = synthOf({});
    const crowded = synthOf({ accountConcurrency: 150 });

    expect(String(unknown.error)).toMatch(/ValidationFailed/);
    expect(unknown.assembly).toBeUndefined();
    expect(crowded.assembly).toBeUndefined();
    const messages = (result: Synthesized) =>
      result.app.node
        .findChild(stackIdFor('reserving'))
        .node.metadata.filter((entry) => entry.type === 'aws:cdk:error')
        .map((entry) => String(entry.data));
    expect(messages(unknown)).toEqual([expect.stringMatching(/reserves 100 .*-c accountConcurrency=<limit>/)]);
    expect(messages(crowded)).toEqual([expect.stringMatching(/leaving 50 of its 150; Lambda requires at least 100 unreserved/)]);
  });

  it('checks only the stacks the command bundles: `cdk deploy -e Storefront-dev` needs no limit, though another stage reserves', () => {
    // what the CLI passes for `cdk deploy --exclusively Storefront-dev`
    const exclusive = synthesize({ stages: { dev: stages.dev, reserving }, context: { 'aws:cdk:bundling-stacks': [stackIdFor('dev')] } });
    exclusive.cleanup();
    const everything = synthOf({ 'aws:cdk:bundling-stacks': ['**'] });

    expect(exclusive.error).toBeUndefined();
    expect(everything.error).toBeDefined();
  });

  it('synthesises when the account’s limit leaves room, and for a stage that reserves nothing without any limit', () => {
    expect(synthOf({ accountConcurrency: 1000 }).error).toBeUndefined();
    const plain = synthesize({ stages: { dev: stages.dev } });
    plain.cleanup();
    expect(plain.error).toBeUndefined();
  });
});

describe('a pinned runtime version', () => {
  const ARN = `arn:aws:lambda:eu-west-1::runtime:${'ab'.repeat(32)}`;
  /** An app whose synth leaves out CDK's CloudFormation validation (its schema takes seconds to load), which has no say in a template's rules. */
  const bareApp = () => new App({ builtinCloudFormationValidation: false });

  it('fails synth with a clear message in a stack of another region', () => {
    const stack = new Stack(bareApp(), 'Elsewhere', { env: { account: '111122223333', region: 'us-east-1' } });

    expect(() => pinnedRuntimeInStackRegion(stack, ARN)).toThrow(
      /runtimeVersionArn arn:aws:lambda:eu-west-1::runtime:\w+ is a runtime version of eu-west-1, but Elsewhere deploys to us-east-1/,
    );
  });

  it('passes in a stack of its own region, with no template rule', () => {
    const stack = new Stack(bareApp(), 'Here', { env: { account: '111122223333', region: 'eu-west-1' } });

    pinnedRuntimeInStackRegion(stack, ARN);

    expect(Object.keys(Template.fromStack(stack).toJSON().Rules)).toEqual(['CheckBootstrapVersion']);
  });

  it('in an environment-agnostic stack, adds a template rule CloudFormation checks against the deploy region', () => {
    const stack = new Stack(bareApp(), 'Anywhere');

    pinnedRuntimeInStackRegion(stack, ARN);

    const { CheckBootstrapVersion: _bootstrap, ...rules } = Template.fromStack(stack).toJSON().Rules as Record<string, any>;
    expect(_bootstrap).toBeDefined();
    expect(Object.values(rules)).toEqual([
      {
        Assertions: [
          {
            Assert: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] },
            AssertDescription: expect.stringContaining('deploy this stack to eu-west-1'),
          },
        ],
      },
    ]);
  });
});
