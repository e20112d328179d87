import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnAccount } from 'aws-cdk-lib/aws-apigateway';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { acknowledge } from './acknowledge';

/**
 * The one account-and-region setting API Gateway needs before any stage can write access or
 * execution logs: the CloudWatch Logs role. It is account-wide (every REST API in the region
 * uses it), so it lives in its own stack, deployed once, and no stage stack owns it.
 */
export class ApiGatewayAccountStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, { description: 'API Gateway CloudWatch Logs role (account-wide, deploy once per region)', ...props });
    const role = new Role(this, 'CloudWatchRole', {
      assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
      description: 'Lets API Gateway write REST API access and execution logs',
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonAPIGatewayPushToCloudWatchLogs')],
    });
    const account = new CfnAccount(this, 'Account', { cloudWatchRoleArn: role.roleArn });
    account.node.addDependency(role);
    acknowledge(
      role,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      'This role is the account-wide API Gateway logging role shared by every REST API in the region, and API Gateway names execution-log groups itself (API-Gateway-Execution-Logs_<apiId>/<stage>); the AWS-maintained policy is the documented one for it.',
    );
  }
}
