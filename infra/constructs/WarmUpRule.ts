import { Duration } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { WARM_UP_PAYLOAD } from '../../runtime/warmUp';

export interface WarmUpRuleProps {
  /** EventBridge schedule expression, e.g. `rate(5 minutes)`. */
  readonly schedule: string;
  /** The alias, so the ping warms the containers that serve traffic. */
  readonly target: IFunction;
  readonly stageName: string;
}

/**
 * Pings the alias on a schedule with the payload the handler answers at once (no database,
 * no GraphQL), keeping a container warm. A missed ping is harmless, so it is never retried.
 */
export class WarmUpRule extends Construct {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, { schedule, target, stageName }: WarmUpRuleProps) {
    super(scope, id);
    this.rule = new Rule(this, 'Rule', {
      ruleName: `storefront-api-${stageName}-warm-up`,
      description: `Keeps storefront-api-${stageName}:${stageName} warm`,
      schedule: Schedule.expression(schedule),
      targets: [
        new LambdaFunction(target, {
          event: RuleTargetInput.fromObject(WARM_UP_PAYLOAD),
          retryAttempts: 0,
          maxEventAge: Duration.minutes(1),
        }),
      ],
    });
  }
}
