import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildOptions, Metafile } from 'esbuild';
import * as bundling from '../../infra/bundle';
import { lambdaEsbuildOptions } from '../../infra/bundle';
import { PROJECT_ROOT } from './helpers/synthesize';
import { pingAsset } from '../helpers/assetPing';
import { bundle } from '../helpers/bundleCache';

/** Bundles the Lambda entry with the production settings and the given aliases, and lists the Apollo files that went in. */
async function apolloInputs(alias: Record<string, string>): Promise<string[]> {
  const result = await bundle({
    ...lambdaEsbuildOptions(PROJECT_ROOT, path.join(PROJECT_ROOT, 'unused.js')),
    alias,
    write: false,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).filter((input) => input.includes('node_modules/@apollo/server/dist/'));
}

describe('the Lambda bundle', () => {
  const { alias } = lambdaEsbuildOptions(PROJECT_ROOT, path.join(PROJECT_ROOT, 'unused.js'));

  it('contains one copy of Apollo Server (its ES module build), subpath imports included', async () => {
    // Act
    const inputs = await apolloInputs(alias!);

    // Assess
    expect(inputs.filter((input) => input.includes('/dist/cjs/'))).toEqual([]);
    expect(inputs).toContain('node_modules/@apollo/server/dist/esm/index.js');
    expect(inputs).toContain('node_modules/@apollo/server/dist/esm/errors/index.js');
  });

  it('would contain both builds without the Apollo dedupe alias (the check above can fail)', async () => {
    const { '@apollo/server': _apollo, ...withoutApolloDedupe } = alias!;

    const inputs = await apolloInputs(withoutApolloDedupe);

    expect(inputs.some((input) => input.includes('/dist/esm/'))).toBe(true);
    expect(inputs.some((input) => input.includes('/dist/cjs/'))).toBe(true);
  });
});

describe('the production bundle, against the same build with some of its settings undone', () => {
  const options = lambdaEsbuildOptions(PROJECT_ROOT, path.join(PROJECT_ROOT, 'unused.js'));
  const { '@graphql-tools/utils': _utils, '@graphql-tools/schema': _schema, ...aliasWithoutGraphqlToolsDedupe } = options.alias!;
  let production: BuiltBundle;
  let without: BuiltBundle;

  beforeAll(async () => {
    production = await bundleWith(options);
    without = await bundleWith({ ...options, supported: {}, alias: aliasWithoutGraphqlToolsDedupe });
  }, 120_000);

  it("hashes queries with Node's crypto, leaves out Apollo's usage reporting and ElectroDB's model validation, and keeps X-Ray's context without async hooks", () => {
    const { inputs } = production;
    expect(
      inputs.filter((input) =>
        /node_modules\/(sha\.js|@apollo\/utils\.createhash|@apollo\/usage-reporting-protobuf|jsonschema|cls-hooked)\//.test(input),
      ),
    ).toEqual([]);
    expect(inputs).toEqual(
      expect.arrayContaining([
        'infra/bundle/stubs/apolloCreateHash.js',
        'infra/bundle/stubs/apolloUsageReporting.js',
        'infra/bundle/stubs/electrodbModelValidator.js',
        'infra/bundle/stubs/clsHooked/context.js',
      ]),
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the stub is plain CommonJS, as bundled
    const { createHash } = require('../../infra/bundle/stubs/apolloCreateHash.js') as { createHash: (kind: string) => import('node:crypto').Hash };
    expect(createHash('sha256').update('abc').digest('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('has no CommonJS file requiring graphql, which would hand each of them a copy of its namespace', async () => {
    // Prepare
    const withApolloCommonJs = { ...options, alias: { ...options.alias, '@apollo/server': './node_modules/@apollo/server/dist/cjs' } };

    // Act
    const commonJs = graphqlRequirers(await bundleWith(withApolloCommonJs));

    // Assess
    expect(graphqlRequirers(production)).toEqual([]);
    expect(commonJs).toContain('node_modules/@apollo/server/dist/cjs/ApolloServer.js');
  });

  it('carries one copy of each @graphql-tools package, in one build, where npm nests two copies of utils', () => {
    const builds = (inputs: string[]) =>
      [...new Set(inputs.flatMap((input) => /@graphql-tools\/(schema|merge)\/(cjs|esm)\//.exec(input)?.slice(1, 3).join(' ') ?? []))].sort();
    expect(packageDirs(production.inputs, '@graphql-tools/utils')).toHaveLength(1);
    expect(builds(production.inputs)).toEqual(['merge esm', 'schema esm']);
    expect(packageDirs(without.inputs, '@graphql-tools/utils')).toHaveLength(2);
  });

  it("has no dynamic import() left (it would start Node's ESM loader on the first request)", () => {
    expect(production.code).not.toMatch(/\bimport\(/);
    expect(without.code).toMatch(/\bimport\("node:http"\)/);
  });
});

interface BuiltBundle {
  readonly inputs: string[];
  readonly metafile: Metafile;
  readonly code: string;
}

async function bundleWith(options: BuildOptions): Promise<BuiltBundle> {
  const { metafile, code } = await bundle({ ...options, write: false, logLevel: 'silent' });
  return { inputs: Object.keys(metafile.inputs), metafile, code };
}

/** Files of the bundle that `require` graphql (each gets its own copy of graphql's ES module namespace). */
function graphqlRequirers({ metafile }: BuiltBundle): string[] {
  return Object.entries(metafile.inputs)
    .filter(([, input]) => input.imports.some((imported) => imported.kind === 'require-call' && imported.path.startsWith('node_modules/graphql/')))
    .map(([file]) => file);
}

/** Distinct directories the bundle took a package's files from. */
function packageDirs(inputs: string[], name: string): string[] {
  const marker = `node_modules/${name}/`;
  return [...new Set(inputs.filter((input) => input.includes(marker)).map((input) => input.slice(0, input.lastIndexOf(marker) + marker.length)))];
}

describe('the V8 code cache of a pinned stage (infra/bundle/), recorded by this Node', () => {
  const flags = bundling.lambdaNodeFlags(1024);
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lambda-code-cache-'));
    await bundle({ ...bundling.lambdaEsbuildOptions(PROJECT_ROOT, path.join(dir, 'index.js')), logLevel: 'silent' });
    for (const command of bundling.afterBundlingCommands(dir, { node: [process.execPath], flags })) {
      execFileSync('bash', ['-c', command], { stdio: 'ignore' });
    }
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A warm-up ping to the asset in a fresh Node with Lambda's flags, through the exec wrapper unless told otherwise. */
  const ping = ({ wrapped }: { wrapped: boolean }) =>
    pingAsset(dir, { node: [process.execPath], flags, wrapped, env: { ...process.env, ...bundling.CODE_CACHE_ENV } });

  it('ships a loader, the bundle with its source map, the exec wrapper and a cache recorded with the flags the wrapper leaves', () => {
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['app.cache', 'app.cache.json', 'app.js', 'app.js.map', bundling.LAMBDA_EXEC_WRAPPER.assetName, 'index.js'].sort(),
    );
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'app.cache.json'), 'utf8'))).toMatchObject({
      node: process.version,
      execArgv: flags.filter((flag) => flag !== '--expose-gc'),
    });
    expect(fs.readFileSync(path.join(dir, 'app.js'), 'utf8')).not.toMatch(/\bimport\("node:/);
  });

  it('is accepted by the same Node started as on Lambda, through the exec wrapper', () => {
    const run = ping({ wrapped: true });
    expect(run.stdout).toContain('PING {"warmed":true}');
    expect(run.stdout).not.toContain('CodeCacheRejected');
  });

  it('when rejected (other flags: --expose-gc kept), is logged and counted, and the function still works', () => {
    const run = ping({ wrapped: false });
    expect(run.stdout).toContain('PING {"warmed":true}');
    const warning = JSON.parse(run.stdout.split('\n').find((line) => line.includes('CodeCacheRejected'))!);
    expect(warning).toMatchObject({
      level: 'WARN',
      CodeCacheRejected: 1,
      _aws: { CloudWatchMetrics: [{ Metrics: [{ Name: 'CodeCacheRejected' }] }] },
    });
  });
});
