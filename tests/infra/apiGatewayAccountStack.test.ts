import { onlyResource, render } from './helpers/cfn';
import { synthesizeShipped } from './helpers/shippedStages';
import type { Synthesized } from './helpers/synthesize';

let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesizeShipped();
});
afterAll(() => synthesized?.cleanup());

describe('StorefrontApiGatewayAccount', () => {
  it('sets the account-wide API Gateway CloudWatch Logs role that stage logging needs', () => {
    const json = synthesized.json('StorefrontApiGatewayAccount');
    const [roleId, role] = onlyResource(json, 'AWS::IAM::Role');
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' } },
    ]);
    expect(role.Properties.ManagedPolicyArns.map((arn: unknown) => render(arn, json))).toEqual([
      'arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs',
    ]);
    const [, account] = onlyResource(json, 'AWS::ApiGateway::Account');
    expect(account.Properties.CloudWatchRoleArn).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
  });
});
