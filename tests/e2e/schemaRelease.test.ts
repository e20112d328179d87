import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../infra/projectRoot';
import { runCommand } from '../helpers/runCommand';

/** `npm run schema:check` / `npm run schema:release`, as their npm scripts run them, in a scratch copy of the project. */
const schemaCommand = (root: string, ...args: string[]) => runCommand(join(root, 'scripts', 'schemaCheck.ts'), args);

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

const PROBE_DOCUMENT = 'query ReleaseProbe { __typename releaseProbe }';
const PROBE_HASH = `sha256:${createHash('sha256').update(PROBE_DOCUMENT).digest('hex')}`;

describe('npm run schema:release', () => {
  let root: string;

  beforeAll(() => {
    // Arrange: the files the schema commands read and write, copied, with a field and a storefront
    // document that the last release does not have, and one accepted breaking change
    root = mkdtempSync(join(tmpdir(), 'storefront-schema-release-'));
    // (the schema check also reads each stage's document cost budget: infra/stages.ts and what it imports)
    for (const folder of ['scripts', 'release', 'schema', 'infra', 'core', 'data', 'domain', 'runtime']) {
      cpSync(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
    }
    mkdirSync(join(root, 'generated', 'web'), { recursive: true });
    const documents = readJson<Record<string, string>>(join(PROJECT_ROOT, 'generated', 'web', 'persisted-documents.json'));
    writeFileSync(join(root, 'generated', 'web', 'persisted-documents.json'), JSON.stringify({ ...documents, [PROBE_HASH]: PROBE_DOCUMENT }));
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
    appendFileSync(
      join(root, 'schema', 'catalog.graphql'),
      '\nextend type Query {\n  """Always null: it exists to be released."""\n  releaseProbe: String\n}\n',
    );
    writeFileSync(
      join(root, 'release', 'schema-exceptions.json'),
      JSON.stringify({ exceptions: [{ change: 'FIELD_REMOVED Query.neverThere', reason: 'accepted for this release only' }] }),
    );
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('records the schema, clears the accepted changes and keeps the storefront documents trusted', async () => {
    // Act
    const released = await schemaCommand(root, '--release');

    // Assert
    expect(released.stderr).toBe('');
    expect(released.code).toBe(0);
    expect(released.stdout).toMatch(/Commit the three files\./);
    const schema = readFileSync(join(root, 'release', 'released-schema.graphql'), 'utf8');
    expect(schema).toMatch(/^# The schema of the last release to prod, written by `npm run schema:release`\. Never edit by hand\./);
    expect(schema).toMatch(/releaseProbe: String/);
    expect(readJson(join(root, 'release', 'schema-exceptions.json'))).toEqual({ exceptions: [] });
    const trusted = readJson<Record<string, string>>(join(root, 'release', 'released-documents.json'));
    const before = readJson<Record<string, string>>(join(PROJECT_ROOT, 'release', 'released-documents.json'));
    expect(trusted).toEqual(expect.objectContaining({ ...before, [PROBE_HASH]: PROBE_DOCUMENT }));
    expect(Object.keys(trusted)).toEqual(Object.keys(trusted).sort());
  }, 120_000);

  it('leaves nothing for the next check to report', async () => {
    // Act
    const checked = await schemaCommand(root);

    // Assert
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(
      /Schema is compatible with the last release \(0 safe, 0 dangerous, 0 accepted breaking changes; \d+ trusted documents valid\)\./,
    );
  }, 120_000);
});
