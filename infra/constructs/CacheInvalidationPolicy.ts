import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsCustomResource, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { IRestApi, Stage } from 'aws-cdk-lib/aws-apigateway';

export interface CacheInvalidationPolicyProps {
  readonly api: IRestApi;
  readonly stage: Stage;
  /** The cached method, as API Gateway names it in method settings: `/graphql/GET`. */
  readonly resourcePath: string;
  readonly httpMethod: string;
  readonly ttlSeconds: number;
  readonly logRetentionDays: number;
}

/**
 * Makes `Cache-Control: max-age=0` from a caller without `execute-api:InvalidateCache`
 * fail with 403 instead of being silently ignored. CloudFormation cannot set
 * `requireAuthorizationForCacheControl` / `unauthorizedCacheControlHeaderStrategy`, so an SDK
 * call (`UpdateStage`) applies them after the stage exists. It re-sends the method's cache
 * settings too, so any change to them re-runs the call and the strategy is never lost.
 */
export class CacheInvalidationPolicy extends Construct {
  constructor(scope: Construct, id: string, props: CacheInvalidationPolicyProps) {
    super(scope, id);
    const { api, stage, resourcePath, httpMethod, ttlSeconds, logRetentionDays } = props;
    // Patch paths escape the resource path's slashes: /graphql → /~1graphql/GET/caching/...
    const settingPath = `/${resourcePath.replace(/\//g, '~1')}/${httpMethod}/caching`;
    const stageArn = `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}::/restapis/${api.restApiId}/stages/${stage.stageName}`;

    const logGroup = new LogGroup(this, 'LogGroup', {
      retention: logRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Applies API Gateway cache-invalidation settings CloudFormation cannot express',
      inlinePolicies: {
        updateStage: new PolicyDocument({
          statements: [new PolicyStatement({ actions: ['apigateway:PATCH'], resources: [stageArn] })],
        }),
        logs: new PolicyDocument({
          statements: [
            new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
          ],
        }),
      },
    });

    const call = {
      service: 'APIGateway',
      action: 'updateStage',
      parameters: {
        restApiId: api.restApiId,
        stageName: stage.stageName,
        patchOperations: [
          { op: 'replace', path: `${settingPath}/enabled`, value: 'true' },
          { op: 'replace', path: `${settingPath}/ttlInSeconds`, value: String(ttlSeconds) },
          { op: 'replace', path: `${settingPath}/dataEncrypted`, value: 'true' },
          { op: 'replace', path: `${settingPath}/requireAuthorizationForCacheControl`, value: 'true' },
          { op: 'replace', path: `${settingPath}/unauthorizedCacheControlHeaderStrategy`, value: 'FAIL_WITH_403' },
        ],
      },
      physicalResourceId: PhysicalResourceId.of(`${resourcePath}/${httpMethod}/cache-invalidation`),
    };
    const resource = new AwsCustomResource(this, 'UpdateStage', {
      onCreate: call,
      onUpdate: call,
      role,
      logGroup,
      installLatestAwsSdk: false,
      timeout: Duration.minutes(1),
    });
    resource.node.addDependency(stage);
  }
}
