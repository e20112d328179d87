import type { Stage } from 'aws-cdk-lib/aws-apigateway';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { StageWaf } from '../stages';

/** What every payment webhook path holds, after the stage name (`/prod/webhooks/stripe`). */
export const WEBHOOK_PATH_SEGMENT = '/webhooks/';

export interface ApiFirewallProps {
  readonly stage: Stage;
  readonly waf: StageWaf;
}

/**
 * An AWS WAF web ACL on the API stage: one IP address may send `rateLimitPer5Minutes` requests in
 * any 5 minutes, and AWS's common rule set (bad inputs, known exploits) applies. Its two size rules
 * only count: a GraphQL POST body may carry 15,000 characters of query and a cacheable GET has its
 * query in the URL; the API Gateway request model and the function's limits bound those instead.
 *
 * Neither rule looks at the payment webhook (`/webhooks/…`): the provider's deliveries come in
 * bursts from a few addresses and carry URLs and free text the common rules can mistake for
 * attacks, and a blocked delivery is a paid order left pending. That route is guarded by its own
 * method throttle and by the function, which verifies each delivery's signature before reading it.
 */
export class ApiFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, { stage, waf }: ApiFirewallProps) {
    super(scope, id);
    const name = `storefront-api-${stage.stageName}`;
    const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName,
    });
    const notWebhook: CfnWebACL.StatementProperty = {
      notStatement: {
        statement: {
          byteMatchStatement: {
            fieldToMatch: { uriPath: {} },
            positionalConstraint: 'CONTAINS',
            searchString: WEBHOOK_PATH_SEGMENT,
            textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
          },
        },
      },
    };
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name,
      description: `Storefront GraphQL API (${stage.stageName}): per-IP rate limit and AWS managed common rules`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(name),
      rules: [
        {
          name: 'RatePerIp',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: waf.rateLimitPer5Minutes,
              aggregateKeyType: 'IP',
              evaluationWindowSec: 300,
              scopeDownStatement: notWebhook,
            },
          },
          visibilityConfig: visibility(`${name}-rate-per-ip`),
        },
        {
          name: 'AwsCommonRules',
          priority: 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              ruleActionOverrides: ['SizeRestrictions_BODY', 'SizeRestrictions_QUERYSTRING'].map((rule) => ({
                name: rule,
                actionToUse: { count: {} },
              })),
              scopeDownStatement: notWebhook,
            },
          },
          visibilityConfig: visibility(`${name}-common-rules`),
        },
      ],
    });
    new CfnWebACLAssociation(this, 'Association', { resourceArn: stage.stageArn, webAclArn: this.webAcl.attrArn });
  }
}
