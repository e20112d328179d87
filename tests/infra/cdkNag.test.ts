import { type Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SKIP_ACKNOWLEDGMENTS_CONTEXT } from '../../infra/acknowledge';
import { stages } from '../../infra/stages';
import { synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, synthesize, type Synthesized } from './helpers/synthesize';

interface Acknowledgment {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

/** Every acknowledgment recorded on the app's constructs (CDK keeps them as node metadata). */
function acknowledgmentsOf(synthesized: Synthesized): Acknowledgment[] {
  const found: Acknowledgment[] = [];
  for (const construct of synthesized.app.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [qualifiedId, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.push({ path: construct.node.path, id: qualifiedId.replace(/^[^:]+::/, ''), reason });
      }
    }
  }
  return found;
}

function violationsOf(synthesized: Synthesized): Array<{ id: string; path: string }> {
  return synthesized
    .validationReport()
    .pluginReports.flatMap((report) =>
      report.violations.flatMap((violation) =>
        violation.violatingConstructs.map(({ constructPath }) => ({ id: violation.ruleName, path: constructPath })),
      ),
    );
}

describe('cdk-nag AwsSolutions', () => {
  let synthesized: Synthesized;
  let unacknowledged: Synthesized;
  beforeAll(() => {
    // As `cdk synth` runs it: CDK's CloudFormation validation and cdk-nag (the synth other test files share).
    synthesized = synthesizeShipped();
    unacknowledged = synthesize({ context: { [SKIP_ACKNOWLEDGMENTS_CONTEXT]: true, accountConcurrency: 1000 } });
  });
  afterAll(() => {
    synthesized?.cleanup();
    unacknowledged?.cleanup();
  });

  it('passes on every stage with zero unacknowledged findings', () => {
    expect(synthesized.error).toBeUndefined();
    const stacks = synthesized.assembly!.stacks.map((stack) => stack.stackName);
    for (const stage of Object.keys(stages)) expect(stacks).toContain(stackIdFor(stage));
    expect(synthesized.validationReport().pluginReports.filter((report) => report.conclusion !== 'success')).toEqual([]);
  });

  it('names one finding and gives a specific reason in every acknowledgment', () => {
    const acknowledgments = acknowledgmentsOf(synthesized);
    expect(acknowledgments.length).toBeGreaterThan(0);
    for (const { id, reason, path } of acknowledgments) {
      expect({ path, id }).toEqual({ path, id: expect.stringMatching(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/) });
      expect(reason.length).toBeGreaterThanOrEqual(20);
    }
  });

  it('acknowledges exactly what cdk-nag finds: each acknowledgment matches a finding, each finding has one', () => {
    // Prepare: the same app with acknowledgments switched off reports every finding.
    expect(unacknowledged.error).toBeDefined();
    const findings = violationsOf(unacknowledged);
    const acknowledgments = acknowledgmentsOf(synthesized);
    const covers = (ack: Acknowledgment, finding: { id: string; path: string }) =>
      ack.id === finding.id && (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`));

    // Assess
    expect(findings.filter((finding) => !acknowledgments.some((ack) => covers(ack, finding)))).toEqual([]);
    expect(acknowledgments.filter((ack) => !findings.some((finding) => covers(ack, finding)))).toEqual([]);
  });

  it('lists the acknowledged rules per stage', () => {
    const rulesOf = (stage: string) =>
      [
        ...new Set(
          acknowledgmentsOf(synthesized)
            .filter((ack) => ack.path.startsWith(`${stackIdFor(stage)}/`))
            .map((ack) => ack.id),
        ),
      ].sort();
    const common = [
      'AwsSolutions-APIG4',
      'AwsSolutions-COG2',
      'AwsSolutions-COG4',
      'AwsSolutions-COG8',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-SMG4',
      // the notifier's dead-letter queue (a dead-letter queue of its own)
      'AwsSolutions-SQS3',
      // CodeDeploy's role for the stage alias (AWS's managed policy) and its invoke of the pre-traffic hook's versions
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited]',
      'AwsSolutions-IAM5[Resource::<ReleaseHook15F83D6C.Arn>:*]',
      'AwsSolutions-IAM5[Resource::<ReleasePostHook88833E9F.Arn>:*]',
      // the storefront: CloudFront without geo restriction, WAF or access logs, on its default certificate; an S3 bucket without access logs
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR3',
      'AwsSolutions-CFR4',
      'AwsSolutions-S1',
      // CDK's BucketDeployment function, which copies the storefront into its bucket at deploy time
      'AwsSolutions-L1',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::<WebBucketE51352C0.Arn>/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
      // product images: the media function and the API, each held to a prefix of the media bucket
      'AwsSolutions-IAM5[Resource::<MediaBucket4022EBBF.Arn>/media/*]',
      'AwsSolutions-IAM5[Resource::<MediaBucket4022EBBF.Arn>/uploads/*]',
    ];
    expect(rulesOf('dev')).toEqual([...common, 'AwsSolutions-APIG3', 'AwsSolutions-DDB3'].sort());
    expect(rulesOf('qa')).toEqual([...common, 'AwsSolutions-APIG3'].sort());
    // prod's stage has a WAF web ACL, which cdk-nag's APIG3 rule finds by itself; its notifier sends mail (SES identities of the account, from its sender)
    expect(rulesOf('prod')).toEqual(
      [...common, 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/*]'].sort(),
    );
  });

  it('fails synth on an unacknowledged finding (the check is wired in)', () => {
    // Prepare / Act
    const broken = synthesize({
      stages: { dev: stages.dev },
      beforeSynth: (app) => {
        const stack = app.node.findChild(stackIdFor('dev')) as Stack;
        const role = new Role(stack, 'Overbroad', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
        role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:Scan'], resources: ['*'] }));
      },
    });
    const violations = violationsOf(broken);
    broken.cleanup();

    // Assess
    expect(String(broken.error)).toMatch(/ValidationFailed/);
    expect(violations).toEqual([{ id: 'AwsSolutions-IAM5[Resource::*]', path: 'Storefront-dev/Overbroad/DefaultPolicy/Resource' }]);
  });
});
