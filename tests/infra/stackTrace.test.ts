import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { lambdaEsbuildOptions } from '../../infra/bundle';
import { stages } from '../../infra/stages';
import { onlyResource } from './helpers/cfn';
import { PROJECT_ROOT, stackIdFor, synthesize, type Synthesized } from './helpers/synthesize';

const FIXTURE = 'tests/fixtures/loggingHandler.ts';

/** The 1-based line of a project file that holds `text`. */
function lineOf(file: string, text: string): number {
  const index = fs
    .readFileSync(path.join(PROJECT_ROOT, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${file} has no line with "${text}"`);
  return index + 1;
}

/** `npm run trace` with these arguments and this on stdin. */
function trace(args: readonly string[], input = '') {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/trace.ts', ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** Runs `script` in a fresh Node with only PATH in its environment; its output, both streams. */
function runNode(script: string): string {
  const run = spawnSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 60_000 });
  return `${run.stdout}${run.stderr}`;
}

describe('npm run trace, on an error the API logger logged in a bundle built with the functions’ settings', () => {
  let dir: string;
  let logLine: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stack-trace-'));
    await build({
      ...lambdaEsbuildOptions(PROJECT_ROOT, path.join(dir, 'index.js')),
      entryPoints: [path.join(PROJECT_ROOT, FIXTURE)],
      logLevel: 'silent',
    });
    const output = runNode(`require(${JSON.stringify(path.join(dir, 'index.js'))}).handler({ lines: [{ sku: 'SKU-1', quantity: 2 }] })`);
    logLine = output.split('\n').find((line) => line.includes('"Unexpected error"')) ?? '';
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names the source file and line that threw, and the functions the error went through, with the map beside the bundle', () => {
    // Prepare
    const logFile = path.join(dir, 'error.log');
    // as CloudWatch shows it when copied from the console: the time and log stream before the line
    fs.writeFileSync(logFile, `2026-12-07T10:00:00.000Z\t2026/12/07/[$LATEST]0123abcd\t${logLine}\n`);
    const stack = (JSON.parse(logLine) as { error: { stack: string } }).error.stack;

    // Act
    const run = trace(['--map', path.join(dir, 'index.js.map'), logFile]);

    // Assess
    expect(stack).toMatch(/at \w+ \(.*index\.js:\d+:\d+\)/);
    expect(stack).not.toContain('loggingHandler.ts');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ERROR Unexpected error');
    expect(run.stdout).toContain('error: Error: No price for SKU-1');
    expect(run.stdout).toContain(`at unitPrice (${FIXTURE}:${lineOf(FIXTURE, 'the line a mapped trace must name')}:`);
    expect(run.stdout).toContain(`at orderTotal (${FIXTURE}:${lineOf(FIXTURE, 'unitPrice(line.sku)')}:`);
    expect(run.stdout).toContain(`at async handler (${FIXTURE}:${lineOf(FIXTURE, 'await orderTotal(event.lines)')}:`);
  });

  it('maps a stack copied as text from stdin, with a build of this checkout when no map is given', () => {
    // Prepare
    const stack = (JSON.parse(logLine) as { error: { stack: string } }).error.stack;

    // Act
    const run = trace(['--entry', FIXTURE], stack);

    // Assess
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Error: No price for SKU-1');
    expect(run.stdout).toContain(`at unitPrice (${FIXTURE}:${lineOf(FIXTURE, 'the line a mapped trace must name')}:`);
    expect(run.stderr).toContain(`Mapped with a build of ${FIXTURE} from this checkout`);
  });

  it('maps the frames of app.js, the bundle behind a code cache’s loader, and leaves the loader’s own frames alone', () => {
    // Prepare: the same stack as a pinned stage logs it (the bundle renamed app.js; index.js is the loader)
    const stack = (JSON.parse(logLine) as { error: { stack: string } }).error.stack.replaceAll('index.js', 'app.js');
    const withLoader = `${stack}\n    at Object.<anonymous> (/var/task/index.js:52:27)`;

    // Act
    const run = trace(['--map', path.join(dir, 'index.js.map')], withLoader);

    // Assess
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`at unitPrice (${FIXTURE}:${lineOf(FIXTURE, 'the line a mapped trace must name')}:`);
    expect(run.stdout).toContain('at Object.<anonymous> (/var/task/index.js:52:27)');
  });

  it('says so, and fails, when the input has no frame of a bundle', () => {
    const run = trace(['--map', path.join(dir, 'index.js.map')], 'Error: boom\n    at main (/home/someone/app.ts:3:9)\n');

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No stack with a frame of a bundle');
  });
});

describe('npm run trace, on an init failure of the API asset CDK builds, logged as the Lambda runtime logs it', () => {
  let synthesized: Synthesized;

  beforeAll(() => {
    synthesized = synthesize({ stages: { dev: stages.dev } });
  }, 300_000);

  afterAll(() => synthesized?.cleanup());

  it('names the configuration check that threw and the entry line that ran it, with the map from the asset', () => {
    // Prepare: the asset started without its configuration
    const [, fn] = onlyResource(
      synthesized.json(stackIdFor('dev')),
      'AWS::Lambda::Function',
      (r) => r.Properties.FunctionName === 'storefront-api-dev',
    );
    const asset = path.join(synthesized.outdir, fn.Metadata['aws:asset:path']);
    const output = runNode(
      `try { require(${JSON.stringify(path.join(asset, 'index.js'))}) } catch (error) { console.log('CAUGHT ' + JSON.stringify({ errorType: error.name, errorMessage: error.message, stack: error.stack.split('\\n') })) }`,
    );
    const caught = output
      .split('\n')
      .find((line) => line.startsWith('CAUGHT '))!
      .slice('CAUGHT '.length);
    const logged = `2026-12-07T10:00:00.000Z\tundefined\tERROR\tUncaught Exception \t${caught}`;

    // Act
    const run = trace(['--map', path.join(asset, 'index.js.map')], logged);

    // Assess
    expect(caught).not.toContain('config.ts');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ERROR Uncaught Exception ConfigError Invalid configuration: environment variable TABLE_NAME is required.');
    expect(run.stdout).toContain(`at required (runtime/env/readEnv.ts:${lineOf('runtime/env/readEnv.ts', 'is required.`);')}:`);
    expect(run.stdout).toContain(
      `at loadConfig (runtime/env/apiEnvironment.ts:${lineOf('runtime/env/apiEnvironment.ts', 'read.required(v.tableName)')}:`,
    );
    expect(run.stdout).toContain(` server/lambda.ts:${lineOf('server/lambda.ts', 'const config = loadConfig()')}:`);
  });
});
