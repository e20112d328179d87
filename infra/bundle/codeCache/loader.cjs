// @ts-check
'use strict';
// `index.js` of an asset with a V8 code cache (infra/bundle/codeCache.ts): compiles `app.js` with
// `app.cache` and re-exports the handler. Node built-ins only. A missing cache means "none"; a
// rejected one is logged (with what this process runs, to compare with what built the cache) and
// counted as the EMF metric `Storefront/CodeCacheRejected` (dimension `stage`), which a stage alarm
// watches; it never stops the function.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const filename = path.join(__dirname, 'app.js');
let cachedData;
try {
  cachedData = fs.readFileSync(path.join(__dirname, 'app.cache'));
} catch {
  cachedData = undefined;
}
const source = fs.readFileSync(filename, 'utf8');
// The bundle has no import() (LAMBDA_ESBUILD.supported), so the script needs no module loader.
const script = new vm.Script(Module.wrap(source), { filename, cachedData });
if (cachedData && script.cachedDataRejected) {
  /** @type {unknown} */
  let built;
  try {
    built = JSON.parse(fs.readFileSync(path.join(__dirname, 'app.cache.json'), 'utf8'));
  } catch {
    built = { unknown: 'app.cache.json is missing or unreadable' };
  }
  process.stdout.write(
    JSON.stringify({
      level: 'WARN',
      message: 'V8 code cache rejected; app.js compiled without it (slower cold start, same behaviour)',
      service: process.env.POWERTOOLS_SERVICE_NAME,
      codeCache: { builtWith: built, runtime: { node: process.version, v8: process.versions.v8, arch: process.arch, execArgv: process.execArgv } },
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [{ Namespace: 'Storefront', Dimensions: [['stage']], Metrics: [{ Name: 'CodeCacheRejected', Unit: 'Count' }] }],
      },
      stage: process.env.STAGE || 'local',
      CodeCacheRejected: 1,
    }) + '\n',
  );
}
// for the function's init log line (server/observability/runtimeLine.ts)
process.env.STOREFRONT_CODE_CACHE = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
/** @type {any} */
const app = new Module(filename, /** @type {any} */ (module));
app.filename = filename;
app.paths = /** @type {any} */ (Module)._nodeModulePaths(__dirname);
script.runInThisContext()(app.exports, Module.createRequire(filename), app, filename, __dirname);
app.loaded = true;
module.exports = app.exports;
