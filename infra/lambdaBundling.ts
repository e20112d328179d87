/**
 * How the GraphQL Lambda is bundled, in one place: the CDK construct (`GraphqlFunction`) turns
 * these settings into NodejsFunction bundling options, and `npm run bench` feeds the very same
 * settings to esbuild's API, so the bench measures what deploys.
 *
 * By default the asset is `index.js`, the esbuild bundle of `server/lambda.ts`, and
 * `exec-wrapper.sh`, which starts the runtime without `--expose-gc` (LAMBDA_EXEC_WRAPPER). With a
 * V8 code cache (opt-in, below) the bundle becomes:
 * - `index.js`: a small loader (the Lambda handler stays `index.handler`). It compiles `app.js`
 *   through `vm.Script` with `app.cache` as code cache, and re-exports its exports.
 * - `app.js`: the esbuild bundle.
 * - `app.cache`: V8 code cache of `app.js`, recorded after running the bundle's init and a few
 *   requests, so it also holds the functions a first request compiles; `app.cache.json` says
 *   which Node built it.
 *
 * V8 accepts a code cache only from the same Node release, the same CPU architecture and the
 * same V8 flags (heap sizes derived from the function's memory; the cache is recorded through the
 * exec wrapper, as the function runs). A cache built by any other Node is rejected: V8 then
 * compiles normally (slower, never wrong) and the loader logs a warning plus an EMF metric
 * `CodeCacheRejected`. That is why the
 * cache is opt-in for deploys: set `LAMBDA_CODE_CACHE_NODE` to a command that runs exactly the
 * runtime's Node release on arm64 (see docs/performance.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';

/** Node major of the Lambda runtime (`Runtime.NODEJS_24_X` in GraphqlFunction). */
export const LAMBDA_NODE_MAJOR = 24;

/** The bundled entry point, relative to the project root. */
export const LAMBDA_ENTRY = 'server/lambda.ts';

/**
 * One copy of Apollo in the bundle, its ES module build: TS `import`s resolve that build while the
 * Lambda integration `require`s the CJS one. The alias points at the directory, not its index.js,
 * so subpath imports (`@apollo/server/errors`, `/plugin/disabled`) resolve into the same build.
 *
 * ES modules rather than CommonJS: when a CommonJS file in the bundle `require`s an ES module,
 * esbuild hands it a copy of the module's whole namespace, one getter per export, made once per
 * requiring file. Apollo's CommonJS files (and the `@graphql-tools` CommonJS builds they load)
 * require graphql, whose namespace has 215 exports: 72 copies, 8,500 getters and ~12 ms of every
 * cold start. With Apollo's ES module build only the Lambda integration `require`s it. Relative
 * to the project root.
 */
export const APOLLO_DEDUPE = { '@apollo/server': './node_modules/@apollo/server/dist/esm' } as const;

/**
 * Apollo's usage reporting (and the inline traces of federated subgraphs) is never used: the
 * server installs their "Disabled" plugins. These packages (~140 KB minified with their protobuf
 * runtime) are replaced by a stub, so init does not parse them. Relative to the project root.
 */
export const APOLLO_REPORTING_STUBS = {
  '@apollo/usage-reporting-protobuf': './infra/bundleStubs/apolloUsageReporting.js',
  '@apollo/utils.usagereporting': './infra/bundleStubs/apolloUsageReporting.js',
} as const;

/**
 * Apollo hashes each request's query with `@apollo/utils.createhash`, which inside a bundle cannot
 * see `module.require` and falls back to a pure-JavaScript SHA-256 (sha.js). The replacement uses
 * Node's crypto. Relative to the project root.
 */
export const APOLLO_NATIVE_HASH = { '@apollo/utils.createhash': './infra/bundleStubs/apolloCreateHash.js' } as const;

/**
 * ElectroDB validates each model with `jsonschema` when its Entity is built, at every cold start
 * (~28 ms for our eight). The models are static code that every test builds with the real
 * validator, so the bundle carries a validator that only tells a model (a plain object) from an
 * Entity instance, the one answer ElectroDB's Service needs at run time. Relative to the project root.
 */
export const ELECTRODB_MODEL_VALIDATOR = { jsonschema: './infra/bundleStubs/electrodbModelValidator.js' } as const;

/**
 * The X-Ray SDK (under Powertools Tracer, loaded where the stage traces) keeps its current segment
 * with `cls-hooked`, which follows contexts through an async hook on every async resource of the
 * process: with tracing on, requests were 1.2–3.6 times slower (the most those that do the least).
 * The replacement keeps the API the SDK uses on Node's AsyncLocalStorage. A directory, so
 * `cls-hooked/context` resolves into it too. Relative to the project root.
 */
export const XRAY_CONTEXT = { 'cls-hooked': './infra/bundleStubs/clsHooked' } as const;

/** Repository root: relative alias targets below are relative to it, as esbuild resolves them from its working directory. */
const PROJECT_ROOT = path.resolve(__dirname, '..');

/** Directory of the package `name` as code in `from` resolves it. */
function packageDir(name: string, from: string): string {
  return path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
}

/** `./`-relative to the project root, with forward slashes (an esbuild alias target). */
function relativeToRoot(file: string): string {
  return `./${path.relative(PROJECT_ROOT, file).split(path.sep).join('/')}`;
}

/**
 * One copy of each `@graphql-tools` package Apollo uses, in its ES module build (as Apollo's, above):
 * - `@graphql-tools/schema`: the alias sends Apollo's import and the server's own
 *   (server/createServer.ts) to the ES module entry of the copy Apollo resolves.
 * - `@graphql-tools/utils`: `@graphql-tools/schema` and `@graphql-tools/merge` both need v12, while the
 *   hoisted copy is GraphQL Code Generator's v11, so npm nests a v12 under each of them and the
 *   bundle carried (and ran at init) two copies of the same release. The alias sends every import
 *   to the copy `@graphql-tools/schema` resolves.
 * Worked out from the installed packages, whatever npm hoisted. Relative to the project root.
 */
export const GRAPHQL_TOOLS_DEDUPE = graphqlToolsDedupe(path.dirname(require.resolve('@apollo/server')));

function graphqlToolsDedupe(apolloDir: string) {
  const schemaDir = packageDir('@graphql-tools/schema', apolloDir);
  const { module: esmEntry } = JSON.parse(fs.readFileSync(path.join(schemaDir, 'package.json'), 'utf8')) as { module: string };
  return {
    '@graphql-tools/schema': relativeToRoot(path.join(schemaDir, esmEntry)),
    '@graphql-tools/utils': relativeToRoot(packageDir('@graphql-tools/utils', schemaDir)),
  } as const;
}

/** esbuild settings of the bundle (besides entry, output and the always-on `bundle`). */
export const LAMBDA_ESBUILD = {
  platform: 'node',
  format: 'cjs',
  target: `node${LAMBDA_NODE_MAJOR}`,
  minify: true,
  // Off: keeping names wraps every function and class in a `__name()` call that runs when its
  // module loads (~20 ms of a cold start, 73 KB). Where a class name matters it is spelled out:
  // our error classes set `name` themselves (server/errors.ts), and the DynamoDB client is given
  // a logger (data/client.ts), so the SDK's comparisons of `logger.constructor.name` with
  // "NoOpLogger" do not decide where its warnings go. Apollo's internal error classes
  // (`this.constructor.name`) get minified names; they carry codes and are never logged in full.
  keepNames: false,
  // Off: `--enable-source-maps` costs ~30 ms of init; errors are mapped by the log reader instead.
  sourcemap: false,
  // ESM entry points where packages have them (the AWS SDK): smaller and faster to load than CJS.
  mainFields: ['module', 'main'],
  // `import()` compiled to `require`: the SDK's HTTP handler loads `node:http` with `await import()`
  // on its first request, which starts Node's ESM loader and builds an ES module facade of
  // `node:http`, whose lazy getters load Node's bundled undici (33 ms of a cold start's first request in a profile).
  supported: { 'dynamic-import': false },
  alias: {
    ...APOLLO_DEDUPE,
    ...GRAPHQL_TOOLS_DEDUPE,
    ...APOLLO_REPORTING_STUBS,
    ...APOLLO_NATIVE_HASH,
    ...ELECTRODB_MODEL_VALIDATOR,
    ...XRAY_CONTEXT,
  },
} as const;

/** esbuild API options that build the same bundle NodejsFunction builds (into `outfile`). */
export function lambdaEsbuildOptions(projectRoot: string, outfile: string): BuildOptions {
  return {
    entryPoints: [`${projectRoot}/${LAMBDA_ENTRY}`],
    absWorkingDir: projectRoot,
    bundle: true,
    outfile,
    platform: LAMBDA_ESBUILD.platform,
    format: LAMBDA_ESBUILD.format,
    target: LAMBDA_ESBUILD.target,
    minify: LAMBDA_ESBUILD.minify,
    keepNames: LAMBDA_ESBUILD.keepNames,
    sourcemap: LAMBDA_ESBUILD.sourcemap,
    mainFields: [...LAMBDA_ESBUILD.mainFields],
    supported: { ...LAMBDA_ESBUILD.supported },
    alias: { ...LAMBDA_ESBUILD.alias },
    logLevel: 'warning',
  };
}

/** The same settings as NodejsFunction `bundling` props (esbuild CLI flags where there is no prop). */
export function nodejsFunctionEsbuildProps(): {
  target: string;
  minify: boolean;
  keepNames: boolean;
  sourceMap: boolean;
  mainFields: string[];
  bundleAwsSDK: boolean;
  esbuildArgs: Record<string, string>;
} {
  return {
    target: LAMBDA_ESBUILD.target,
    minify: LAMBDA_ESBUILD.minify,
    keepNames: LAMBDA_ESBUILD.keepNames,
    sourceMap: LAMBDA_ESBUILD.sourcemap,
    mainFields: [...LAMBDA_ESBUILD.mainFields],
    // Bundle the SDK version the code was tested with instead of whatever the runtime carries.
    bundleAwsSDK: true,
    esbuildArgs: {
      ...Object.fromEntries(Object.entries(LAMBDA_ESBUILD.supported).map(([feature, on]) => [`--supported:${feature}`, String(on)])),
      ...Object.fromEntries(Object.entries(LAMBDA_ESBUILD.alias).map(([name, target]) => [`--alias:${name}`, target])),
    },
  };
}

/**
 * The exec wrapper (`AWS_LAMBDA_EXEC_WRAPPER`) shipped next to the bundle: Lambda hands it the
 * runtime's command line and it runs the same command without `--expose-gc`, so Node keeps the code
 * cache built into its binary for its own modules (infra/lambdaExecWrapper.sh says why).
 */
export const LAMBDA_EXEC_WRAPPER = {
  /** The script, relative to the project root. */
  source: 'infra/lambdaExecWrapper.sh',
  /** Its name in the asset. */
  assetName: 'exec-wrapper.sh',
  /** Its path in the function's execution environment (the asset is unpacked in `/var/task`). */
  lambdaPath: '/var/task/exec-wrapper.sh',
} as const;

/**
 * The V8 flags the Lambda Node.js runtime starts Node with for a given memory size (its bootstrap
 * script: new space = memory / 10, semi space = half of it, old space = the rest), before the
 * exec wrapper above drops `--expose-gc`. The code cache is recorded through that wrapper, so with
 * the flags the function really runs with.
 */
export function lambdaNodeFlags(memoryMb: number): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return ['--expose-gc', `--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memoryMb - newSpace}`];
}

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

/**
 * `index.js` of the asset. Plain CommonJS, Node built-ins only. A missing cache means "none";
 * a rejected one is logged (with what this process runs, to compare with what built the cache)
 * and counted as the EMF metric `Storefront/CodeCacheRejected`; it never stops the function.
 */
export const LOADER_SOURCE = `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const filename = path.join(__dirname, 'app.js');
let cachedData;
try { cachedData = fs.readFileSync(path.join(__dirname, 'app.cache')); } catch { cachedData = undefined; }
const source = fs.readFileSync(filename, 'utf8');
// The bundle has no import() (LAMBDA_ESBUILD.supported), so the script needs no module loader.
const script = new vm.Script(Module.wrap(source), { filename, cachedData });
if (cachedData && script.cachedDataRejected) {
  let built = {};
  try { built = JSON.parse(fs.readFileSync(path.join(__dirname, 'app.cache.json'), 'utf8')); } catch {}
  process.stdout.write(JSON.stringify({
    level: 'WARN',
    message: 'V8 code cache rejected; app.js compiled without it (slower cold start, same behaviour)',
    service: process.env.POWERTOOLS_SERVICE_NAME,
    codeCache: { builtWith: built, runtime: { node: process.version, v8: process.versions.v8, arch: process.arch, execArgv: process.execArgv } },
    _aws: { Timestamp: Date.now(), CloudWatchMetrics: [{ Namespace: 'Storefront', Dimensions: [[]], Metrics: [{ Name: 'CodeCacheRejected', Unit: 'Count' }] }] },
    CodeCacheRejected: 1,
  }) + '\\n');
}
const app = new Module(filename, module);
app.filename = filename;
app.paths = Module._nodeModulePaths(__dirname);
script.runInThisContext()(app.exports, Module.createRequire(filename), app, filename, __dirname);
app.loaded = true;
module.exports = app.exports;
`;

/**
 * Run by the runtime's Node with the runtime's V8 flags: loads \`app.js\` exactly as the loader
 * does, sends a warm-up ping and CODE_CACHE_QUERIES (DynamoDB answered by an empty local stub),
 * then writes \`app.cache\` and \`app.cache.json\`. Arguments: asset directory, settings JSON.
 */
export const CODE_CACHE_GENERATOR_SOURCE = `'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const [dir, settingsJson] = process.argv.slice(2);
const settings = JSON.parse(settingsJson);
const EMPTY = { Query: { Items: [], Count: 0, ScannedCount: 0 }, GetItem: {}, BatchGetItem: { Responses: {}, UnprocessedKeys: {} } };
const stub = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const op = String(req.headers['x-amz-target'] || '').split('.').pop();
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
    res.end(JSON.stringify(EMPTY[op] || {}));
  });
});
stub.listen(0, '127.0.0.1', async () => {
  Object.assign(process.env, settings.env, { DYNAMODB_ENDPOINT: 'http://127.0.0.1:' + stub.address().port });
  const filename = path.join(dir, 'app.js');
  const source = fs.readFileSync(filename, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename });
  const app = new Module(filename, module);
  app.filename = filename;
  app.paths = Module._nodeModulePaths(dir);
  script.runInThisContext()(app.exports, Module.createRequire(filename), app, filename, dir);
  const context = { awsRequestId: 'code-cache', functionName: 'code-cache', getRemainingTimeInMillis: () => 15000 };
  const handler = app.exports.handler;
  await handler({ warmer: true }, context);
  for (const query of settings.queries) {
    const body = JSON.stringify({ query, variables: { id: 'code-cache' } });
    const headers = { 'Content-Type': 'application/json', Origin: settings.env.CORS_ORIGINS };
    await handler({
      resource: '/graphql', path: '/graphql', httpMethod: 'POST', headers,
      multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
      queryStringParameters: null, multiValueQueryStringParameters: null, pathParameters: null, stageVariables: null,
      requestContext: { requestId: 'code-cache', httpMethod: 'POST', path: '/graphql', stage: 'code-cache', identity: { sourceIp: '127.0.0.1' } },
      body, isBase64Encoded: false,
    }, context);
  }
  fs.writeFileSync(path.join(dir, 'app.cache'), script.createCachedData());
  fs.writeFileSync(path.join(dir, 'app.cache.json'), JSON.stringify({ node: process.version, v8: process.versions.v8, arch: process.arch, execArgv: process.execArgv }));
  process.exit(0);
});
`;

export interface CodeCacheSettings {
  /** Command (argv) that runs the runtime's exact Node, e.g. ['qemu-aarch64', '-L', '/usr/aarch64-linux-gnu', '/opt/node-24.x-arm64/bin/node']. */
  readonly node: readonly string[];
  /** V8 flags Lambda passes to Node (lambdaNodeFlags(memoryMb)); the exec wrapper filters them as on Lambda. */
  readonly flags: readonly string[];
}

/**
 * Turns esbuild's `index.js` in `dir` into the code-cache layout (app.js + loader index.js) and
 * records app.cache with the given Node. Plain JS with Node built-ins, so CDK runs it as a
 * bundling command hook (`node -e`), and the bench runs the very same code.
 */
export const FINALIZE_SOURCE = `'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const [dir, optionsJson] = process.argv.slice(1).filter((arg) => arg !== '-e' && arg !== '--');
const options = JSON.parse(optionsJson);
fs.renameSync(path.join(dir, 'index.js'), path.join(dir, 'app.js'));
fs.writeFileSync(path.join(dir, 'index.js'), options.loader);
{
  const generator = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-')), 'generate.cjs');
  fs.writeFileSync(generator, options.generator);
  // through the asset's exec wrapper, as Lambda starts the runtime: the cache must match the flags it leaves
  const wrapper = path.join(dir, options.wrapper);
  const run = spawnSync(wrapper, [...options.codeCache.node, ...options.codeCache.flags, generator, dir, JSON.stringify({ env: options.env, queries: options.queries })], { stdio: 'inherit', timeout: 300000 });
  fs.rmSync(path.dirname(generator), { recursive: true, force: true });
  if (run.status !== 0 || !fs.existsSync(path.join(dir, 'app.cache'))) {
    throw new Error('V8 code cache generation failed (status ' + run.status + (run.error ? ', ' + run.error.message : '') + ')');
  }
}
`;

/** Arguments for FINALIZE_SOURCE after the directory. */
export function finalizeOptionsJson(codeCache: CodeCacheSettings): string {
  return JSON.stringify({
    loader: LOADER_SOURCE,
    generator: CODE_CACHE_GENERATOR_SOURCE,
    env: CODE_CACHE_ENV,
    queries: CODE_CACHE_QUERIES,
    wrapper: LAMBDA_EXEC_WRAPPER.assetName,
    codeCache,
  });
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
    commands.push(['node', '-e', shellQuote(FINALIZE_SOURCE), '--', shellQuote(outputDir), shellQuote(finalizeOptionsJson(codeCache))].join(' '));
  }
  return commands;
}
