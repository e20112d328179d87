import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, version as esbuildVersion, type BuildOptions, type Metafile } from 'esbuild';

/**
 * Where the bundles built during one Jest run are kept for the rest of the run (made by the run's
 * global setup, tests/helpers/bundleCacheSetup.ts; unset, every build runs).
 */
export const BUNDLE_CACHE_ENV = 'TEST_BUNDLE_CACHE_DIR';

/**
 * The folder whose `npx` serves CDK's local bundling (`npx --no-install esbuild --bundle …`) from
 * the same cache while an app synthesises (tests/infra/helpers/synthesize.ts puts it first on PATH).
 */
export const NPX_SHIM_DIR = path.join(__dirname, 'bundleCache');

export interface Bundle {
  /** The bundle's metafile, as esbuild returned it when it built the bundle (outputs name where that build went). */
  readonly metafile: Metafile;
  /** The bundled JavaScript. */
  readonly code: string;
  /** The source map, when the options ask for an external one (written beside the outfile). */
  readonly map?: string;
}

/**
 * esbuild's bundle for `options`, built once per Jest run for each distinct set of options (the
 * sources do not change during a run) and written to `outfile` unless `write` is false. The key is
 * every option but where the bundle goes and how loudly esbuild logs, with esbuild's version; with
 * a source map, also the path from the bundle's folder to the working folder (the map names its
 * sources by their path from there). With an outdir or plugins, it always builds.
 */
export async function bundle(options: BuildOptions): Promise<Bundle> {
  const { outfile, write = true } = options;
  if (write && !outfile) throw new Error('bundle() writes to an outfile: name one, or pass write: false');
  const cacheRoot = process.env[BUNDLE_CACHE_ENV];
  const shareable = cacheRoot && !options.outdir && !options.plugins?.length;
  const built = shareable ? await cached(cacheRoot, options) : await buildOnce(options, outfile ?? path.resolve('index.js'));
  if (write && outfile) {
    fs.mkdirSync(path.dirname(outfile), { recursive: true });
    fs.writeFileSync(outfile, built.code);
    if (built.map !== undefined) fs.writeFileSync(`${outfile}.map`, built.map);
  }
  return built;
}

async function cached(cacheRoot: string, options: BuildOptions): Promise<Bundle> {
  const { outfile, write: _write, logLevel: _logLevel, metafile: _metafile, ...rest } = options;
  const workingDir = options.absWorkingDir ?? process.cwd();
  const target = path.resolve(workingDir, outfile ?? 'index.js');
  const fromOutput = options.sourcemap ? path.relative(path.dirname(target), workingDir) : undefined;
  const key = createHash('sha256')
    .update(JSON.stringify({ esbuildVersion, options: rest, fromOutput, name: options.sourcemap ? path.basename(target) : undefined }))
    .digest('hex')
    .slice(0, 32);
  const entry = path.join(cacheRoot, 'esbuild-api', key);
  if (!fs.existsSync(path.join(entry, 'metafile.json'))) {
    const fresh = `${entry}.${process.pid}`;
    // built where it goes, so that a map names the sources as it will where it is used
    const built = await buildOnce(options, target);
    fs.mkdirSync(fresh, { recursive: true });
    fs.writeFileSync(path.join(fresh, 'index.js'), built.code);
    if (built.map !== undefined) fs.writeFileSync(path.join(fresh, 'index.js.map'), built.map);
    fs.writeFileSync(path.join(fresh, 'metafile.json'), JSON.stringify(built.metafile));
    try {
      fs.renameSync(fresh, entry);
    } catch {
      fs.rmSync(fresh, { recursive: true, force: true }); // another test file built the same bundle first
    }
  }
  const map = path.join(entry, 'index.js.map');
  return {
    metafile: JSON.parse(fs.readFileSync(path.join(entry, 'metafile.json'), 'utf8')) as Metafile,
    code: fs.readFileSync(path.join(entry, 'index.js'), 'utf8'),
    ...(fs.existsSync(map) ? { map: fs.readFileSync(map, 'utf8') } : {}),
  };
}

/** Builds in memory; `outfile` only names the output (and its source map, when the options ask for one). */
async function buildOnce(options: BuildOptions, outfile: string): Promise<Bundle> {
  const result = await build({ logLevel: 'silent', ...options, outfile, write: false, metafile: true });
  const code = result.outputFiles.filter((file) => file.path === path.resolve(outfile));
  if (code.length !== 1) throw new Error(`expected one output file at ${outfile}, got ${result.outputFiles.map((file) => file.path).join(', ')}`);
  const map = result.outputFiles.find((file) => file.path === `${path.resolve(outfile)}.map`);
  return { metafile: result.metafile, code: code[0]!.text, ...(map ? { map: map.text } : {}) };
}
