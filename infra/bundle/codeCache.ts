/**
 * The V8 code cache of the asset of a stage that pins its runtime. With it the asset becomes:
 * - `index.js`: the loader (codeCache/loader.cjs; the Lambda handler stays `index.handler`). It
 *   compiles `app.js` through `vm.Script` with `app.cache` as code cache, and re-exports its exports.
 * - `app.js`: the esbuild bundle, and `app.js.map` its source map (read by `npm run trace`, never by the function).
 * - `app.cache`: V8 code cache of `app.js`, recorded (codeCache/recordCodeCache.cjs) after running
 *   the bundle's init and a few requests, so it also holds the functions a first request
 *   compiles; `app.cache.json` says which Node built it.
 *
 * V8 accepts a code cache only from the same Node release, the same CPU architecture and the
 * same V8 flags (heap sizes derived from the function's memory; the cache is recorded through the
 * exec wrapper, as the function runs). A cache built by any other Node is rejected: V8 then
 * compiles normally (slower, never wrong) and the loader logs a warning plus an EMF metric
 * `CodeCacheRejected`. That is why only a stage that pins its runtime version (`pinnedRuntime`)
 * ships a cache, recorded by the official build of the Node release that version runs.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { apiEnvironment } from '../../runtime/env/apiEnvironment';
import { PROJECT_ROOT } from '../projectRoot';
import { lambdaEsbuildOptions, nodejsFunctionEsbuildProps } from './esbuildOptions';
import { LAMBDA_EXEC_WRAPPER, lambdaNodeFlags } from './execWrapper';
import { officialNodeCommand, type NodeArch, type OfficialNodeRequest } from './officialNode';

/** The programs of the code-cache step, relative to the project root. */
const PROGRAMS = {
  loader: 'infra/bundle/codeCache/loader.cjs',
  recorder: 'infra/bundle/codeCache/recordCodeCache.cjs',
  finalize: 'infra/bundle/codeCache/finalize.cjs',
} as const;

/** Environment the code-cache run gives the bundle: enough configuration to build everything, no AWS. */
export const CODE_CACHE_ENV: Readonly<Record<string, string>> = {
  ...apiEnvironment({
    region: 'us-east-1',
    tableName: 'code-cache',
    corsOrigins: ['https://code-cache.invalid'],
    introspection: false,
    auth: { kind: 'local', issuer: 'https://code-cache.invalid', clientId: 'code-cache', jwks: { keys: [] } },
    cursorKey: { kind: 'static', secret: 'code-cache-cursor-secret-not-used-anywhere' },
    logLevel: 'ERROR',
  }),
  AWS_ACCESS_KEY_ID: 'code-cache',
  AWS_SECRET_ACCESS_KEY: 'code-cache',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** GraphQL documents sent while the code cache is recorded, so the first real request finds its functions compiled. */
export const CODE_CACHE_QUERIES: readonly string[] = [
  '{ __typename }',
  '{ categories { id name slug } }',
  'query($id: ID!) { products(categoryId: $id, first: 10) { edges { cursor node { id sku name price { amount currency } rating { average count } category { slug } } } pageInfo { hasNextPage endCursor } } }',
  'query($id: ID!) { product(id: $id) { id name description stock price { amount currency } rating { average count } reviews(first: 5) { edges { node { rating title createdAt } } pageInfo { hasNextPage } } } }',
];

export interface CodeCacheSettings {
  /** Command (argv) that runs the runtime's exact Node, e.g. ['qemu-aarch64', '-L', '/usr/aarch64-linux-gnu', '/opt/node-24.x-arm64/bin/node']. */
  readonly node: readonly string[];
  /** V8 flags Lambda passes to Node (lambdaNodeFlags(memoryMb)); the exec wrapper filters them as on Lambda. */
  readonly flags: readonly string[];
}

/**
 * The code-cache settings of a stage: none unless it pins its runtime; then the official Node build
 * of the pinned release for the function's architecture (fetched from the npm registry, run under
 * qemu on another architecture) with the stage's Lambda flags. Throws OfficialNodeError, with what
 * to fix, when that Node cannot be obtained or run.
 */
export function codeCacheForStage(
  { memoryMb, pinnedRuntime }: { readonly memoryMb: number; readonly pinnedRuntime?: { readonly nodeVersion: string } },
  arch: NodeArch,
  options: Omit<OfficialNodeRequest, 'version' | 'arch'> = {},
): CodeCacheSettings | undefined {
  if (!pinnedRuntime) return undefined;
  return { node: officialNodeCommand({ ...options, version: pinnedRuntime.nodeVersion, arch }), flags: lambdaNodeFlags(memoryMb) };
}

/** The bundle's code, built once per synth however many pinned stages there are. */
const bundleDigests = new Map<string, string>();
function bundleDigest(projectRoot: string): string {
  let digest = bundleDigests.get(projectRoot);
  if (!digest) {
    const built = buildSync({ ...lambdaEsbuildOptions(projectRoot, path.join(projectRoot, 'code-cache-hash.js')), write: false, logLevel: 'error' });
    const hash = createHash('sha256');
    for (const file of built.outputFiles) hash.update(file.contents);
    digest = hash.digest('hex');
    bundleDigests.set(projectRoot, digest);
  }
  return digest;
}

/**
 * The asset hash of a stage that ships a code cache. V8 writes a different cache on every
 * recording, so hashing the asset's output would publish a new version on every deploy; this hash
 * covers what the asset is made of instead: the bundle's code (built here with the same esbuild
 * settings), the bundling settings, the loader, recorder and exec wrapper, the recording's
 * requests and environment, and the Node release, architecture and flags that record the cache.
 */
export function codeCacheAssetHash(projectRoot: string, nodeVersion: string, arch: NodeArch, memoryMb: number): string {
  const hash = createHash('sha256');
  hash.update(bundleDigest(projectRoot));
  for (const program of [...Object.values(PROGRAMS), LAMBDA_EXEC_WRAPPER.source]) hash.update(fs.readFileSync(path.join(projectRoot, program)));
  hash.update(
    JSON.stringify({
      esbuild: nodejsFunctionEsbuildProps(),
      queries: CODE_CACHE_QUERIES,
      env: CODE_CACHE_ENV,
      nodeVersion,
      arch,
      flags: lambdaNodeFlags(memoryMb),
    }),
  );
  return hash.digest('hex');
}

/** POSIX shell quoting for the bundling command hook. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * NodejsFunction `afterBundling` commands: the exec wrapper copied into the asset (executable;
 * CDK keeps file modes in the asset zip), then the code-cache step when configured.
 */
export function afterBundlingCommands(outputDir: string, codeCache: CodeCacheSettings | undefined): string[] {
  const wrapper = shellQuote(path.join(outputDir, LAMBDA_EXEC_WRAPPER.assetName));
  const commands = [`cp ${shellQuote(path.join(PROJECT_ROOT, LAMBDA_EXEC_WRAPPER.source))} ${wrapper}`, `chmod 755 ${wrapper}`];
  if (codeCache) {
    const options = {
      loader: path.join(PROJECT_ROOT, PROGRAMS.loader),
      recorder: path.join(PROJECT_ROOT, PROGRAMS.recorder),
      env: CODE_CACHE_ENV,
      queries: CODE_CACHE_QUERIES,
      wrapper: LAMBDA_EXEC_WRAPPER.assetName,
      codeCache,
    };
    commands.push(
      ['node', shellQuote(path.join(PROJECT_ROOT, PROGRAMS.finalize)), shellQuote(outputDir), shellQuote(JSON.stringify(options))].join(' '),
    );
  }
  return commands;
}
