/**
 * `npm run bench:compare -- <revision> [<revision>]`: per-request handler time of two builds of the
 * server, their warm child processes alternated round by round. One `npm run bench` run moves by
 * ±20 % on these shared cores, so a smaller change only shows this way: both builds meet the same
 * machine noise, and the medians over many processes are compared.
 *
 * Each revision is checked out into a temporary git worktree (sharing this checkout's
 * node_modules) and its warm bundle is built with that revision's own bundling settings; with one
 * revision, the working tree is the second build. Options (environment): BENCH_COMPARE_ROUNDS
 * (default 12 processes per build), BENCH_COMPARE_VARIANT (`ours`, the default, or `bare`: the bare
 * Apollo handler of the same bundle, to see what a bundling change does to Apollo itself),
 * BENCH_WARM_WARMUP / BENCH_WARM_MEASURE (2000 / 1000 calls per operation), BENCH_NODE as for
 * `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createSigningKey, signToken } from '../local/localAuth';
import { UsageError, parseCommandLine, runCommand } from '../local/usageError';
import { buildWarmBundle } from './build';
import { startBenchDynamo } from './lib/dynamo';
import { benchSetting, handlerEnv } from './lib/env';
import { loadFixture } from './lib/operations';
import { BUILD_DIR, PROJECT_ROOT } from './lib/paths';
import { median, round } from './lib/stats';
import { WARM_MEASURE, WARM_WARMUP, problemsOf, runWarmChild, warmOperations, writeWarmSettings, type WarmStats } from './warm';

const ROUNDS = benchSetting('BENCH_COMPARE_ROUNDS', 12);
const VARIANT: 'ours' | 'bare' = process.env.BENCH_COMPARE_VARIANT === 'bare' ? 'bare' : 'ours';

const log = (message: string) => process.stderr.write(`[compare] ${message}\n`);

interface Build {
  readonly label: string;
  readonly bundle: string;
}

async function buildRevision(revision: string, workDir: string): Promise<Build> {
  const sha = execFileSync('git', ['rev-parse', '--short', revision], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  const tree = path.join(workDir, sha);
  execFileSync('git', ['worktree', 'add', '--detach', tree, sha], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(tree, 'node_modules'));
  const bundle = path.join(BUILD_DIR, 'compare', sha, 'index.js');
  await buildWarmBundle(tree, bundle);
  return { label: `${revision} (${sha})`, bundle };
}

const USAGE = 'Usage: npm run bench:compare -- <revision> [<revision>]   (one revision: compared with the working tree)';

/** Checks each revision names a commit before anything is built, so a typo is one line, not a git stack trace. */
function assertRevisions(revisions: readonly string[]): void {
  if (revisions.length < 1 || revisions.length > 2) throw new UsageError(`Expected one or two revisions, got ${revisions.length}.`);
  for (const revision of revisions) {
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    } catch (error) {
      throw new UsageError(`Unknown revision "${revision}": git knows no commit by that name.`, { cause: error });
    }
  }
}

async function main() {
  const { positionals: revisions } = parseCommandLine({ allowPositionals: true, options: {} });
  assertRevisions(revisions);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'storefront-compare-'));
  const dynamo = await startBenchDynamo();
  try {
    log('building');
    const builds: Build[] = [];
    for (const revision of revisions) builds.push(await buildRevision(revision, workDir));
    if (builds.length === 1) {
      const bundle = path.join(BUILD_DIR, 'compare', 'working-tree', 'index.js');
      await buildWarmBundle(PROJECT_ROOT, bundle);
      builds.push({ label: 'working tree', bundle });
    }
    const key = createSigningKey();
    const env = handlerEnv(dynamo.endpoint, key);
    const operations = warmOperations(await loadFixture(dynamo.db, (sub, email) => signToken(key, { sub, ...(email ? { email } : {}) })));
    const settingsFile = writeWarmSettings(operations, { warmup: WARM_WARMUP, measure: WARM_MEASURE });

    const stats: WarmStats[][] = [[], []];
    const problems = new Set<string>();
    for (let index = 0; index < ROUNDS; index++) {
      for (const which of index % 2 ? [1, 0] : [0, 1]) {
        const report = await runWarmChild(builds[which]!.bundle, VARIANT, settingsFile, env);
        for (const problem of problemsOf(report)) problems.add(`${builds[which]!.label}: ${problem}`);
        if (report.stats) stats[which]!.push(report.stats);
      }
      log(`round ${index + 1}/${ROUNDS}`);
    }
    if (problems.size) console.log(`problems:\n  ${[...problems].join('\n  ')}`);

    const pick = (which: number, name: string, key: 'meanUs' | 'p50Us') => median(stats[which]!.map((report) => report[name]![key]));
    console.log(
      `Warm per-request handler time (µs) of the ${VARIANT} handler, median of ${ROUNDS} processes per build, alternated; ${WARM_MEASURE} timed calls per operation after ${WARM_WARMUP}`,
    );
    console.log(`  A: ${builds[0]!.label}\n  B: ${builds[1]!.label}`);
    console.log(
      `${'operation'.padEnd(26)}${'A mean'.padStart(10)}${'B mean'.padStart(10)}${'B / A'.padStart(8)}${'A p50'.padStart(10)}${'B p50'.padStart(10)}${'B / A'.padStart(8)}`,
    );
    for (const { name } of operations) {
      const [meanA, meanB, p50A, p50B] = [pick(0, name, 'meanUs'), pick(1, name, 'meanUs'), pick(0, name, 'p50Us'), pick(1, name, 'p50Us')];
      console.log(
        `${name.padEnd(26)}${String(round(meanA, 1)).padStart(10)}${String(round(meanB, 1)).padStart(10)}${String(round(meanB / meanA, 2)).padStart(8)}` +
          `${String(round(p50A, 1)).padStart(10)}${String(round(p50B, 1)).padStart(10)}${String(round(p50B / p50A, 2)).padStart(8)}`,
      );
    }
  } finally {
    await dynamo.stop();
    for (const entry of fs.readdirSync(workDir)) {
      execFileSync('git', ['worktree', 'remove', '--force', path.join(workDir, entry)], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    }
    fs.rmSync(workDir, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'prune'], { cwd: PROJECT_ROOT });
  }
}

runCommand(main, USAGE, (error) => {
  console.error(error);
  process.exitCode = 1;
});
