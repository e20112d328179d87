import { CfnOutput, RemovalPolicy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { table as tableDefinition } from '../data/table';
import { ApiFirewall } from './constructs/ApiFirewall';
import { GraphqlApi } from './constructs/GraphqlApi';
import { GraphqlFunction } from './constructs/GraphqlFunction';
import { OrderNotifier } from './constructs/OrderNotifier';
import { DEPLOYED_PAYMENT_PROVIDER, PaymentWebhook, WEBHOOK_RESOURCE_PATH } from './constructs/PaymentWebhook';
import { ProductMedia } from './constructs/ProductMedia';
import { SafeRelease } from './constructs/SafeRelease';
import { ServiceAlarms } from './constructs/ServiceAlarms';
import { SingleTable } from './constructs/SingleTable';
import { StorefrontSite } from './constructs/StorefrontSite';
import { UserIdentity } from './constructs/UserIdentity';
import { WarmUpRule } from './constructs/WarmUpRule';
import type { StageSettings } from './stages';

export interface StorefrontStackProps extends StackProps {
  readonly stage: StageSettings;
}

/**
 * Everything one stage needs, and nothing shared with another stage (the account-wide API
 * Gateway logging role is `ApiGatewayAccountStack`'s):
 * - the single DynamoDB table (`SingleTable`);
 * - the storefront site: S3 behind CloudFront, with its `config.json` (`StorefrontSite`);
 * - product images: a private media bucket served at the distribution's `/media/*`, and the media
 *   function that checks uploads and writes renditions (`ProductMedia`);
 * - the Cognito user pool, app client and `admin` group (`UserIdentity`);
 * - the GraphQL function and its stage alias (`GraphqlFunction`), allowed to flush the API cache
 *   when the stage caches;
 * - the REST API in front of the alias (`GraphqlApi`), and a WAF web ACL on it where the stage sets
 *   `waf` (`ApiFirewall`);
 * - the warm-up rule, unless the stage has no warm-up schedule (`WarmUpRule`);
 * - the alarms and their SNS topic (`ServiceAlarms`);
 * - the CodeDeploy release of each new version to the alias, with its traffic hooks (`SafeRelease`);
 * - the order notifier: its function and alias on the table's stream, the orders and admin topics,
 *   a dead-letter queue, its own alarms (on the stage's alarm topic), and the daily low-stock rule
 *   with its own dead-letter queue unless the stage has no report schedule (`OrderNotifier`);
 * - the payment provider's secret and `POST /webhooks/stripe` on the same API, with its own
 *   function (`PaymentWebhook`);
 * - the outputs: API URL, Stripe's webhook URL and the payment secret's ARN, user pool and client ids, table name, both topic ARNs, storefront URL.
 *
 * `npx cdk deploy -e Storefront-<stage>` deploys exactly this.
 */
export class StorefrontStack extends Stack {
  readonly table: SingleTable;
  readonly identity: UserIdentity;
  readonly graphqlFunction: GraphqlFunction;
  readonly graphqlApi: GraphqlApi;
  readonly site: StorefrontSite;
  readonly media: ProductMedia;
  readonly notifier: OrderNotifier;
  readonly payments: PaymentWebhook;
  readonly release: SafeRelease;
  readonly stage: StageSettings;

  constructor(scope: Construct, id: string, { stage, ...props }: StorefrontStackProps) {
    super(scope, id, {
      description: `Storefront GraphQL API, stage ${stage.name}`,
      terminationProtection: stage.terminationProtection ?? false,
      ...props,
    });
    this.stage = stage;
    Tags.of(this).add('project', 'storefront');
    Tags.of(this).add('stage', stage.name);
    const removalPolicy = stage.removalPolicy === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.table = new SingleTable(this, 'Data', {
      definition: tableDefinition,
      pointInTimeRecovery: stage.pointInTimeRecovery,
      deletionProtection: stage.deletionProtection,
      removalPolicy,
    });
    // the storefront first: its origin joins the stage's CORS list and the user pool's callback URLs
    this.site = new StorefrontSite(this, 'Web', { stage, removalPolicy });
    const corsOrigins = [...stage.corsOrigins, ...this.site.origins];
    this.media = new ProductMedia(this, 'Media', { stage, site: this.site, removalPolicy });
    this.identity = new UserIdentity(this, 'Identity', {
      stageName: stage.name,
      webOrigins: this.site.origins,
      emailSender: stage.emailSender,
      deletionProtection: stage.deletionProtection,
      removalPolicy,
    });
    this.graphqlFunction = new GraphqlFunction(this, 'Graphql', {
      stage,
      corsOrigins,
      table: this.table,
      userPoolId: this.identity.userPool.userPoolId,
      userPoolClientId: this.identity.client.userPoolClientId,
      removalPolicy,
      // images are served by the storefront's own origin (its `/media/*` behaviour): the CSP's img-src 'self' covers them
      media: { bucket: this.media.bucket.bucketName, baseUrl: this.site.origins.at(-1)!, functionName: this.media.function.functionName },
    });
    this.media.grantApi(this.graphqlFunction.function.role!);
    // the admin pages post presigned uploads to the bucket itself: its regional endpoint (the SDK's) and its global name
    for (const domain of [this.media.bucket.bucketRegionalDomainName, this.media.bucket.bucketDomainName])
      this.site.allowUploadsTo(`https://${domain}`);
    this.graphqlApi = new GraphqlApi(this, 'Api', { stage, corsOrigins, handler: this.graphqlFunction.alias, removalPolicy });
    this.payments = new PaymentWebhook(this, 'Payments', { stage, table: this.table, api: this.graphqlApi.api, removalPolicy });
    this.graphqlFunction.takePaymentsWith(DEPLOYED_PAYMENT_PROVIDER, this.payments.secret);
    const region = Stack.of(this).region;
    const authDomain = this.identity.domain.baseUrl();
    this.site.deploy(
      {
        apiUrl: this.graphqlApi.api.urlForPath('/graphql'),
        apiOrigin: `https://${this.graphqlApi.api.restApiId}.execute-api.${region}.${Stack.of(this).urlSuffix}`,
        auth: {
          kind: 'cognito',
          region,
          userPoolId: this.identity.userPool.userPoolId,
          clientId: this.identity.client.userPoolClientId,
          domain: authDomain,
        },
        payments: { provider: DEPLOYED_PAYMENT_PROVIDER, publishableKey: stage.stripePublishableKey },
      },
      [authDomain, `https://cognito-idp.${region}.amazonaws.com`],
    );
    if (stage.cache.enabled) this.graphqlFunction.allowCacheFlush(this.graphqlApi.api.deploymentStage);
    if (stage.waf) new ApiFirewall(this, 'Firewall', { stage: this.graphqlApi.api.deploymentStage, waf: stage.waf });
    if (stage.warmUpSchedule !== null) {
      new WarmUpRule(this, 'WarmUp', { schedule: stage.warmUpSchedule, target: this.graphqlFunction.alias, stageName: stage.name });
    }
    const alarms = new ServiceAlarms(this, 'Alarms', {
      stageName: stage.name,
      function: this.graphqlFunction.function,
      apiStage: this.graphqlApi.api.deploymentStage,
      table: this.table.table,
    });
    this.payments.addAlarms(alarms.topic);
    this.release = new SafeRelease(this, 'Release', {
      stage,
      alias: this.graphqlFunction.alias,
      version: this.graphqlFunction.function.currentVersion,
      apiStage: this.graphqlApi.api.deploymentStage,
      removalPolicy,
      table: this.table.table,
    });
    this.notifier = new OrderNotifier(this, 'Notifier', {
      stage,
      table: this.table,
      userPool: this.identity.userPool,
      alarmTopic: alarms.topic,
      removalPolicy,
    });

    new CfnOutput(this, 'ApiUrl', { description: 'GraphQL endpoint', value: this.graphqlApi.api.urlForPath('/graphql') });
    new CfnOutput(this, 'PaymentWebhookUrl', {
      description: "Register in Stripe's dashboard as the webhook endpoint (docs/payments.md)",
      value: this.graphqlApi.api.urlForPath(WEBHOOK_RESOURCE_PATH),
    });
    new CfnOutput(this, 'PaymentSecretArn', { description: "Put Stripe's API key and signing secret here", value: this.payments.secret.secretArn });
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.identity.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.table.tableName });
    new CfnOutput(this, 'OrdersTopicArn', { description: 'Order events (subscribe here)', value: this.notifier.ordersTopic.topicArn });
    new CfnOutput(this, 'AdminTopicArn', { description: 'Admin reports (the daily low-stock report)', value: this.notifier.adminTopic.topicArn });
    new CfnOutput(this, 'StorefrontUrl', { description: 'The storefront', value: this.site.origins.at(-1)! });
  }
}
