/**
 * `npx tsx bench/ablation.ts`: what each bundling technique buys. Builds the production bundle
 * with one technique undone at a time and measures cold start (spawn → first response) and load
 * time of all variants interleaved in one run. The figures in docs/performance.md come from here.
 * Source maps have their own comparison: bench/sourceMaps.ts. Options: BENCH_COLD_ROUNDS (default 15),
 * BENCH_ABLATION (only the variants whose names contain one of these comma-separated parts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { lambdaEsbuildOptions, type CodeCacheSettings } from '../infra/bundle';
import { createSigningKey } from '../local/localAuth';
import { graphqlEvent } from '../tests/helpers/apiGatewayEvent';
import { BENCH_NODE, NODE_FLAGS, buildAsset, bundleOutput, execWrapperOf } from './build';
import { measureColdStarts, type ColdVariant } from './coldStart';
import { startBenchDynamo } from './lib/dynamo';
import { BENCH_API, BENCH_ORIGIN, benchSetting, handlerEnv } from './lib/env';
import { CATEGORIES_QUERY } from './lib/operations';
import { BUILD_DIR, PROJECT_ROOT, RESULTS_DIR } from './lib/paths';

const ROUNDS = benchSetting('BENCH_COLD_ROUNDS', 15);
/** BENCH_ABLATION: comma-separated parts of variant names to measure (with production and the bare node), for more rounds of fewer. */
const ONLY = process.env.BENCH_ABLATION?.split(',')
  .map((part) => part.trim().toLowerCase())
  .filter(Boolean);
const chosen = (name: string) => !ONLY || ONLY.some((part) => name.toLowerCase().includes(part));

const VARIANTS: Record<string, (options: BuildOptions) => BuildOptions> = {
  production: (options) => options,
  'Apollo twice (no dedupe alias)': (options) => ({ ...options, alias: without(options.alias, '@apollo/server') }),
  "Apollo's CommonJS build": (options) => ({ ...options, alias: { ...options.alias, '@apollo/server': './node_modules/@apollo/server/dist/cjs' } }),
  '@graphql-tools/utils twice': (options) => ({ ...options, alias: without(options.alias, '@graphql-tools/utils') }),
  'dynamic import() kept': (options) => ({ ...options, supported: {} }),
  'ElectroDB models validated (jsonschema)': (options) => ({ ...options, alias: without(options.alias, 'jsonschema') }),
  "Apollo's usage reporting bundled": (options) => ({
    ...options,
    alias: without(without(options.alias, '@apollo/usage-reporting-protobuf'), '@apollo/utils.usagereporting'),
  }),
  "Apollo's hash in JavaScript (sha.js)": (options) => ({ ...options, alias: without(options.alias, '@apollo/utils.createhash') }),
  'CJS entry points (no mainFields)': (options) => ({ ...options, mainFields: undefined }),
  'keepNames on': (options) => ({ ...options, keepNames: true }),
  'not minified': (options) => ({ ...options, minify: false }),
};

function without(alias: BuildOptions['alias'], name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(alias ?? {}).filter(([key]) => key !== name));
}

async function main() {
  const dir = path.join(BUILD_DIR, 'ablation');
  fs.rmSync(dir, { recursive: true, force: true });
  const variants: ColdVariant[] = [{ name: 'bare node -e 0' }];
  const sizes: Record<string, number> = {};
  const dynamo = await startBenchDynamo();
  const env = handlerEnv(dynamo.endpoint, createSigningKey());
  const event = graphqlEvent({ query: CATEGORIES_QUERY, headers: { Origin: BENCH_ORIGIN } }, BENCH_API);
  try {
    // every variant is an asset as CDK builds it (bundle + exec wrapper) and starts through its wrapper
    const asset = async (name: string, options: (outfile: string) => BuildOptions, codeCache?: CodeCacheSettings) => {
      const outfile = path.join(dir, name.replace(/\W+/g, '-'), 'index.js');
      const metafile = await buildAsset(options(outfile), codeCache);
      sizes[name] = bundleOutput(metafile).bytes;
      return { name, module: outfile, event, wrapper: execWrapperOf(outfile) };
    };
    for (const [name, change] of Object.entries(VARIANTS).filter(([name]) => name === 'production' || chosen(name)))
      variants.push(await asset(name, (outfile) => change(lambdaEsbuildOptions(PROJECT_ROOT, outfile))));
    const production = variants[1]!;
    if (chosen('no exec wrapper (--expose-gc kept)'))
      variants.push({ ...production, name: 'no exec wrapper (--expose-gc kept)', wrapper: undefined });
    if (chosen('production + V8 code cache')) {
      variants.push(
        await asset('production + V8 code cache', (outfile) => lambdaEsbuildOptions(PROJECT_ROOT, outfile), {
          node: [BENCH_NODE],
          flags: NODE_FLAGS,
        }),
      );
    }
    const results = await measureColdStarts(variants, { rounds: ROUNDS, env, calls: dynamo.calls });
    const lines = results.map(
      (row) =>
        `${row.name.padEnd(36)} ${String(row.wallMs).padStart(7)} ms  overhead ${String(row.overheadMs).padStart(6)}  load ${String(row.loadMs ?? '—').padStart(6)}  first ${String(row.firstRequestMs ?? '—').padStart(6)}  ${sizes[row.name] ? `${Math.round(sizes[row.name]! / 1024)} KB` : ''}${row.errors.length ? ` ERR ${row.errors[0]!.slice(0, 120)}` : ''}`,
    );
    console.log(lines.join('\n'));
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(
      path.join(RESULTS_DIR, 'ablation-latest.json'),
      JSON.stringify({ at: new Date().toISOString(), rounds: ROUNDS, results, sizes }, null, 2),
    );
  } finally {
    await dynamo.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
