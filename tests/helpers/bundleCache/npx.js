// `npx` while the infra tests synthesise an app (tests/infra/helpers/synthesize.ts puts this folder
// first on PATH then): CDK's local bundling runs `npx --no-install esbuild --bundle … --outfile=<file>`
// for every function of every synth. The first bundle with given arguments (from the same folder)
// is built by the real command into the run's bundle cache (TEST_BUNDLE_CACHE_DIR); a later bundle
// with the same arguments gets a copy of its output. Anything else, or any bundle with outputs
// besides the one file, runs the real npx.
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);

/** The real npx: the first on PATH that is not this folder's. */
function realNpx() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || path.resolve(dir) === __dirname) continue;
    const candidate = path.join(dir, 'npx');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error('no npx on PATH');
}

function run(runArgs) {
  const result = spawnSync(realNpx(), runArgs, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** The one output file a bundle writes, or undefined when its arguments name others (or none). */
function outfileOf(bundleArgs) {
  if (bundleArgs[0] !== '--no-install' || bundleArgs[1] !== 'esbuild' || !bundleArgs.includes('--bundle')) return undefined;
  const outputs = bundleArgs.filter((arg) => /^--(outfile|outdir|metafile|sourcemap|analyze|splitting)\b/.test(arg) && arg !== '--sourcemap=false');
  if (outputs.length !== 1 || !outputs[0].startsWith('--outfile=')) return undefined;
  return outputs[0].slice('--outfile='.length);
}

function main() {
  const cacheRoot = process.env.TEST_BUNDLE_CACHE_DIR;
  const outfile = outfileOf(args);
  if (!cacheRoot || !outfile) return run(args);
  const name = path.basename(outfile);
  const key = createHash('sha256')
    .update(JSON.stringify({ cwd: process.cwd(), args: args.map((arg) => (arg.startsWith('--outfile=') ? `--outfile=${name}` : arg)) }))
    .digest('hex')
    .slice(0, 32);
  const entry = path.join(cacheRoot, 'esbuild-cli', key);
  if (!fs.existsSync(path.join(entry, name))) {
    const fresh = `${entry}.${process.pid}`;
    fs.mkdirSync(fresh, { recursive: true });
    const status = run(args.map((arg) => (arg.startsWith('--outfile=') ? `--outfile=${path.join(fresh, name)}` : arg)));
    if (status !== 0) {
      fs.rmSync(fresh, { recursive: true, force: true });
      return status;
    }
    try {
      fs.renameSync(fresh, entry);
    } catch {
      fs.rmSync(fresh, { recursive: true, force: true }); // another synth made the same bundle first
    }
  }
  fs.mkdirSync(path.dirname(path.resolve(outfile)), { recursive: true });
  for (const file of fs.readdirSync(entry)) fs.copyFileSync(path.join(entry, file), path.join(path.dirname(path.resolve(outfile)), file));
  return 0;
}

process.exitCode = main();
