import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LAMBDA_EXEC_WRAPPER, lambdaNodeFlags } from '../../infra/bundle';
import { PROJECT_ROOT } from './helpers/synthesize';

const WRAPPER = path.join(PROJECT_ROOT, LAMBDA_EXEC_WRAPPER.source);

interface Started {
  readonly execArgv: string[];
  readonly argv: string[];
  readonly gc: string;
}

describe('the exec wrapper (infra/bundle/execWrapper.sh)', () => {
  let dir: string;
  let script: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-wrapper-'));
    script = path.join(dir, 'runtime.js');
    fs.writeFileSync(script, 'console.log(JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(2), gc: typeof globalThis.gc }));');
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /**
   * What the runtime's command line looks like on Lambda: the interpreter, Node's options (one with a
   * separate value, before `--expose-gc`), the runtime's entry and arguments.
   */
  const runtimeCommand = () => [process.execPath, '--max-http-header-size', '81920', ...lambdaNodeFlags(1024), script, 'two words', '', '*'];

  const started = (command: string, args: string[]): Started => {
    const run = spawnSync(command, args, { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as Started;
  };

  it('is executable, as Lambda runs it directly', () => {
    expect(fs.statSync(WRAPPER).mode & 0o111).toBe(0o111);
  });

  it('starts the runtime without --expose-gc, every other argument unchanged and in order', () => {
    // Prepare
    const [interpreter, ...args] = runtimeCommand();

    // Act
    const result = started(WRAPPER, [interpreter!, ...args]);

    // Assess
    expect(result).toEqual({
      execArgv: ['--max-http-header-size', '81920', '--max-semi-space-size=51', '--max-old-space-size=922'],
      argv: ['two words', '', '*'],
      gc: 'undefined',
    });
  });

  it('is what makes the difference: the same command started directly exposes gc', () => {
    const [interpreter, ...args] = runtimeCommand();
    expect(started(interpreter!, args)).toMatchObject({ execArgv: expect.arrayContaining(['--expose-gc']), gc: 'function' });
  });

  it("replaces itself with the runtime (exec): its exit status is the runtime's", () => {
    const run = spawnSync(WRAPPER, [process.execPath, '--expose-gc', '-e', 'process.exit(3)']);
    expect(run.status).toBe(3);
  });
});
