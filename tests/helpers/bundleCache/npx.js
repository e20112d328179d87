// `npx` while the infra tests synthesise an app (tests/infra/helpers/synthesize.ts puts this folder
// first on PATH then): CDK's local bundling runs `npx --no-install esbuild --bundle … --outfile=<file>`
// (with `--sourcemap=external`, a map beside it) for every function of every synth. The first bundle
// with given arguments (from the same folder) is built by the real command, and its outputs kept in
// the run's bundle cache (TEST_BUNDLE_CACHE_DIR); a later bundle with the same arguments gets a copy
// of them. A map names its sources by their path from the map's folder, so that path back to the
// working folder is part of the key. Anything else (other outputs, such as a metafile) runs the real npx.
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

/**
 * The output file a bundle writes (its source map, if any, goes beside it as `<file>.map`), or
 * undefined when its arguments name other outputs (or none).
 */
function outfileOf(bundleArgs) {
  if (bundleArgs[0] !== '--no-install' || bundleArgs[1] !== 'esbuild' || !bundleArgs.includes('--bundle')) return undefined;
  const outputs = bundleArgs.filter((arg) => /^--(outfile|outdir|metafile|analyze|splitting)\b/.test(arg));
  if (outputs.length !== 1 || !outputs[0].startsWith('--outfile=')) return undefined;
  return outputs[0].slice('--outfile='.length);
}

function main() {
  const cacheRoot = process.env.TEST_BUNDLE_CACHE_DIR;
  const outfile = outfileOf(args);
  if (!cacheRoot || !outfile) return run(args);
  const target = path.resolve(outfile);
  const name = path.basename(target);
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        cwd: process.cwd(),
        fromOutput: path.relative(path.dirname(target), process.cwd()),
        args: args.map((arg) => (arg.startsWith('--outfile=') ? `--outfile=${name}` : arg)),
      }),
    )
    .digest('hex')
    .slice(0, 32);
  const entry = path.join(cacheRoot, 'esbuild-cli', key);
  // `--sourcemap`, `=linked`, `=external` and `=both` write the map beside the bundle
  const withMap = args.some((arg) => /^--sourcemap(=(linked|external|both))?$/.test(arg));
  const outputs = withMap ? [name, `${name}.map`] : [name];
  if (fs.existsSync(path.join(entry, name))) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    for (const file of outputs) fs.copyFileSync(path.join(entry, file), path.join(path.dirname(target), file));
    return 0;
  }
  const status = run(args);
  if (status !== 0) return status;
  const fresh = `${entry}.${process.pid}`;
  fs.mkdirSync(fresh, { recursive: true });
  for (const file of outputs) fs.copyFileSync(path.join(path.dirname(target), file), path.join(fresh, file));
  try {
    fs.renameSync(fresh, entry);
  } catch {
    fs.rmSync(fresh, { recursive: true, force: true }); // another synth kept the same bundle first
  }
  return 0;
}

process.exitCode = main();
