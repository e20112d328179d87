/**
 * Maps a stack trace logged by a function (minified `/var/task/index.js:<line>:<column>` frames) to the
 * sources, with the source map the asset ships beside its bundle (`index.js.map`, never loaded by
 * the function). `npm run trace` (scripts/trace.ts) is its command.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { PROJECT_ROOT } from '../projectRoot';
import { functionNameAt } from './functionNameAt';

/** The bundle's file names in a function's frames: `index.js`, or `app.js` behind a code cache's loader (codeCache.ts). */
const BUNDLE = 'index.js';
const BUNDLE_BEHIND_LOADER = 'app.js';

/** `    at [async ][name ](file:line:column)`, or the same without parentheses for an anonymous frame. */
const FRAME = /^(\s*at (?:async )?)(?:(.+?) \()?(?:[^()\s]*\/)?([^()/\s]+):(\d+):(\d+)\)?\s*$/;

interface Frame {
  readonly prefix: string;
  readonly name: string | undefined;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

function parseFrame(text: string): Frame | undefined {
  const match = FRAME.exec(text);
  if (!match) return undefined;
  const [, prefix, name, base, line, column] = match;
  return base === BUNDLE || base === BUNDLE_BEHIND_LOADER
    ? { prefix: prefix!, name, file: base!, line: Number(line), column: Number(column) }
    : undefined;
}

/** A source map read for mapping frames; `dir` is where the map was (its sources are relative to it). */
export interface BundleSourceMap {
  readonly map: SourceMap;
  readonly dir: string;
}

/** A source map from its JSON text and the directory it came from. */
export function readSourceMap(json: string, dir: string): BundleSourceMap {
  return { map: new SourceMap(JSON.parse(json) as SourceMapPayload), dir };
}

const shown = new Map<string, string>();

/**
 * A source as the map names it (relative to where the bundle was built) as a path from the project
 * root: where it resolves from the map's directory into this checkout, else the longest tail of it
 * that is a file here (a map read away from where it was built: downloaded from the function, or
 * a synth elsewhere), else without its leading `../`.
 */
function displaySource(source: string, dir: string): string {
  const key = `${dir}\0${source}`;
  let display = shown.get(key);
  if (display === undefined) {
    const fromRoot = path.relative(PROJECT_ROOT, path.resolve(dir, source));
    const segments = source.split('/').filter((segment) => segment !== '..' && segment !== '.');
    const tails = segments.map((_, index) => segments.slice(index).join('/'));
    const inside = !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot) && fs.existsSync(path.join(PROJECT_ROOT, fromRoot));
    display = inside
      ? fromRoot.split(path.sep).join('/')
      : (tails.find((tail) => fs.existsSync(path.join(PROJECT_ROOT, tail))) ?? segments.join('/'));
    shown.set(key, display);
  }
  return display;
}

/**
 * The stack with every frame of the bundle replaced by its source file, line and column. Frames
 * of `app.js` are the bundle when there are any (`index.js` is then the code cache's loader); other
 * frames (Node's, the runtime's) stay as they are, and so does a frame the map has no entry for.
 *
 * Function names (minified in the bundle): the function the source position is in, read from the
 * source file in this checkout; where that file is not here, the name the map gives the call
 * site one frame below (as Node's `--enable-source-maps` does), else the minified one.
 *
 * @example
 * mapStackTrace('Error: boom\n    at Xe (/var/task/index.js:1:2345)', readSourceMap(json, dir))
 * // 'Error: boom\n    at placeOrder (data/orders.ts:88:11)'
 */
export function mapStackTrace(stack: string, { map, dir }: BundleSourceMap): string {
  const lines = stack.split('\n');
  const frames = lines.map(parseFrame);
  const bundle = frames.some((frame) => frame?.file === BUNDLE_BEHIND_LOADER) ? BUNDLE_BEHIND_LOADER : BUNDLE;
  const origin = (frame: Frame | undefined) => {
    if (frame?.file !== bundle) return undefined;
    const found = map.findOrigin(frame.line, frame.column);
    return 'fileName' in found ? found : undefined;
  };
  const origins = frames.map(origin);
  return lines
    .map((text, index) => {
      const frame = frames[index];
      const found = origins[index];
      if (!frame || !found) return text;
      const source = displaySource(found.fileName, dir);
      const inSource = functionNameAt(path.join(PROJECT_ROOT, source), found.lineNumber, found.columnNumber);
      const name = inSource === undefined ? (origins[index + 1]?.name ?? frame.name) : inSource;
      const where = `${source}:${found.lineNumber}:${found.columnNumber}`;
      return name ? `${frame.prefix}${name} (${where})` : `${frame.prefix}${where}`;
    })
    .join('\n');
}

/** Whether a stack has a frame of a bundle in it (what mapStackTrace maps). */
export function hasBundleFrame(stack: string): boolean {
  return stack.split('\n').some((line) => parseFrame(line) !== undefined);
}
