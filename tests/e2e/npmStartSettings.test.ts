import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoClient } from '../../data/client';
import { createDb, type Db } from '../../data/db';
import { listCategories } from '../../data/categories';
import { createCategory } from '../../domain/catalog/createCategory';
import { getAliasSettings, putAliasSettings } from '../../data/aliasSettings';
import { ensureTable } from '../../local/ensureTable';
import { runningLocalStack } from '../../local/dataDir';
import { startLocalStack } from '../../local/startLocalStack';
import { loadCommandInProcess, type InProcessCommand } from '../helpers/commandInProcess';
import { npmStart, type NpmStart } from '../helpers/npmStart';
import { runCommand } from '../helpers/runCommand';
import { sharedDynamoDb } from '../helpers/sharedDynamoDb';

/**
 * One `npm start -- --fresh` on a DynamoDB Local of the caller's (DYNAMODB_ENDPOINT: the worker's)
 * and a table named by DYNAMODB_TABLE (no other test file uses it), with the storefront on a port of
 * its own; `npm run settings` and `npm run job` are run against it: as processes where a test says
 * so, else their code in this process (tests/helpers/commandInProcess.ts), finding the stack as a
 * process does, by the running-stack file in STOREFRONT_DATA_DIR.
 */
describe('npm start -- --fresh on DYNAMODB_ENDPOINT and DYNAMODB_TABLE, and npm run settings against it', () => {
  const { dynamoDbEndpoint: endpoint, tableName } = sharedDynamoDb('npm-start');
  let db: Db;
  let dataDir: string;
  let stack: NpmStart;
  let banner: string;

  const commands: Record<string, InProcessCommand> = {};
  const inProcess = (file: string, args: string[]) => (commands[file] ??= loadCommandInProcess(file)).run(args, { STOREFRONT_DATA_DIR: dataDir });
  const settings = (...args: string[]) => inProcess('scripts/settings.ts', args);
  const settingsProcess = (...args: string[]) => runCommand('scripts/settings.ts', args, { STOREFRONT_DATA_DIR: dataDir });
  const json = (stdout: string) => JSON.parse(stdout.slice(0, stdout.lastIndexOf('}') + 1)) as Record<string, any>;

  beforeAll(async () => {
    // Arrange: the external table holds data of an earlier run, settings included
    db = createDb({ client: createDynamoClient({ region: 'us-east-1', endpoint }), tableName });
    await ensureTable(endpoint, tableName);
    await createCategory(db, { name: 'Left over', slug: 'left-over' });
    await putAliasSettings(db, { alias: 'local', settings: { logLevel: 'DEBUG' }, expectedRevision: 0 });
    dataDir = mkdtempSync(join(tmpdir(), 'storefront-e2e-settings-'));

    stack = npmStart({ STOREFRONT_DATA_DIR: dataDir, PORT: '0', WEB_PORT: '0', DYNAMODB_ENDPOINT: endpoint, DYNAMODB_TABLE: tableName }, ['--fresh']);
    [banner] = await stack.waitFor(/Storefront GraphQL API ready[\s\S]*Ctrl-C stops[^\n]*\n/);
  }, 120_000);

  afterAll(async () => {
    if (stack && stack.child.exitCode === null) await stack.interrupt();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('npm start -- --fresh', () => {
    it('deletes and recreates the table DYNAMODB_TABLE names on that endpoint, seeds it again, and names it in its running-stack file', async () => {
      expect(banner).toContain(`DynamoDB:     ${endpoint}   table ${tableName} (deleted and created again: --fresh)\n`);
      expect(banner).toMatch(/Demo data: {4}3 categories, \d+ products, \d+ reviews\n/);
      expect(runningLocalStack(dataDir)?.tableName).toBe(tableName);
      expect((await listCategories(db)).map((category) => category.slug).sort()).toEqual(['brewing-gear', 'coffee', 'tea']);
    });

    it('says in its banner which runtime settings are in force, with no WARN line for the fresh table', async () => {
      const [, url] = banner.match(/GraphQL:\s+(http:\/\/localhost:\d+\/graphql)/)!;
      const answer = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ categories { slug } }"}',
      });

      expect(answer.status).toBe(200);
      expect(banner).toContain('  Settings:     alias local: the defaults (no overrides)\n');
      expect(stack.output()).not.toMatch(/"level":"WARN"|No runtime settings item/);
    });

    it('lists the storefront origin it serves in the banner’s CORS list', () => {
      const [, webUrl] = banner.match(/Storefront:\s+(http:\/\/localhost:\d+)\n/)!;
      const [, cors] = banner.match(/CORS ([^;]+);/)!;

      expect(cors!.split(', ')).toContain(webUrl);
    });
  });

  describe('npm run settings', () => {
    it('reads the item npm start made for alias local (a process of its own)', async () => {
      const result = await settingsProcess('get', 'local');

      expect(result.code).toBe(0);
      const { alias, revision, settings: stored } = json(result.stdout);
      expect({ alias, revision, stored }).toEqual({ alias: 'local', revision: 1, stored: {} });
    });

    it('sets a setting, saying when running functions apply it (the refreshSeconds in force)', async () => {
      const first = await settings('set', 'local', 'logLevel=INFO', 'refreshSeconds=5');
      const second = await settings('set', 'local', 'logSampleRate=0.5');

      expect(first.code).toBe(0);
      expect(json(first.stdout)).toEqual({ alias: 'local', revision: 2, settings: { logLevel: 'INFO', refreshSeconds: 5 } });
      // the interval in force when it was saved is the default one; the next change waits the new one
      expect(first.stdout).toContain('Saved. Functions of alias "local" apply it at their first request after at most 60 s');
      expect(second.stdout).toContain('apply it at their first request after at most 5 s');
      expect((await getAliasSettings(db, { alias: 'local' }))?.settings).toEqual({ logLevel: 'INFO', refreshSeconds: 5, logSampleRate: 0.5 });
    });

    it('refuses an unknown setting or an invalid value, and writes nothing', async () => {
      const before = await getAliasSettings(db, { alias: 'local' });

      const unknown = await settings('set', 'local', 'lowStockTreshold=10');
      const invalid = await settings('set', 'local', 'logLevel=LOUD', 'readOnly=true');

      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/^Nothing was changed:\n {2}lowStockTreshold: unknown setting \(known: [^)]*lowStockThreshold/);
      expect(invalid.code).toBe(2);
      expect(invalid.stderr).toMatch(/^Nothing was changed:\n {2}logLevel: /);
      expect(await getAliasSettings(db, { alias: 'local' })).toEqual(before);
    });

    it('sets lowStockThreshold (docs/events.md), which npm run job -- low-stock then uses', async () => {
      const set = await settings('set', 'local', 'lowStockThreshold=10');
      const job = await inProcess('scripts/job.ts', ['low-stock']);

      expect(set.code).toBe(0);
      expect(job.code).toBe(0);
      expect(job.stdout).toMatch(/product\(s\) at or below their threshold \(default 10\)/);
    });

    it('unsets a setting back to its default', async () => {
      const result = await settings('unset', 'local', 'lowStockThreshold', 'logSampleRate');

      expect(result.code).toBe(0);
      expect((await getAliasSettings(db, { alias: 'local' }))?.settings).toEqual({ logLevel: 'INFO', refreshSeconds: 5 });
    });

    it('says that another alias written to the local table applies nowhere', async () => {
      const result = await settings('set', 'prod', 'lowStockThreshold=10');

      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        'Note: this is the local table, whose function reads alias "local" only: "prod" is stored here but applies nowhere. ' +
          'For a deployed stage, add --table <TableName> --region <region>.',
      );
      expect((await getAliasSettings(db, { alias: 'prod' }))?.settings).toEqual({ lowStockThreshold: 10 });
    });
  });

  describe('when npm start ends', () => {
    it('Ctrl-C removes the running-stack file, after which the commands say no stack is running', async () => {
      expect(existsSync(join(dataDir, 'local-stack.json'))).toBe(true);

      expect(await stack.interrupt()).toBe(0);
      const after = await settingsProcess('get', 'local');

      expect(existsSync(join(dataDir, 'local-stack.json'))).toBe(false);
      expect({ code: after.code, stderr: after.stderr.trim() }).toEqual({
        code: 2,
        stderr: 'No local stack is running. Start it with `npm start`, or pass --table <name> [--region <region>] for a deployed stage.',
      });
    });

    it('a start that fails part way (while starting the storefront, after the API) leaves no running-stack file behind', async () => {
      // the storefront's port is taken after npm start checked it (and under Jest, Vite, an ES module, does not even load)
      const blocker = createServer();
      const webPort = await new Promise<number>((resolve) => blocker.listen(0, () => resolve((blocker.address() as { port: number }).port)));
      try {
        const start = startLocalStack({ port: 0, dataDir, dynamoDbEndpoint: endpoint, tableName, webPort });

        await expect(start).rejects.toThrow();
        expect(existsSync(join(dataDir, 'local-stack.json'))).toBe(false);
      } finally {
        blocker.close();
      }
    });
  });
});
