import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { ACCOUNT_STACK_ID, stackIdFor } from '../../infra/buildApp';
import { PROJECT_ROOT } from '../../infra/projectRoot';

// GitHub Actions cannot run here: the workflow is checked against GitHub's schema and read for the
// order of its deploys; the deploy command's shell expansion is run by bash, as the runner does.
const DIR = join(PROJECT_ROOT, '.github', 'workflows');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
type Step = { uses?: string; run?: string; env?: Record<string, string> };
const deploySteps = (text: string) => ((parse(text) as { jobs: { deploy: { steps: Step[] } } }).jobs.deploy.steps ?? []).filter((step) => step.run);
const cdkDeploys = (text: string) => deploySteps(text).filter((step) => step.run!.startsWith('npx cdk deploy '));
/** The stack ids the workflow deploys, in order. */
const deployedStacks = (text: string) =>
  cdkDeploys(text).map((step) => /^npx cdk deploy (\S+)/.exec(step.run!.replace(/\$\{\{ inputs\.stage \}\}/g, '<stage>'))![1]);

/** What the step's command line becomes on the runner, with `vars.ACCOUNT_CONCURRENCY` set to `limit` (or unset). */
function commandLine(step: Step, limit: string): string {
  const script = `printf '%s ' ${step.run!.replace(/\$\{\{ inputs\.stage \}\}/g, 'prod')}`;
  return execFileSync('bash', ['-c', script], { env: { PATH: process.env.PATH, ACCOUNT_CONCURRENCY: limit }, encoding: 'utf8' }).trim();
}

describe('the stage deploy workflow', () => {
  it('is valid by GitHub’s schema', () => {
    expect(validateWorkflow(read('deploy-stage.yml')).errors).toEqual([]);
  });

  it('deploys the account-wide API Gateway logging stack before the stage, in the same environment', () => {
    expect(deployedStacks(read('deploy-stage.yml'))).toEqual([ACCOUNT_STACK_ID, stackIdFor('<stage>')]);
  });

  it('fails this test when the account stack is deployed after the stage (the check can fail)', () => {
    const lines = read('deploy-stage.yml').split('\n');
    const accountLine = lines.findIndex((line) => line.includes(`cdk deploy ${ACCOUNT_STACK_ID}`));
    const reordered = [...lines.slice(0, accountLine), ...lines.slice(accountLine + 1), lines[accountLine]!].join('\n');

    expect(deployedStacks(reordered)).toEqual([stackIdFor('<stage>'), ACCOUNT_STACK_ID]);
  });

  it('passes the environment’s ACCOUNT_CONCURRENCY to the stage’s synth as -c accountConcurrency, and nothing when it is unset', () => {
    const stage = cdkDeploys(read('deploy-stage.yml')).at(-1)!;

    expect(stage.env).toEqual({ ACCOUNT_CONCURRENCY: '${{ vars.ACCOUNT_CONCURRENCY }}' });
    expect(commandLine(stage, '400')).toBe('npx cdk deploy Storefront-prod --require-approval never --exclusively -c accountConcurrency=400');
    expect(commandLine(stage, '')).toBe('npx cdk deploy Storefront-prod --require-approval never --exclusively');
  });

  it('synthesises and checks only the stack each command deploys (--exclusively), so a stage that reserves nothing needs no limit', () => {
    for (const step of cdkDeploys(read('deploy-stage.yml'))) expect(step.run!.split(' ')).toContain('--exclusively');
  });

  it('runs the data migrations on the stage’s table (found from its stack output) before deploying the stage', () => {
    const steps = deploySteps(read('deploy-stage.yml'));
    const migrate = steps.findIndex((step) => step.run!.includes('npm run -s migrate -- --table "$table"'));
    const stage = steps.findIndex((step) => step.run!.startsWith(`npx cdk deploy ${stackIdFor('${{ inputs.stage }}')}`));

    expect(migrate).toBeGreaterThan(-1);
    expect(migrate).toBeLessThan(stage);
    expect(steps[migrate]!.env).toEqual({ STACK: stackIdFor('${{ inputs.stage }}') });
    expect(steps[migrate]!.run).toContain("OutputKey=='TableName'");
  });
});
