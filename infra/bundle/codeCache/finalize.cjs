// @ts-check
'use strict';
// The code-cache step of the asset (infra/bundle/codeCache.ts), run by CDK's afterBundling hook
// and by the bench: turns esbuild's `index.js` (and its map) into `app.js` plus the loader, then records
// `app.cache` with the given Node through the asset's exec wrapper, as Lambda starts the runtime
// (the cache must match the flags the wrapper leaves). Arguments: asset directory, options JSON.
const fs = require('node:fs');
const path = require('node:path');
const childProcess = require('node:child_process');
const [dir = '', optionsJson = '{}'] = process.argv.slice(2);
const options = JSON.parse(optionsJson);
fs.renameSync(path.join(dir, 'index.js'), path.join(dir, 'app.js'));
if (fs.existsSync(path.join(dir, 'index.js.map'))) fs.renameSync(path.join(dir, 'index.js.map'), path.join(dir, 'app.js.map'));
fs.copyFileSync(options.loader, path.join(dir, 'index.js'));
const run = childProcess.spawnSync(
  path.join(dir, options.wrapper),
  [...options.codeCache.node, ...options.codeCache.flags, options.recorder, dir, JSON.stringify({ env: options.env, queries: options.queries })],
  // the bundle's own log and metric lines stay out of the build's output unless recording fails
  { encoding: 'utf8', stdio: 'pipe', timeout: 300000, maxBuffer: 64 * 1024 * 1024 },
);
if (run.status !== 0 || !fs.existsSync(path.join(dir, 'app.cache'))) {
  process.stderr.write(String(run.stdout ?? '').slice(-4000) + String(run.stderr ?? '').slice(-4000));
  throw new Error('V8 code cache generation failed (status ' + run.status + (run.error ? ', ' + run.error.message : '') + ')');
}
