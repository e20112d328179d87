import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** A cdk-nag rule id, optionally narrowed to one finding: `AwsSolutions-IAM5[Resource::*]`. */
const FINDING_ID = /^AwsSolutions-[A-Z]+\d+(\[.+\])?$/;
const MIN_REASON_LENGTH = 20;

/**
 * Context key that records nothing: with it set, synth reports every finding, which lets a test
 * prove each acknowledgment matches a real finding (and nothing else is found).
 */
export const SKIP_ACKNOWLEDGMENTS_CONTEXT = 'storefront:skipNagAcknowledgments';

/**
 * Acknowledges one cdk-nag finding on one construct. Every acknowledgment in this app goes
 * through here, so each names its finding and says why it is acceptable; a vague one fails synth.
 *
 * @example
 * acknowledge(role, 'AwsSolutions-IAM5[Resource::*]', 'X-Ray PutTraceSegments supports no resource-level permissions.');
 */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  if (!FINDING_ID.test(id)) {
    throw new Error(`cdk-nag acknowledgment "${id}" on ${scope.node.path} must name one rule, e.g. AwsSolutions-IAM5[Resource::*].`);
  }
  if (reason.trim().length < MIN_REASON_LENGTH) {
    throw new Error(`cdk-nag acknowledgment ${id} on ${scope.node.path} needs a specific reason (at least ${MIN_REASON_LENGTH} characters).`);
  }
  if (scope.node.tryGetContext(SKIP_ACKNOWLEDGMENTS_CONTEXT) === true) return;
  Validations.of(scope).acknowledge({ id, reason });
}
