import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../infra/projectRoot';
import { stages } from '../../infra/stages';

// Nothing here can run GitHub Actions: the workflows are checked against GitHub's workflow schema
// (action-validator) and read for what they promise.
const DIR = join(PROJECT_ROOT, '.github', 'workflows');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const workflow = (name: string) =>
  parse(read(name)) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, any> };
const packageJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('GitHub Actions workflows', () => {
  const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

  it.each(files)('%s is a valid workflow by GitHub’s schema', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('the validator rejects a workflow GitHub would reject (the check can fail)', () => {
    const broken = read('ci.yml').replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04');

    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  it('CI runs the README’s test command on pull requests, with what the tests need (Java, a browser)', () => {
    const ci = workflow('ci.yml');
    const steps = ci.jobs.test.steps as Array<{ uses?: string; run?: string; with?: Record<string, string> }>;
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'workflow_call']));
    expect(readme).toContain('npm test');
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual([
      expect.stringContaining('apt-get install -y -qq qemu-user-static libc6-arm64-cross libstdc++6-arm64-cross'),
      'npm ci --no-audit --no-fund',
      'npm test -- --ci',
    ]);
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-java@'))?.with).toMatchObject({ 'java-version': '17' });
    expect(ci.jobs.test.env.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
    expect(packageJson.scripts.test).toContain('schema:check');
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('deploys every stage in order with OIDC credentials only, prod last and behind its environment’s approval', () => {
    const deploy = workflow('deploy.yml');
    const stage = workflow('deploy-stage.yml');
    const calls = Object.values(deploy.jobs).filter((job) => job.uses === './.github/workflows/deploy-stage.yml');
    const steps = stage.jobs.deploy.steps as Array<{ uses?: string; run?: string; with?: Record<string, string> }>;
    const credentials = steps.find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@'));

    expect(calls.map((job) => job.with.stage)).toEqual(Object.keys(stages));
    expect(deploy.jobs['deploy-dev'].needs).toBe('test');
    expect(deploy.jobs['deploy-qa'].needs).toBe('deploy-dev');
    expect(deploy.jobs['deploy-prod'].needs).toBe('deploy-qa');
    expect(stage.jobs.deploy.environment.name).toBe('${{ inputs.stage }}');
    expect(deploy.permissions['id-token']).toBe('write');
    expect(credentials?.with).toEqual({ 'role-to-assume': '${{ vars.AWS_DEPLOY_ROLE_ARN }}', 'aws-region': '${{ vars.AWS_REGION }}' });
    expect(steps.at(-1)?.run).toMatch(/^npx cdk deploy Storefront-\$\{\{ inputs\.stage \}\} --require-approval never( |$)/);
    // no long-lived keys anywhere
    for (const name of files) expect(read(name)).not.toMatch(/AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|aws-access-key-id/);
  });

  it('shows `cdk diff` for every stage on pull requests, and deploys nothing until the repository opts in', () => {
    const deploy = workflow('deploy.yml');
    const diff = deploy.jobs.diff;

    expect(diff.strategy.matrix.stage).toEqual(Object.keys(stages));
    expect(diff.steps.at(-1).run).toMatch(/^npx cdk diff Storefront-\$\{\{ matrix\.stage \}\}( |$)/);
    expect(diff.if).toContain("github.event_name == 'pull_request'");
    for (const job of [diff, deploy.jobs.test]) expect(job.if).toContain("vars.DEPLOY_ENABLED == 'true'");
  });
});
