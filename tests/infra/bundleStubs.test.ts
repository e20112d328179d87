import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { APIGatewayProxyResult } from 'aws-lambda';
import { build, type Metafile } from 'esbuild';
import { APOLLO_DEDUPE, CODE_CACHE_ENV, GRAPHQL_TOOLS_DEDUPE, lambdaEsbuildOptions } from '../../infra/bundle';
import { PROJECT_ROOT } from '../../infra/projectRoot';
import { graphqlEvent, lambdaContext } from '../helpers/apiGatewayEvent';
import { invokeBundle } from '../helpers/invokeBundle';

// Each stub and alias of infra/bundle/ replaces a detail of a package. The tests below are named
// after the stub (or alias) and the package: when a dependency upgrade breaks one, the failing
// test says which, and docs/bundling.md says what to do.

const STUBS = path.join(PROJECT_ROOT, 'infra', 'bundle', 'stubs');

/** Every stub file with the packages it names in its `// Mirrors:` line. */
function mirroredPackages(): Array<{ stub: string; name: string; version: string }> {
  const files = fs.readdirSync(STUBS, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  return files.flatMap((file) => {
    const line = /^\/\/ Mirrors: (.+)$/m.exec(fs.readFileSync(path.join(STUBS, file), 'utf8'))?.[1] ?? '';
    return [...line.matchAll(/(@?[\w./-]+)@(\d+\.\d+\.\d+)/g)].map(([, name, version]) => ({ stub: file, name: name!, version: version! }));
  });
}

/** The version of `name` that the bundle would otherwise take: the copy installed at the top of node_modules. */
function installedVersion(name: string): string {
  return packageJson(path.join(PROJECT_ROOT, 'node_modules', name)).version as string;
}

function packageJson(dir: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, any>;
}

/** Directory of the package `name` as code in `from` (a directory) finds it: the nearest node_modules/<name> up the tree. */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) throw new Error(`${name} is not installed where ${from} can find it`);
  }
}

/** The file `specifier` resolves to from the package directory `from`: what that package's code loads. */
const resolvedFrom = (specifier: string, from: string) => require.resolve(specifier, { paths: [from] });

/** The production bundle (built once into `bundleDir`) and its inputs (esbuild metafile). */
let bundleDir: string;
let metafile: Metafile;
beforeAll(async () => {
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-stubs-'));
  ({ metafile } = await build({ ...lambdaEsbuildOptions(PROJECT_ROOT, path.join(bundleDir, 'index.js')), metafile: true, logLevel: 'silent' }));
}, 120_000);
afterAll(() => fs.rmSync(bundleDir, { recursive: true, force: true }));

/** The files of the production bundle that import `file` (a stub), with the specifiers they wrote. */
function importersOf(file: string): string[] {
  return Object.entries(metafile.inputs).flatMap(([input, { imports }]) =>
    imports.filter((imported) => imported.path === file).map((imported) => `${input} → ${imported.original}`),
  );
}

/**
 * Answers `{ __typename }` through the production handler (createLambdaHandler, Apollo, its request
 * listeners) with the given modules replaced by stub files, as the bundle replaces them: `mocks`
 * maps a resolved module file to the stub that takes its place. Returns the answer and whether
 * each replaced module was loaded (required at least once) as its stub.
 */
async function typenameWith(mocks: Record<string, string>): Promise<{ answer: APIGatewayProxyResult; loaded: string[] }> {
  let handler!: (event: unknown, context: unknown) => Promise<unknown>;
  const loaded = new Set<string>();
  jest.isolateModules(() => {
    for (const [file, stub] of Object.entries(mocks)) {
      jest.doMock(file, () => {
        loaded.add(file);
        return jest.requireActual(stub);
      });
    }
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded inside the isolated registry, after the mocks */
    const { createLambdaHandler } = require('../../server/createLambdaHandler') as typeof import('../../server/createLambdaHandler');
    const { defaultRuntimeSettings } = require('../../runtime/settings/runtimeSettings') as typeof import('../../runtime/settings/runtimeSettings');
    const { fixedSettings } = require('../helpers/fixedSettings') as typeof import('../helpers/fixedSettings');
    const { RequestLogger } = require('../../server/RequestLogger') as typeof import('../../server/RequestLogger');
    /* eslint-enable @typescript-eslint/no-require-imports */
    handler = createLambdaHandler({
      config: {
        stage: 'test',
        region: 'us-east-1',
        tableName: 'stubs',
        dynamoDbEndpoint: 'http://127.0.0.1:9',
        corsOrigins: ['https://shop.example.com'],
        introspection: false,
        trustedDocuments: 'allow',
        auth: { kind: 'local', issuer: 'https://issuer.example.com', clientId: 'stubs', jwks: { keys: [] } },
        cursorKey: { kind: 'static', secret: 'stub-test-cursor-secret-0123456789abcdef' },
        stageCache: false,
        logLevel: 'ERROR',
        tracing: false,
        costForEveryone: false,
      },
      logger: new RequestLogger({ serviceName: 'stubs', logLevel: 'SILENT' }),
      settings: fixedSettings(defaultRuntimeSettings()),
    }) as typeof handler;
  });
  const answer = (await handler(
    graphqlEvent({ query: '{ __typename }', headers: { Origin: 'https://shop.example.com' } }),
    lambdaContext(),
  )) as APIGatewayProxyResult;
  return { answer, loaded: [...loaded] };
}

describe('the bundle stubs (infra/bundle/stubs)', () => {
  const mirrored = mirroredPackages();

  it('each name the releases of the packages they replace or depend on', () => {
    const stubs = new Set(mirrored.map(({ stub }) => stub));
    expect([...stubs].sort()).toEqual(['apolloCreateHash.js', 'apolloUsageReporting.js', 'clsHooked/context.js', 'electrodbModelValidator.js']);
  });

  // A stub copies a private detail of a package. When the package changes, this fails: check the
  // stub against the new release (docs/bundling.md), then update its `// Mirrors:` line.
  it.each(mirrored.map(({ stub, name, version }) => [name, version, stub]))('%s is still %s, as %s mirrors it', (name, version) => {
    expect(installedVersion(name)).toBe(version);
  });
});

describe('stubs/apolloCreateHash.js, bundled in place of @apollo/utils.createhash', () => {
  const apolloDir = packageDir('@apollo/server', PROJECT_ROOT);
  const real = jest.requireActual<Record<string, unknown>>(resolvedFrom('@apollo/utils.createhash', apolloDir));
  const stub = jest.requireActual<{ createHash: (kind: string) => import('node:crypto').Hash }>(path.join(STUBS, 'apolloCreateHash.js'));

  it('provides every export of @apollo/utils.createhash', () => {
    expect(Object.keys(stub).sort()).toEqual(expect.arrayContaining(Object.keys(real).sort()));
  });

  it('gives the digests @apollo/utils.createhash gives', () => {
    const digest = (createHash: (kind: string) => import('node:crypto').Hash, text: string) => createHash('sha256').update(text).digest('hex');
    for (const text of ['{ __typename }', 'query Ü { categories { name } }']) {
      expect(digest(stub.createHash, text)).toBe(digest(real.createHash as typeof stub.createHash, text));
    }
  });

  it('lets Apollo hash and answer a query through the production handler', async () => {
    const replaced = resolvedFrom('@apollo/utils.createhash', path.join(apolloDir, 'dist', 'cjs'));

    const { answer, loaded } = await typenameWith({ [replaced]: path.join(STUBS, 'apolloCreateHash.js') });

    expect(loaded).toEqual([replaced]);
    expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('stubs/apolloUsageReporting.js, bundled in place of @apollo/usage-reporting-protobuf and @apollo/utils.usagereporting', () => {
  const stubFile = 'infra/bundle/stubs/apolloUsageReporting.js';

  it("is imported only by Apollo's reporting plugins (usage reporting, inline traces, their trace builder), which the server installs disabled", () => {
    const importers = importersOf(stubFile);
    const server = fs.readFileSync(path.join(PROJECT_ROOT, 'server', 'createServer.ts'), 'utf8');

    expect(importers.length).toBeGreaterThan(0);
    expect(
      importers.filter(
        (importer) => !/^node_modules\/@apollo\/server\/dist\/esm\/plugin\/(usageReporting\/|inlineTrace\/|traceTreeBuilder\.js)/.test(importer),
      ),
    ).toEqual([]);
    expect(server).toMatch(/ApolloServerPluginUsageReportingDisabled\(\)/);
    expect(server).toMatch(/ApolloServerPluginInlineTraceDisabled\(\)/);
  });

  it('lets the production bundle, which loads the plugins that import it, start and answer a query: Apollo never reads it (a read throws)', async () => {
    // Act: the bundle started as Lambda starts it, its settings store out of reach (it keeps the defaults)
    const { answers, stderr } = await invokeBundle<APIGatewayProxyResult>(
      path.join(bundleDir, 'index.js'),
      [graphqlEvent({ query: '{ __typename }', headers: { Origin: CODE_CACHE_ENV.CORS_ORIGINS! } })],
      {
        functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:storefront-api-test:test',
        env: { PATH: process.env.PATH, ...CODE_CACHE_ENV, DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' },
      },
    );

    // Assess
    expect(JSON.parse(answers[0]!.body)).toEqual({ data: { __typename: 'Query' } });
    expect(stderr).not.toContain('not part of this bundle');
    expect(() => (jest.requireActual(path.join(STUBS, 'apolloUsageReporting.js')) as { Trace: unknown }).Trace).toThrow(/not part of this bundle/);
  });
});

describe('stubs/electrodbModelValidator.js, bundled in place of jsonschema', () => {
  const electrodbDir = packageDir('electrodb', PROJECT_ROOT);

  it("is required only by ElectroDB's model validation (electrodb/src/validations.js)", () => {
    expect(importersOf('infra/bundle/stubs/electrodbModelValidator.js')).toEqual(['node_modules/electrodb/src/validations.js → jsonschema']);
  });

  it('lets ElectroDB build every entity of the service with it', () => {
    // Prepare
    const replaced = resolvedFrom('jsonschema', path.join(electrodbDir, 'src'));
    let entities: string[] = [];
    let loaded = false;

    // Act
    jest.isolateModules(() => {
      jest.doMock(replaced, () => {
        loaded = true;
        return jest.requireActual(path.join(STUBS, 'electrodbModelValidator.js'));
      });
      /* eslint-disable @typescript-eslint/no-require-imports -- loaded inside the isolated registry, after the mock */
      const { createDb } = require('../../data/db') as typeof import('../../data/db');
      const { DynamoDBClient } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
      const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb') as typeof import('@aws-sdk/lib-dynamodb');
      /* eslint-enable @typescript-eslint/no-require-imports */
      const db = createDb({ client: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })), tableName: 'stubs' });
      entities = Object.keys(db.entities);
    });

    // Assess
    expect(loaded).toBe(true);
    expect(entities).toHaveLength(23);
  });
});

describe('stubs/clsHooked/, bundled in place of cls-hooked', () => {
  const xrayDir = packageDir('aws-xray-sdk-core', PROJECT_ROOT);
  const stub = jest.requireActual<Record<string, (name: string) => object>>(path.join(STUBS, 'clsHooked'));

  it('is required only by the X-Ray SDK (aws-xray-sdk-core), which calls only functions it exports', () => {
    const context = fs.readFileSync(path.join(xrayDir, 'dist', 'lib', 'context_utils.js'), 'utf8');
    const called = [...new Set([...context.matchAll(/\bcls\.(\w+)\(/g)].map((match) => match[1]!))];

    expect(importersOf('infra/bundle/stubs/clsHooked/context.js')).toEqual([
      'node_modules/aws-xray-sdk-core/dist/lib/context_utils.js → cls-hooked/context',
    ]);
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter((name) => typeof stub[name] !== 'function')).toEqual([]);
  });

  it("has every namespace method of cls-hooked's that the X-Ray SDK calls", () => {
    // Prepare: the methods of a real cls-hooked namespace that the stub's namespaces lack
    const cls = jest.requireActual<typeof stub & { destroyNamespace(name: string): void }>(resolvedFrom('cls-hooked', xrayDir));
    const real = Object.getOwnPropertyNames(Object.getPrototypeOf(cls.createNamespace('bundle-stubs-probe')));
    cls.destroyNamespace('bundle-stubs-probe');
    const ours = new Set(Object.getOwnPropertyNames(Object.getPrototypeOf(stub.createNamespace!('bundle-stubs-probe'))));
    const lacking = real.filter((name) => name !== 'constructor' && !ours.has(name));

    // Act: every call of one of them in the SDK (process.exit aside)
    const sources = fs.readdirSync(path.join(xrayDir, 'dist', 'lib'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    const calls = sources.flatMap((file) =>
      [...fs.readFileSync(path.join(xrayDir, 'dist', 'lib', file), 'utf8').matchAll(new RegExp(`(?<!process)\\.(${lacking.join('|')})\\(`, 'g'))].map(
        (match) => `${file}: ${match[1]}`,
      ),
    );

    // Assess
    expect(lacking.length).toBeGreaterThan(0);
    expect(calls).toEqual([]);
  });

  it("keeps the X-Ray SDK's current segment across awaits, in Lambda's mode, as the Tracer uses it", async () => {
    // Prepare: the SDK loaded as on Lambda, with the stub for its cls-hooked
    const replaced = resolvedFrom('cls-hooked/context', xrayDir);
    const saved = { ...process.env };
    Object.assign(process.env, {
      LAMBDA_TASK_ROOT: PROJECT_ROOT,
      _X_AMZN_TRACE_ID: 'Root=1-6560f0a0-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1',
      AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:9',
      AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
    });
    let xray!: {
      getSegment(): unknown;
      captureAsyncFunc(name: string, fn: (subsegment: { close(): void }) => unknown): unknown;
      setLogger(logger: object): void;
    };
    let loaded = false;
    try {
      jest.isolateModules(() => {
        jest.doMock(replaced, () => {
          loaded = true;
          return jest.requireActual(path.join(STUBS, 'clsHooked', 'context.js'));
        });
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded inside the isolated registry, after the mock
        xray = require(path.join(xrayDir, 'dist', 'lib', 'index.js')) as typeof xray;
      });
      xray.setLogger({ debug() {}, info() {}, warn() {}, error() {} });

      // Act
      const facade = xray.getSegment();
      const [subsegment, current] = await new Promise<[unknown, unknown]>((resolve) => {
        xray.captureAsyncFunc('probe', async (sub) => {
          await new Promise((next) => setImmediate(next));
          const seen = xray.getSegment();
          sub.close();
          resolve([sub, seen]);
        });
      });

      // Assess
      expect(loaded).toBe(true);
      expect(facade).toMatchObject({ facade: true });
      expect(current).toBe(subsegment);
      expect(xray.getSegment()).toBe(facade);
    } finally {
      process.env = saved;
    }
  });
});

describe('the Apollo dedupe alias (infra/bundle/: @apollo/server → its ES module build)', () => {
  const apolloDir = packageDir('@apollo/server', PROJECT_ROOT);
  const aliased = path.join(PROJECT_ROOT, APOLLO_DEDUPE['@apollo/server']);

  it('names a directory that holds the ES module entry of every subpath @apollo/server exports', () => {
    const exported = Object.entries(packageJson(apolloDir).exports as Record<string, { import?: string } | string>).filter(
      ([subpath, target]) => !subpath.endsWith('package.json') && typeof target === 'object' && target.import,
    );
    const elsewhere = exported
      .map(([subpath, target]) => [subpath, path.join(apolloDir, (target as { import: string }).import)] as const)
      .filter(([subpath, file]) => file !== path.join(aliased, subpath, 'index.js'))
      .map(([subpath, file]) => `${subpath} → ${path.relative(PROJECT_ROOT, file)}`);

    expect(exported.length).toBeGreaterThan(1);
    expect(fs.existsSync(path.join(aliased, 'index.js'))).toBe(true);
    expect(elsewhere).toEqual([]);
  });

  it('merges one installed copy: the Lambda integration resolves the @apollo/server the alias names', () => {
    const integration = packageDir('@as-integrations/aws-lambda', PROJECT_ROOT);

    expect(packageDir('@apollo/server', integration)).toBe(apolloDir);
    expect(path.relative(PROJECT_ROOT, aliased).startsWith(path.relative(PROJECT_ROOT, apolloDir) + path.sep)).toBe(true);
  });
});

describe('the @graphql-tools dedupe aliases (infra/bundle/: @graphql-tools/schema and @graphql-tools/utils)', () => {
  const apolloDir = packageDir('@apollo/server', PROJECT_ROOT);

  it('send @graphql-tools/schema to the ES module entry of the copy Apollo resolves', () => {
    const schemaDir = packageDir('@graphql-tools/schema', apolloDir);
    const target = path.join(PROJECT_ROOT, GRAPHQL_TOOLS_DEDUPE['@graphql-tools/schema']);

    expect(target).toBe(path.join(schemaDir, packageJson(schemaDir).module as string));
    expect(fs.existsSync(target)).toBe(true);
  });

  it('send every package of the bundle that imports @graphql-tools/utils to a release its dependency range accepts', () => {
    // Prepare: the utils the alias names, and each importing package's range for it
    const utilsVersion = packageJson(path.join(PROJECT_ROOT, GRAPHQL_TOOLS_DEDUPE['@graphql-tools/utils'])).version as string;
    const importers = new Set(
      Object.entries(metafile.inputs)
        .filter(([, { imports }]) => imports.some((imported) => imported.original === '@graphql-tools/utils'))
        .map(([input]) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+\/)/.exec(input)![1]!),
    );

    // Act
    const refused = [...importers].flatMap((dir) => {
      const range = (packageJson(path.join(PROJECT_ROOT, dir)).dependencies as Record<string, string>)['@graphql-tools/utils']!;
      return caretAccepts(range, utilsVersion) ? [] : [`${dir} wants ${range}`];
    });

    // Assess
    expect([...importers].sort()).toEqual(expect.arrayContaining(['node_modules/@graphql-tools/merge/', 'node_modules/@graphql-tools/schema/']));
    expect(refused).toEqual([]);
  });
});

/** Whether a `^x.y.z` range accepts `version` (the only form these packages use; any other is reported as not accepted). */
function caretAccepts(range: string, version: string): boolean {
  const wanted = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range)?.slice(1).map(Number);
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (!wanted) return false;
  return major === wanted[0] && (minor > wanted[1]! || (minor === wanted[1] && patch >= wanted[2]!));
}
