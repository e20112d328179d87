import { stages, type StageSettings } from '../../infra/stages';
import { onlyResource, policyStatements, render, resourcesOf } from './helpers/cfn';
import { stackIdFor, synthesize, type Synthesized } from './helpers/synthesize';

/** A per-developer stage: one entry, with provisioned concurrency, no warm-up rule and the storefront on its own domain. */
const alice: StageSettings = {
  ...stages.dev,
  name: 'alice',
  warmUpSchedule: null,
  lowStockReportSchedule: null,
  provisionedConcurrency: 2,
  reservedConcurrency: 5,
  tracing: false,
  allowTestInvoke: false,
  webDomain: {
    domainName: 'alice.storefront.example.com',
    certificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/0f1e2d3c-aaaa-bbbb-cccc-123456789012',
  },
};

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesize({ stages: { alice }, context: { accountConcurrency: 1000 } });
});
afterAll(() => synthesized?.cleanup());

describe('a stage added as one entry', () => {
  it('gets its own stack with names derived from the stage', () => {
    expect(synthesized.error).toBeUndefined();
    const json = synthesized.json(stackIdFor('alice'));
    onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-api-alice');
    expect(onlyResource(json, 'AWS::ApiGateway::Stage')[1].Properties.StageName).toBe('alice');
    // the API's alias, the payment webhook function's and the notifier's
    expect(resourcesOf(json, 'AWS::Lambda::Alias').map(([, alias]) => alias.Properties.Name)).toEqual(['alice', 'alice', 'alice']);
    onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-notifier-alice');
    onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-payment-webhooks-alice');
  });

  it('puts provisioned concurrency on the alias when the stage asks for it', () => {
    const json = synthesized.json(stackIdFor('alice'));
    const [apiId] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-api-alice');
    const [, alias] = onlyResource(json, 'AWS::Lambda::Alias', (r) => r.Properties.FunctionName.Ref === apiId);
    expect(alias.Properties.ProvisionedConcurrencyConfig).toEqual({ ProvisionedConcurrentExecutions: 2 });
  });

  it('has no warm-up rule when the schedule is off (and no low-stock report when that is off too)', () => {
    expect(resourcesOf(synthesized.json(stackIdFor('alice')), 'AWS::Events::Rule')).toEqual([]);
  });

  it('turns X-Ray off, and with it the function role\'s only "*" resource', () => {
    const json = synthesized.json(stackIdFor('alice'));
    const [, fn] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-api-alice');
    expect(fn.Properties.TracingConfig).toBeUndefined();
    expect(JSON.stringify(json)).not.toContain('xray:');
    // what is left: CDK's storefront deployment invalidating the distribution, and the notifier's stream listing
    const everything = policyStatements(json).filter(({ statement }) => statement.Resource === '*');
    expect(everything.map(({ holder, statement }) => [holder, statement.Action])).toEqual([
      [expect.stringMatching(/^CustomCDKBucketDeployment/), ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation']],
      [expect.stringMatching(/^NotifierRoleDefaultPolicy/), 'dynamodb:ListStreams'],
    ]);
  });

  it('serves its storefront on its own domain with TLS 1.2 or newer, and allows that origin for CORS and sign-in', () => {
    const json = synthesized.json(stackIdFor('alice'));
    const [distributionId, distribution] = onlyResource(json, 'AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig;
    expect(config.Aliases).toEqual(['alice.storefront.example.com']);
    expect(config.ViewerCertificate).toEqual({
      AcmCertificateArn: alice.webDomain!.certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    const origins = ['https://alice.storefront.example.com', `https://<${distributionId}.DomainName>`];
    const [, fn] = onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-api-alice');
    const allowed = render(fn.Properties.Environment.Variables.CORS_ORIGINS, json).split(',');
    for (const origin of origins) expect(allowed).toContain(origin);
    const [, client] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
    expect(client.Properties.CallbackURLs.map((url: unknown) => render(url, json)).sort()).toEqual(
      origins.map((origin) => `${origin}/callback`).sort(),
    );
    expect(json.Outputs!.StorefrontUrl.Value).toBe('https://alice.storefront.example.com');
  });
});
