import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import {
  LAMBDA_ESBUILD,
  LAMBDA_EXEC_WRAPPER,
  afterBundlingCommands,
  lambdaEsbuildOptions,
  codeCacheForStage,
  lambdaNodeFlags,
  type CodeCacheSettings,
  type NodeArch,
} from '../infra/bundle';
import { stages } from '../infra/stages';
import { BENCH_NODE_CACHE, lambdaRuntimeNode } from './lib/lambdaRuntimeNode';
import { BUILD_DIR, PROJECT_ROOT } from './lib/paths';

/** Memory of the measured function (prod): decides the V8 flags Lambda starts Node with. */
export const MEMORY_MB = stages.prod.memoryMb;
/**
 * The Node the bench runs children with (and records the code cache with): BENCH_NODE if set, else
 * a Node of the Lambda runtime's major version (bench/lib/lambdaRuntimeNode.ts), else this one.
 */
export const BENCH_NODE = process.env.BENCH_NODE || lambdaRuntimeNode((message) => process.stderr.write(`[bench] ${message}\n`)) || process.execPath;
export const NODE_FLAGS = lambdaNodeFlags(MEMORY_MB);

/** The code cache of a stage pinned to BENCH_NODE's release; recorded by BENCH_NODE itself when that is not an official build. */
function pinnedCodeCache(): CodeCacheSettings {
  const official = !process.env.BENCH_NODE && BENCH_NODE !== process.execPath;
  if (!official) return { node: [BENCH_NODE], flags: NODE_FLAGS };
  const nodeVersion = execFileSync(BENCH_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  return codeCacheForStage({ memoryMb: MEMORY_MB, pinnedRuntime: { nodeVersion } }, process.arch as NodeArch, { cacheDir: BENCH_NODE_CACHE })!;
}

export interface Built {
  /** Module path of each handler variant (`require(path).handler`). */
  readonly prod: string;
  readonly prodCodeCache: string;
  readonly unbundled: string;
  readonly naive: string;
  /** (b) with the production bundle's settings and exec wrapper. */
  readonly naiveTuned: string;
  /** Bundle exporting `ours`, `bare` and `recordingClient` (bench/entries/warm.ts). */
  readonly warm: string;
  readonly sizes: Record<string, { bytes: number; gzipBytes: number }>;
  /** The production asset (bundle, its source map, exec wrapper) as the zip CDK uploads. */
  readonly prodAssetZipBytes: number;
  readonly buildMs: number;
  readonly prodMetafile: Metafile;
}

const out = (...parts: string[]) => path.join(BUILD_DIR, ...parts);

async function bundle(options: BuildOptions): Promise<Metafile> {
  fs.mkdirSync(path.dirname(options.outfile!), { recursive: true });
  const result = await build({ ...options, metafile: true, logLevel: 'error' });
  return result.metafile!;
}

/**
 * An asset as CDK builds it: the bundle, then NodejsFunction's `afterBundling` commands (the exec
 * wrapper; the code cache when given). Returns the bundle's metafile.
 */
export async function buildAsset(options: BuildOptions, codeCache?: CodeCacheSettings): Promise<Metafile> {
  const metafile = await bundle(options);
  for (const command of afterBundlingCommands(path.dirname(options.outfile!), codeCache)) {
    execFileSync('bash', ['-c', command], { stdio: 'inherit', cwd: PROJECT_ROOT });
  }
  return metafile;
}

/** The exec wrapper of the asset whose handler module is `module` (Lambda starts the runtime through it). */
export const execWrapperOf = (module: string) => path.join(path.dirname(module), LAMBDA_EXEC_WRAPPER.assetName);

const size = (file: string) => {
  const bytes = fs.readFileSync(file);
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
};

/**
 * The files of an asset directory and what the zip CDK uploads weighs: each file deflated (level 9)
 * plus the zip's headers (local and central, with the file's name, and the end record).
 */
export function assetSize(dir: string): { files: Record<string, number>; zipBytes: number } {
  const files: Record<string, number> = {};
  let zipBytes = 22;
  for (const name of fs.readdirSync(dir).sort()) {
    const bytes = fs.readFileSync(path.join(dir, name));
    files[name] = bytes.length;
    zipBytes += deflateRawSync(bytes, { level: 9 }).length + 30 + 46 + 2 * Buffer.byteLength(name);
  }
  return { files, zipBytes };
}

/**
 * Builds everything the bench measures:
 * - prod: exactly the CDK asset (infra/bundle/ settings, no code cache): the bundle, its source
 *   map and the exec wrapper, copied by the CDK hook's commands;
 * - prodCodeCache: the asset of a stage that pins its runtime to BENCH_NODE's release, built as CDK
 *   builds it (codeCacheForStage: the official build of that release for this machine, Lambda's
 *   flags, through the wrapper), so the cache matches the children;
 * - unbundled, baseline (a): our code transpiled, every package `require`d from node_modules;
 * - naive, baseline (b): bench/baselines/naive.ts bundled the straightforward way;
 * - naiveTuned: the same entry built and started as ours is (a floor for ours);
 * - warm: bench/entries/warm.ts with the production settings.
 */
export async function buildAll(): Promise<Built> {
  const started = performance.now();
  fs.rmSync(BUILD_DIR, { recursive: true, force: true });

  const prodMetafile = await buildAsset(lambdaEsbuildOptions(PROJECT_ROOT, out('prod', 'index.js')));
  await buildAsset(lambdaEsbuildOptions(PROJECT_ROOT, out('prod-code-cache', 'index.js')), pinnedCodeCache());

  // (a) the same handler, unbundled: our TypeScript transpiled into one file, packages external,
  // so Node loads every dependency from node_modules as it would without a bundler.
  await bundle({
    entryPoints: [path.join(PROJECT_ROOT, 'server', 'lambda.ts')],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: LAMBDA_ESBUILD.target,
    outfile: out('unbundled', 'index.js'),
  });

  // (b) the straightforward bundle: esbuild defaults for Node plus minify, nothing else.
  await bundle({
    entryPoints: [path.join(PROJECT_ROOT, 'bench', 'baselines', 'naive.ts')],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: LAMBDA_ESBUILD.target,
    minify: true,
    outfile: out('naive', 'index.js'),
  });

  // (b) built as ours is: the same trivial app with every setting of the production bundle, started
  // through the exec wrapper. What bundling alone can make of this dependency set: a floor for ours,
  // which adds the real schema, eight entities, the verifier, Metrics, the Tracer and the settings store.
  await buildAsset({
    ...lambdaEsbuildOptions(PROJECT_ROOT, out('naive-tuned', 'index.js')),
    entryPoints: [path.join(PROJECT_ROOT, 'bench', 'baselines', 'naive.ts')],
  });

  await buildWarmBundle(PROJECT_ROOT, out('warm', 'index.js'));

  // the payment webhook function, a bundle of its own (the `stripe` package is in it, never in the API's)
  await buildAsset({
    ...lambdaEsbuildOptions(PROJECT_ROOT, out('webhooks', 'index.js')),
    entryPoints: [path.join(PROJECT_ROOT, 'webhooks', 'lambda.ts')],
  });

  return {
    prod: out('prod', 'index.js'),
    prodCodeCache: out('prod-code-cache', 'index.js'),
    unbundled: out('unbundled', 'index.js'),
    naive: out('naive', 'index.js'),
    naiveTuned: out('naive-tuned', 'index.js'),
    warm: out('warm', 'index.js'),
    sizes: {
      prod: size(out('prod', 'index.js')),
      prodMap: size(out('prod', 'index.js.map')),
      naive: size(out('naive', 'index.js')),
      naiveTuned: size(out('naive-tuned', 'index.js')),
      codeCache: size(out('prod-code-cache', 'app.cache')),
      codeCacheLoader: size(out('prod-code-cache', 'index.js')),
      webhooks: size(out('webhooks', 'index.js')),
    },
    prodAssetZipBytes: assetSize(out('prod')).zipBytes,
    buildMs: performance.now() - started,
    prodMetafile,
  };
}

/**
 * The warm bundle (bench/entries/warm.ts) of the tree at `root`, built with that tree's own
 * infra/bundle/ (bench:compare builds other revisions' trees this way).
 */
export async function buildWarmBundle(root: string, outfile: string): Promise<void> {
  // where the tree keeps its esbuild settings: infra/bundle/ now, infra/lambdaBundling.ts in older revisions
  const settings = [path.join(root, 'infra', 'bundle', 'index.ts'), path.join(root, 'infra', 'lambdaBundling.ts')].find((file) =>
    fs.existsSync(file),
  )!;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the tree's own settings, loaded at run time
  const bundling = require(settings) as {
    lambdaEsbuildOptions: (root: string, outfile: string) => BuildOptions;
  };
  await bundle({ ...bundling.lambdaEsbuildOptions(root, outfile), entryPoints: [path.join(root, 'bench', 'entries', 'warm.ts')] });
}

/** The bundle among a build's outputs (the other is its source map). */
export function bundleOutput(metafile: Metafile): Metafile['outputs'][string] {
  return Object.entries(metafile.outputs).find(([file]) => file.endsWith('.js'))![1];
}

/** Minified bytes per package in the production bundle, largest first. */
export function packageSizes(metafile: Metafile, top = 12): Array<{ name: string; bytes: number }> {
  const output = bundleOutput(metafile);
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    // the innermost package: a copy npm nested under another package counts under its own name
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
    const name = match ? match[1]! : `(ours) ${input.split('/')[0]}`;
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return [...byPackage]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

if (require.main === module) {
  buildAll().then((built) => console.log(JSON.stringify({ ...built, prodMetafile: undefined }, null, 2)));
}
