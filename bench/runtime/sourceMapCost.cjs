'use strict';
// Child process of bench/sourceMaps.ts: loads one handler module as the Lambda runtime does, then
// asks Node for the bundle's source map, as Node's `--enable-source-maps` does when it formats the
// first stack trace through the bundle, and prints one JSON line: whether Node had read the map
// while loading the module, and how long building it for that first trace took.
const { performance } = require('node:perf_hooks');
const { findSourceMap } = require('node:module');
const [modulePath] = process.argv.slice(2);
require(modulePath);
const started = performance.now();
const map = findSourceMap(modulePath);
const firstTraceMs = performance.now() - started;
process.stdout.write('SOURCEMAP ' + JSON.stringify({ loaded: map !== undefined, firstTraceMs }) + '\n');
