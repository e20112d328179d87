import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadCommandInProcess, type InProcessCommand } from '../helpers/commandInProcess';
import { STACK_TRACE_LINE, runCommand, type CommandResult } from '../helpers/runCommand';

/** A user's mistake: exit 2, one line saying what was wrong, then the usage, and no stack trace. */
function expectUsageError(result: CommandResult, message: RegExp): void {
  expect({ code: result.code, firstLine: result.stderr.split('\n')[0] }).toEqual({ code: 2, firstLine: expect.stringMatching(message) });
  expect(result.stderr).toMatch(/\n\nUsage:/);
  expect(result.stderr).not.toMatch(STACK_TRACE_LINE);
}

/** Holds a port as another program would (every interface); resolves with its number. */
function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

const scratchDir = () => mkdtempSync(join(tmpdir(), 'storefront-commands-'));

describe('commands answer a mistake in one line with their usage', () => {
  /**
   * Each command run as its npm script runs it (a process of its own): a mistake is exit code 2, the
   * line, the usage, no stack trace. The other cases below run the same command's code in this
   * process (tests/helpers/commandInProcess.ts): the line each mistake gets.
   */
  describe('as a process', () => {
    it.concurrent.each([
      ['npm start', ['--frsh'], 'local/start.ts', /^Unknown option '--frsh'/],
      ['npm run token --', ['--admin'], 'scripts/token.ts', /^--sub is required\.$/],
      ['npm run settings --', ['show', 'local'], 'scripts/settings.ts', /^Unknown command "show"\.$/],
      ['npm run job --', ['low-stok'], 'scripts/job.ts', /^Unknown job "low-stok"\.$/],
      ['npm run migrate --', ['--rate', 'fast'], 'scripts/migrate.ts', /^--rate takes a whole number from 1 to 10000, not "fast"\.$/],
      ['npm run bench:compare --', ['nosuchrev'], 'bench/compare.ts', /^Unknown revision "nosuchrev": git knows no commit by that name\.$/],
    ])('%s %p', async (_command, args, file, message) => {
      const dataDir = scratchDir();
      try {
        const result = await runCommand(file, args, { STOREFRONT_DATA_DIR: dataDir });

        expectUsageError(result, message);
        expect(readdirSync(dataDir)).toEqual([]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it.concurrent('npm start names a busy PORT before it starts DynamoDB Local, and exits with 1', async () => {
      const dataDir = scratchDir();
      const { server, port } = await occupyPort();
      try {
        const result = await runCommand('local/start.ts', [], { STOREFRONT_DATA_DIR: dataDir, PORT: String(port), WEB_PORT: '0' });

        expect(result.code).toBe(1);
        expect(result.stderr.trim()).toBe(
          `Port ${port} (PORT, the API) is in use. Stop the other server, or choose another port: \`PORT=${port + 1} npm start\`.`,
        );
        // nothing started: no DynamoDB Local data folder, no running-stack file
        expect(readdirSync(dataDir)).toEqual([]);
      } finally {
        server.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });

  describe('in this process', () => {
    let dataDir: string;
    const commands: Record<string, InProcessCommand> = {};
    const command = (file: string) => (commands[file] ??= loadCommandInProcess(file));

    beforeEach(() => {
      dataDir = scratchDir();
    });

    afterEach(() => {
      rmSync(dataDir, { recursive: true, force: true });
    });

    it.each([
      [['--frsh'], {}, /^Unknown option '--frsh'/],
      [['--stage'], {}, /^Option '--stage <value>' argument missing/],
      [['--stage', 'staging'], {}, /^Unknown stage "staging"; known stages: dev, qa, prod\.$/],
      [[], { PORT: 'abc' }, /^PORT must be a port number \(0–65535\), not "abc"\.$/],
      [[], { PORT: '0', WEB_PORT: '70000' }, /^WEB_PORT must be a port number \(0–65535\), not "70000"\.$/],
      [['--port', '4x'], {}, /^--port must be a port number \(0–65535\), not "4x"\.$/],
      [[], { PORT: '4321', WEB_PORT: '4321' }, /^The API and the storefront cannot share port 4321/],
    ])('npm start %p %p', async (args, env, message) => {
      const outcome = await command('local/start.ts').run(args, { STOREFRONT_DATA_DIR: dataDir, ...env });

      expect(outcome.usageError).toMatch(message);
      expect(readdirSync(dataDir)).toEqual([]);
    });

    it.each([
      [['--expire-in', '60'], /^Unknown option '--expire-in'/],
      [['--sub', 'customer-42', '--expires-in'], /^Option '--expires-in <value>' argument missing/],
      [['--sub', 'customer-42', '--expires-in', '0'], /^--expires-in must be a positive whole number of seconds, not "0"\.$/],
      [['--sub', 'customer-42', '--expires-in', '1.5'], /^--expires-in must be a positive whole number of seconds, not "1\.5"\.$/],
      [['--sub', 'customer-42', '--expires-in', '1e3'], /^--expires-in must be a positive whole number of seconds, not "1e3"\.$/],
      [['--admin'], /^--sub is required\.$/],
    ])('npm run token -- %p', async (args, message) => {
      const outcome = await command('scripts/token.ts').run(args, { STOREFRONT_DATA_DIR: dataDir });

      expect(outcome.usageError).toMatch(message);
    });

    it('npm run token -- --expires-in 60 signs a token that lives 60 seconds', async () => {
      const outcome = await command('scripts/token.ts').run(['--sub', 'customer-42', '--admin', '--expires-in', '60'], {
        STOREFRONT_DATA_DIR: dataDir,
      });

      const payload = JSON.parse(Buffer.from(outcome.stdout.trim().split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      expect(outcome.code).toBe(0);
      expect(payload).toMatchObject({ sub: 'customer-42', 'cognito:groups': ['admin'] });
      expect((payload.exp as number) - (payload.iat as number)).toBe(60);
    });

    it.each([
      [[], /^No command given\.$/],
      [['show', 'local'], /^Unknown command "show"\.$/],
      [['get'], /^`get` needs an alias\.$/],
      [['set', 'local'], /^`set` needs at least one key=value\.$/],
      [['unset', 'local'], /^`unset` needs at least one key\.$/],
      [['get', 'local', '--tabel', 'x'], /^Unknown option '--tabel'/],
    ])('npm run settings -- %p', async (args, message) => {
      const outcome = await command('scripts/settings.ts').run(args, { STOREFRONT_DATA_DIR: dataDir });

      expect(outcome.usageError).toMatch(message);
    });

    it.each([
      [[], /^No job named\.$/],
      [['low-stok'], /^Unknown job "low-stok"\.$/],
      [['low-stock', '--now'], /^Unknown option '--now'/],
    ])('npm run job -- %p', async (args, message) => {
      const outcome = await command('scripts/job.ts').run(args, { STOREFRONT_DATA_DIR: dataDir });

      expect(outcome.usageError).toMatch(message);
    });

    it('npm start names a busy WEB_PORT before it starts DynamoDB Local, and exits with 1', async () => {
      const { server, port } = await occupyPort();
      try {
        const outcome = await command('local/start.ts').run([], { STOREFRONT_DATA_DIR: dataDir, PORT: '0', WEB_PORT: String(port) });

        expect(outcome.code).toBe(1);
        expect(outcome.stderr.trim()).toBe(
          `Port ${port} (WEB_PORT, the storefront) is in use. Stop the other server, or choose another port: \`WEB_PORT=${port + 1} npm start\`.`,
        );
        // nothing started: no DynamoDB Local data folder, no running-stack file
        expect(readdirSync(dataDir)).toEqual([]);
      } finally {
        server.close();
      }
    });

    describe('a running-stack file left by an npm start that is gone', () => {
      beforeEach(async () => {
        const { server, port } = await occupyPort();
        await new Promise((resolve) => server.close(resolve));
        const gone = spawnSync(process.execPath, ['-e', '']).pid;
        writeFileSync(
          join(dataDir, 'local-stack.json'),
          JSON.stringify({ dynamoDbEndpoint: `http://127.0.0.1:${port}`, tableName: 'storefront-local', pid: gone }),
        );
      });

      it('npm run settings says no local stack is running', async () => {
        const outcome = await command('scripts/settings.ts').run(['get', 'local'], { STOREFRONT_DATA_DIR: dataDir });

        expect(outcome.code).toBe(2);
        expect(outcome.stderr.trim()).toBe(
          'No local stack is running. Start it with `npm start`, or pass --table <name> [--region <region>] for a deployed stage.',
        );
      });

      it('npm run job says no local stack is running', async () => {
        const outcome = await command('scripts/job.ts').run(['low-stock'], { STOREFRONT_DATA_DIR: dataDir });

        expect(outcome.code).toBe(2);
        expect(outcome.stderr.trim()).toBe(
          'No local stack is running. Start it with `npm start` first, or pass --stage <name> for a deployed stage.',
        );
      });
    });
  });
});
