/**
 * `npx tsx bench/sourceMaps.ts`: what a readable production stack trace costs, the two ways there
 * are, against the bundle without a map, cold starts of all three interleaved in one run:
 * - map beside the bundle (as deployed): `index.js.map` in the asset, no `sourceMappingURL`
 *   comment, so Node never reads it; `npm run trace` maps a logged stack with it;
 * - Node's source maps: the map linked from the bundle and `NODE_OPTIONS=--enable-source-maps`, so
 *   the logged stack names the sources itself;
 * - no map at all.
 * Also the asset's zip, and, in fresh processes, whether Node read the map while loading the bundle
 * and what building it for the first stack trace through the bundle costs (Node's way pays that
 * in the container that logs its first error). Options: BENCH_COLD_ROUNDS (default 21), BENCH_NODE.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { lambdaEsbuildOptions } from '../infra/bundle';
import { createSigningKey } from '../local/localAuth';
import { graphqlEvent } from '../tests/helpers/apiGatewayEvent';
import { BENCH_NODE, NODE_FLAGS, assetSize, buildAsset, execWrapperOf } from './build';
import { measureColdStarts, type ColdVariant } from './coldStart';
import { startBenchDynamo } from './lib/dynamo';
import { BENCH_API, BENCH_ORIGIN, benchSetting, handlerEnv } from './lib/env';
import { CATEGORIES_QUERY } from './lib/operations';
import { BUILD_DIR, PROJECT_ROOT, RESULTS_DIR, RUNTIME_DIR } from './lib/paths';
import { median, round } from './lib/stats';

const ROUNDS = benchSetting('BENCH_COLD_ROUNDS', 21);
const NODE_SOURCE_MAPS = { NODE_OPTIONS: '--enable-source-maps' };

const log = (message: string) => process.stderr.write(`[source maps] ${message}\n`);

interface Way {
  readonly name: string;
  readonly options: (outfile: string) => BuildOptions;
  readonly env?: Readonly<Record<string, string>>;
}

const WAYS: readonly Way[] = [
  { name: 'no map', options: (outfile) => ({ ...lambdaEsbuildOptions(PROJECT_ROOT, outfile), sourcemap: false }) },
  { name: 'map beside, not read (as deployed)', options: (outfile) => lambdaEsbuildOptions(PROJECT_ROOT, outfile) },
  {
    name: 'linked map + --enable-source-maps',
    options: (outfile) => ({ ...lambdaEsbuildOptions(PROJECT_ROOT, outfile), sourcemap: 'linked' }),
    env: NODE_SOURCE_MAPS,
  },
];

/** Fresh processes that load the bundle, then ask Node for its map: [read at load, median ms to build it for the first trace]. */
function firstTrace(module: string, env: NodeJS.ProcessEnv, rounds: number): { loaded: boolean; firstTraceMs: number } {
  const runs = Array.from({ length: rounds }, () => {
    const run = spawnSync(BENCH_NODE, [...NODE_FLAGS, path.join(RUNTIME_DIR, 'sourceMapCost.cjs'), module], { env, encoding: 'utf8' });
    const line = run.stdout.split('\n').find((candidate) => candidate.startsWith('SOURCEMAP '));
    if (!line) throw new Error(`the bundle did not load: ${run.stderr.slice(-1_000)}`);
    return JSON.parse(line.slice('SOURCEMAP '.length)) as { loaded: boolean; firstTraceMs: number };
  });
  return { loaded: runs.every((run) => run.loaded), firstTraceMs: round(median(runs.map((run) => run.firstTraceMs))) };
}

async function main() {
  const dir = path.join(BUILD_DIR, 'source-maps');
  fs.rmSync(dir, { recursive: true, force: true });
  log('building');
  const assets = await Promise.all(
    WAYS.map(async (way) => {
      const outfile = path.join(dir, way.name.replace(/\W+/g, '-'), 'index.js');
      await buildAsset(way.options(outfile));
      return { way, outfile, size: assetSize(path.dirname(outfile)) };
    }),
  );
  const dynamo = await startBenchDynamo();
  try {
    const env = handlerEnv(dynamo.endpoint, createSigningKey());
    const event = graphqlEvent({ query: CATEGORIES_QUERY, headers: { Origin: BENCH_ORIGIN } }, BENCH_API);
    const variants: ColdVariant[] = [
      { name: 'bare node -e 0' },
      ...assets.map(({ way, outfile }) => ({ name: way.name, module: outfile, event, wrapper: execWrapperOf(outfile), env: way.env })),
    ];
    log(`cold start: ${ROUNDS} rounds`);
    const cold = await measureColdStarts(variants, {
      rounds: ROUNDS,
      env,
      calls: dynamo.calls,
      onRound: (n) => n % 5 === 0 && log(`  round ${n}/${ROUNDS}`),
    });
    log('first stack trace');
    const traces = assets.map(({ way, outfile }) => firstTrace(outfile, { ...env, ...way.env }, Math.min(ROUNDS, 9)));

    const kb = (bytes: number) => `${round(bytes / 1024, 0)} KB`;
    const lines = [
      `Cold start, spawn → first response, median of ${ROUNDS} interleaved rounds (ms; overhead over bare node), children: ${BENCH_NODE} ${NODE_FLAGS.join(' ')}`,
      `${'variant'.padEnd(36)}${'wall'.padStart(8)}${'overhead'.padStart(10)}${'p10–p90'.padStart(15)}${'load'.padStart(8)}${'1st req'.padStart(9)}  asset zipped   map read at load   first trace`,
      ...cold.map((row) => {
        const index = assets.findIndex(({ way }) => way.name === row.name);
        const asset = assets[index];
        const trace = traces[index];
        return (
          `${row.name.padEnd(36)}${String(row.wallMs).padStart(8)}${String(row.reference ? '—' : row.overheadMs).padStart(10)}${`${row.p10Ms}–${row.p90Ms}`.padStart(15)}${String(row.loadMs ?? '—').padStart(8)}${String(row.firstRequestMs ?? '—').padStart(9)}` +
          (asset && trace
            ? `  ${kb(asset.size.zipBytes).padStart(12)}   ${(trace.loaded ? 'yes' : 'no').padEnd(16)}   ${trace.loaded ? `${trace.firstTraceMs} ms` : '—'}`
            : '') +
          (row.errors.length ? `  ERRORS: ${row.errors.join(' | ').slice(0, 200)}` : '')
        );
      }),
      '',
      ...assets.map(
        ({ way, size }) =>
          `${way.name}: ${Object.entries(size.files)
            .map(([name, bytes]) => `${name} ${kb(bytes)}`)
            .join(', ')}`,
      ),
    ];
    console.log(lines.join('\n'));
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(
      path.join(RESULTS_DIR, 'source-maps-latest.json'),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          rounds: ROUNDS,
          cold,
          assets: assets.map(({ way, size }, index) => ({ name: way.name, size, trace: traces[index] })),
        },
        null,
        2,
      ),
    );
  } finally {
    await dynamo.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
