import type { Stack } from 'aws-cdk-lib';
import { buildApp } from '../../infra/buildApp';
import { DEFAULT_ACCOUNT_CONCURRENCY, accountConcurrencyFrom, reservationProblems } from '../../infra/concurrency';
import { stages, type StageSettings } from '../../infra/stages';
import { RENDERED_ACCOUNT, RENDERED_REGION, render, resourcesOf } from './helpers/cfn';
import { stackIdFor, synthesize, warningsOf, type Synthesized } from './helpers/synthesize';
import { synthesizeShipped } from './helpers/shippedStages';

const stage = (name: string, reservedConcurrency?: number): StageSettings => ({
  ...stages.qa,
  name,
  ...(reservedConcurrency === undefined ? {} : { reservedConcurrency }),
});

describe('reserved concurrency', () => {
  it('finds no problem with the shipped stages in an account with the default quota', () => {
    expect(reservationProblems(Object.values(stages).map((s) => ({ stage: s })))).toEqual([]);
  });

  it('names the stages whose reservations together leave fewer than 100 executions unreserved', () => {
    const problems = reservationProblems(
      [{ stage: stage('a', 500) }, { stage: stage('b', 450) }, { stage: stage('c') }],
      DEFAULT_ACCOUNT_CONCURRENCY,
    );

    expect(problems).toEqual([
      { stages: ['a', 'b'], message: expect.stringMatching(/reserve 950 .* leaving 50 of its 1000; Lambda requires at least 100 unreserved/) },
    ]);
  });

  it('counts stages in different accounts apart, and takes the account limit given', () => {
    expect(
      reservationProblems([
        { stage: stage('a', 500), account: '111111111111' },
        { stage: stage('b', 500), account: '222222222222' },
      ]),
    ).toEqual([]);
    expect(reservationProblems([{ stage: stage('p', 100) }], 150)).toEqual([
      { stages: ['p'], message: expect.stringContaining('leaving 50 of its 150') },
    ]);
  });
});

describe('the accountConcurrency context', () => {
  it('defaults to 1000 and takes a whole number, as `-c accountConcurrency=<n>` passes it (a string) or cdk.json does', () => {
    expect([accountConcurrencyFrom(undefined), accountConcurrencyFrom('400'), accountConcurrencyFrom(3000)]).toEqual([1000, 400, 3000]);
  });

  it.each(['', 'lots', '1e3x', '0', '-5', '12.5', true])('fails synth on %j instead of silently skipping the check', (value) => {
    expect(() => buildApp({ context: { accountConcurrency: value } })).toThrow(
      /Context accountConcurrency=.* must be the account's concurrent executions limit/,
    );
  });
});

describe('synth', () => {
  let shipped: Synthesized;
  let crowded: Synthesized;

  beforeAll(() => {
    shipped = synthesizeShipped();
    crowded = synthesize({ stages: { dev: { ...stages.dev, reservedConcurrency: 950 } }, context: { accountConcurrency: 1000 } });
  });
  afterAll(() => {
    shipped?.cleanup();
    crowded?.cleanup();
  });

  const stackOf = (synthesized: Synthesized, name: string) => synthesized.app.node.findChild(stackIdFor(name)) as Stack;

  it('fails synth with an error on the stack when reservations would leave fewer than 100 unreserved (dev reserving 950 of 1000)', () => {
    const errors = stackOf(crowded, 'dev')
      .node.metadata.filter((entry) => entry.type === 'aws:cdk:error')
      .map((entry) => String(entry.data));

    expect(crowded.assembly).toBeUndefined();
    expect(errors).toEqual([expect.stringMatching(/dev \(950\) reserve 950 .*leaving 50 of its 1000/)]);
    expect(warningsOf(shipped, stackIdFor('qa'))).toEqual([]);
    expect(warningsOf(shipped, stackIdFor('prod'))).toEqual([]);
  });

  it.each(Object.keys(stages))('protects the %s stack from deletion only in prod', (name) => {
    const artifact = shipped.assembly!.getStackByName(stackIdFor(name));
    expect(artifact.terminationProtection ?? false).toBe(name === 'prod');
  });

  it.each(Object.keys(stages))('sends Cognito mail of %s through SES only where the stage names a sender', (name) => {
    const [, pool] = resourcesOf(shipped.json(stackIdFor(name)), 'AWS::Cognito::UserPool')[0]!;
    const sender = (stages as Record<string, StageSettings>)[name]!.emailSender;
    expect(sender !== undefined).toBe(name === 'prod');
    if (sender) {
      expect(pool.Properties.EmailConfiguration).toMatchObject({
        EmailSendingAccount: 'DEVELOPER',
        From: `${sender.fromName} <${sender.fromEmail}>`,
      });
      // the SES identity Cognito sends through: the verified domain when the stage names one, in the stack's region
      expect(render(pool.Properties.EmailConfiguration.SourceArn, shipped.json(stackIdFor(name)))).toBe(
        `arn:aws:ses:${sender.sesRegion ?? RENDERED_REGION}:${RENDERED_ACCOUNT}:identity/${sender.sesVerifiedDomain ?? sender.fromEmail}`,
      );
    } else {
      expect(pool.Properties.EmailConfiguration ?? { EmailSendingAccount: 'COGNITO_DEFAULT' }).toMatchObject({
        EmailSendingAccount: 'COGNITO_DEFAULT',
      });
    }
  });

  it.each(Object.keys(stages))(
    'puts a WAF web ACL with a per-IP rate rule and the AWS common rules on the %s stage only where the stage asks',
    (name) => {
      const json = shipped.json(stackIdFor(name));
      const acls = resourcesOf(json, 'AWS::WAFv2::WebACL');
      const associations = resourcesOf(json, 'AWS::WAFv2::WebACLAssociation');
      const waf = (stages as Record<string, StageSettings>)[name]!.waf;
      if (!waf) {
        expect([acls, associations]).toEqual([[], []]);
        return;
      }
      const [[aclId, acl]] = acls as [[string, any]];
      const [stageId] = resourcesOf(json, 'AWS::ApiGateway::Stage')[0]!;
      const [restApiId] = resourcesOf(json, 'AWS::ApiGateway::RestApi')[0]!;
      expect(acl.Properties).toMatchObject({ Scope: 'REGIONAL', DefaultAction: { Allow: {} } });
      // The payment provider's deliveries are neither rate-limited per IP nor judged by the common
      // rules: the webhook route has its own throttle and verifies every delivery's signature.
      const exceptWebhooks = {
        NotStatement: {
          Statement: {
            ByteMatchStatement: {
              FieldToMatch: { UriPath: {} },
              PositionalConstraint: 'CONTAINS',
              SearchString: '/webhooks/',
              TextTransformations: [{ Priority: 0, Type: 'LOWERCASE' }],
            },
          },
        },
      };
      expect(acl.Properties.Rules).toEqual([
        expect.objectContaining({
          Name: 'RatePerIp',
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: expect.objectContaining({
              Limit: waf.rateLimitPer5Minutes,
              AggregateKeyType: 'IP',
              ScopeDownStatement: exceptWebhooks,
            }),
          },
        }),
        expect.objectContaining({
          Name: 'AwsCommonRules',
          OverrideAction: { None: {} },
          Statement: {
            ManagedRuleGroupStatement: {
              VendorName: 'AWS',
              Name: 'AWSManagedRulesCommonRuleSet',
              RuleActionOverrides: [
                { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
                { Name: 'SizeRestrictions_QUERYSTRING', ActionToUse: { Count: {} } },
              ],
              ScopeDownStatement: exceptWebhooks,
            },
          },
        }),
      ]);
      const [[, association]] = associations as [[string, any]];
      expect(association.Properties.WebACLArn).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
      expect(JSON.stringify(association.Properties.ResourceArn)).toContain(restApiId);
      expect(JSON.stringify(association.Properties.ResourceArn)).toContain(`"/stages/",{"Ref":"${stageId}"}`);
    },
  );
});
