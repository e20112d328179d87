/**
 * The esbuild settings of the GraphQL Lambda, in one place: the CDK construct (`GraphqlFunction`)
 * turns them into NodejsFunction bundling options, and `npm run bench` feeds the very same
 * settings to esbuild's API, so the bench measures what deploys. Each replacement of a package's
 * internals lives in `stubs/` and names the release it mirrors (tests/infra/bundleStubs.test.ts).
 *
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { PROJECT_ROOT } from '../projectRoot';

/** Node major of the Lambda runtime (`Runtime.NODEJS_24_X` in infra/constructs/projectFunction.ts). */
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
 * require graphql, whose namespace has 215 exports: a copy per requiring file, built at every
 * cold start. With Apollo's ES module build only the Lambda integration `require`s it. Relative
 * to the project root.
 */
export const APOLLO_DEDUPE = { '@apollo/server': './node_modules/@apollo/server/dist/esm' } as const;

/**
 * Apollo's usage reporting (and the inline traces of federated subgraphs) is never used: the
 * server installs their "Disabled" plugins. These packages (with their protobuf runtime) are replaced by a stub, so init does not parse them. Relative to the project root.
 */
export const APOLLO_REPORTING_STUBS = {
  '@apollo/usage-reporting-protobuf': './infra/bundle/stubs/apolloUsageReporting.js',
  '@apollo/utils.usagereporting': './infra/bundle/stubs/apolloUsageReporting.js',
} as const;

/**
 * Apollo hashes each request's query with `@apollo/utils.createhash`, which inside a bundle cannot
 * see `module.require` and falls back to a pure-JavaScript SHA-256 (sha.js). The replacement uses
 * Node's crypto. Relative to the project root.
 */
export const APOLLO_NATIVE_HASH = { '@apollo/utils.createhash': './infra/bundle/stubs/apolloCreateHash.js' } as const;

/**
 * ElectroDB validates each model with `jsonschema` when its Entity is built, at every cold start. The models are static code that every test builds with the real
 * validator, so the bundle carries a validator that only tells a model (a plain object) from an
 * Entity instance, the one answer ElectroDB's Service needs at run time. Relative to the project root.
 */
export const ELECTRODB_MODEL_VALIDATOR = { jsonschema: './infra/bundle/stubs/electrodbModelValidator.js' } as const;

/**
 * The X-Ray SDK (under Powertools Tracer, loaded where the stage traces) keeps its current segment
 * with `cls-hooked`, which follows contexts through an async hook on every async resource of the
 * process: with tracing on, every request paid for it (the most those that do the least).
 * The replacement keeps the API the SDK uses on Node's AsyncLocalStorage. A directory, so
 * `cls-hooked/context` resolves into it too. Relative to the project root.
 */
export const XRAY_CONTEXT = { 'cls-hooked': './infra/bundle/stubs/clsHooked' } as const;

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
  // module loads. Where a class name matters it is spelled out:
  // our error classes set `name` themselves (core/errors.ts), and the DynamoDB client is given
  // a logger (data/client.ts), so the SDK's comparisons of `logger.constructor.name` with
  // "NoOpLogger" do not decide where its warnings go. Apollo's internal error classes
  // (`this.constructor.name`) get minified names; they carry codes and are never logged in full.
  keepNames: false,
  // The map goes beside the bundle (`index.js.map`, no `sourceMappingURL` comment), so Node never
  // reads it: `npm run trace` maps a logged stack with it (docs/operations.md). Without the sources'
  // text, which the trace reads from the checkout.
  sourcemap: 'external',
  sourcesContent: false,
  // ESM entry points where packages have them (the AWS SDK): smaller and faster to load than CJS.
  mainFields: ['module', 'main'],
  // `import()` compiled to `require`: the SDK's HTTP handler loads `node:http` with `await import()`
  // on its first request, which starts Node's ESM loader and builds an ES module facade of
  // `node:http`, whose lazy getters load Node's bundled undici, on the first request.
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
    sourcesContent: LAMBDA_ESBUILD.sourcesContent,
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
  sourceMapMode: SourceMapMode;
  sourcesContent: boolean;
  mainFields: string[];
  bundleAwsSDK: boolean;
  esbuildArgs: Record<string, string>;
} {
  return {
    target: LAMBDA_ESBUILD.target,
    minify: LAMBDA_ESBUILD.minify,
    keepNames: LAMBDA_ESBUILD.keepNames,
    sourceMap: true,
    sourceMapMode: SourceMapMode.EXTERNAL,
    sourcesContent: LAMBDA_ESBUILD.sourcesContent,
    mainFields: [...LAMBDA_ESBUILD.mainFields],
    // Bundle the SDK version the code was tested with instead of whatever the runtime carries.
    bundleAwsSDK: true,
    esbuildArgs: {
      ...Object.fromEntries(Object.entries(LAMBDA_ESBUILD.supported).map(([feature, on]) => [`--supported:${feature}`, String(on)])),
      ...Object.fromEntries(Object.entries(LAMBDA_ESBUILD.alias).map(([name, target]) => [`--alias:${name}`, target])),
    },
  };
}
