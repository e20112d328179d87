// `npm run trace -- [--map <file> | --entry <file>] [<log file>]`: a logged production error with its
// stack mapped to the sources. Reads the log lines (JSON as CloudWatch shows them, or a stack copied
// as text) from the file or stdin, and prints each stack with source file:line:column for every
// frame of the bundle (docs/operations.md, "Reading a production stack trace").
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { lambdaEsbuildOptions } from '../infra/bundle';
import { loggedStacks, type LoggedStack } from '../infra/bundle/loggedStacks';
import { hasBundleFrame, mapStackTrace, readSourceMap, type BundleSourceMap } from '../infra/bundle/mapStackTrace';
import { PROJECT_ROOT } from '../infra/projectRoot';
import { NOTIFIER_SERVICE_NAME, SERVICE_NAME } from '../runtime/serviceNames';
import { UsageError, parseCommandLine, runCommand } from '../local/usageError';

/** The entry of each function whose service a log line can name. */
const ENTRIES: Readonly<Record<string, string>> = {
  [SERVICE_NAME]: 'server/lambda.ts',
  [NOTIFIER_SERVICE_NAME]: 'notifier/lambda.ts',
};

const BY_SERVICE = Object.entries(ENTRIES).map(([service, entry]) => `${entry} for ${service}`);

const USAGE = `Usage: npm run trace -- [--map <file> | --entry <file>] [<log file>]
  <log file>      the logged error: JSON log lines as CloudWatch shows them, or a stack as text (default: stdin)
  --map <file>    the source map of the code that logged it: index.js.map (app.js.map with a code cache)
                  from the function's deployed code or its cdk.out asset
  --entry <file>  without --map: map with a build of this checkout from that entry (default: the function
                  the log line's service names, ${BY_SERVICE.join(', ')}; server/lambda.ts otherwise)`;

/** The map of a build of `entry` from this checkout, made as CDK makes the asset's (two levels below the project root), not written anywhere. */
function buildMap(entry: string): BundleSourceMap {
  if (!fs.existsSync(path.join(PROJECT_ROOT, entry))) throw new UsageError(`--entry ${entry}: no such file in this checkout.`);
  const outfile = path.join(PROJECT_ROOT, 'cdk.out', 'trace', 'index.js');
  const built = buildSync({
    ...lambdaEsbuildOptions(PROJECT_ROOT, outfile),
    entryPoints: [path.join(PROJECT_ROOT, entry)],
    write: false,
    logLevel: 'error',
  });
  const map = built.outputFiles.find((file) => file.path.endsWith('.map'))!;
  return readSourceMap(map.text, path.dirname(outfile));
}

function readMap(file: string): BundleSourceMap {
  let json: string;
  try {
    json = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--map ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`, {
      cause: error,
    });
  }
  return readSourceMap(json, path.dirname(path.resolve(file)));
}

function print(stacks: readonly LoggedStack[], map: BundleSourceMap): void {
  let heading: string | undefined;
  for (const found of stacks) {
    if (found.heading !== undefined && found.heading !== heading) console.log(`${heading === undefined ? '' : '\n'}${found.heading}`);
    heading = found.heading;
    const mapped = mapStackTrace(found.stack, map);
    console.log(found.path ? `${found.path}: ${mapped}` : mapped);
  }
}

async function main() {
  const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { map: { type: 'string' }, entry: { type: 'string' } } });
  if (positionals.length > 1) throw new UsageError(`One log file at a time, not ${positionals.length}.`);
  if (values.map && values.entry) throw new UsageError('--map or --entry, not both.');
  const [file] = positionals;
  if (!file && process.stdin.isTTY) throw new UsageError('No log file given and nothing piped in.');
  const stacks = loggedStacks(fs.readFileSync(file ?? 0, 'utf8')).filter((found) => hasBundleFrame(found.stack));
  if (stacks.length === 0) {
    console.error('No stack with a frame of a bundle (index.js, or app.js behind a code cache) in the input.');
    process.exit(1);
  }
  let map: BundleSourceMap;
  if (values.map) map = readMap(values.map);
  else {
    const service = stacks.find((found) => found.service)?.service;
    const entry = values.entry ?? (service && ENTRIES[service]) ?? ENTRIES[SERVICE_NAME]!;
    console.error(`Mapped with a build of ${entry} from this checkout: the deployed code's own map is exact (--map).`);
    map = buildMap(entry);
  }
  print(stacks, map);
}

runCommand(main, USAGE);
