/**
 * The opt-in V8 code cache of the asset. With it the asset becomes:
 * - `index.js`: the loader (codeCache/loader.cjs; the Lambda handler stays `index.handler`). It
 *   compiles `app.js` through `vm.Script` with `app.cache` as code cache, and re-exports its exports.
 * - `app.js`: the esbuild bundle.
 * - `app.cache`: V8 code cache of `app.js`, recorded (codeCache/recordCodeCache.cjs) after running
 *   the bundle's init and a few requests, so it also holds the functions a first request
 *   compiles; `app.cache.json` says which Node built it.
 *
 * V8 accepts a code cache only from the same Node release, the same CPU architecture and the
 * same V8 flags (heap sizes derived from the function's memory; the cache is recorded through the
 * exec wrapper, as the function runs). A cache built by any other Node is rejected: V8 then
 * compiles normally (slower, never wrong) and the loader logs a warning plus an EMF metric
 * `CodeCacheRejected`. That is why the cache is opt-in for deploys: set `LAMBDA_CODE_CACHE_NODE`
 * to a command that runs exactly the runtime's Node release on arm64 (see docs/performance.md).
 */
import * as path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';
import { LAMBDA_EXEC_WRAPPER, lambdaNodeFlags } from './execWrapper';

/** The programs of the code-cache step, relative to the project root. */
const PROGRAMS = {
  loader: 'infra/bundle/codeCache/loader.cjs',
  recorder: 'infra/bundle/codeCache/recordCodeCache.cjs',
  finalize: 'infra/bundle/codeCache/finalize.cjs',
} as const;

/** Environment the code-cache run gives the bundle: enough configuration to build everything, no AWS. */
export const CODE_CACHE_ENV: Readonly<Record<string, string>> = {
  TABLE_NAME: 'code-cache',
  CORS_ORIGINS: 'https://code-cache.invalid',
  INTROSPECTION: 'false',
  AUTH_ISSUER: 'https://code-cache.invalid',
  AUTH_CLIENT_ID: 'code-cache',
  AUTH_JWKS: '{"keys":[]}',
  CURSOR_SECRET: 'code-cache-cursor-secret-not-used-anywhere',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'code-cache',
  AWS_SECRET_ACCESS_KEY: 'code-cache',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
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
 * The code-cache settings for a deploy, from the environment: `LAMBDA_CODE_CACHE_NODE` is the
 * command (space-separated) that runs the exact Node release of the Lambda runtime on arm64.
 * Unset: no code cache.
 */
export function codeCacheFromEnvironment(memoryMb: number, env: NodeJS.ProcessEnv = process.env): CodeCacheSettings | undefined {
  const command = env.LAMBDA_CODE_CACHE_NODE?.trim();
  if (!command) return undefined;
  return { node: command.split(/\s+/), flags: lambdaNodeFlags(memoryMb) };
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
