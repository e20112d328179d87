/** Jest projects, one per test kind: `npm run test:<kind>` runs one, `npm test` runs them all. */

// DynamoDB Local sends AWS usage telemetry unless told not to (AWS documents DDB_LOCAL_TELEMETRY=0);
// without it each instance the run starts (global setup, test files, the `npm start`s the tests run,
// all inheriting this environment) takes about a second less CPU to start
process.env.DDB_LOCAL_TELEMETRY ??= '0';

const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
};

const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  roots: [`<rootDir>/tests/${name}`],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/helpers/env.ts'],
  ...extra,
});

/**
 * One DynamoDB Local per Jest worker for every project that needs it (the same module path runs
 * once per Jest run; tests/helpers/sharedDynamoDb.ts says why per worker). Each test file uses
 * tables of its own on it (a test that starts `npm start` passes DYNAMODB_TABLE).
 */
const withDynamoDbLocal = {
  globalSetup: '<rootDir>/tests/helpers/dynamoGlobalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/dynamoGlobalTeardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    project('unit'),
    project('integration', withDynamoDbLocal),
    // tests/security and tests/reliability: hostile requests, faults and races against the real
    // handler; each suite ends with a one-line summary (printed by the global teardown)
    project('security', withDynamoDbLocal),
    project('reliability', withDynamoDbLocal),
    // local stacks on the worker's DynamoDB Local, each in a table of its own (tests/helpers/sharedDynamoDb.ts);
    // `npm start` as a user runs it, and the burst on a DynamoDB Local keeping its data on disk, start their own
    project('e2e', withDynamoDbLocal),
    // test files that synthesise the same stages and context share one synth (tests/infra/helpers/synthesize.ts)
    project('infra', {
      globalSetup: '<rootDir>/tests/infra/helpers/synthCacheSetup.ts',
      globalTeardown: '<rootDir>/tests/infra/helpers/synthCacheTeardown.ts',
    }),
    // the storefront's production build in Debian's Chromium against one `npm start -- --built` (web/
    // built first by `npm test`)
    project('browser', { ...withDynamoDbLocal, testTimeout: 180_000 }),
  ],
  testTimeout: 60_000,
  // a worker per core (Jest's default leaves one free): much of the suite waits on processes, sockets
  // and timers, and the other worker uses that time
  maxWorkers: '100%',
  // on a clean clone (no times of earlier runs) the projects with the slowest files start first
  testSequencer: '<rootDir>/tests/sequencer.js',
  // one folder for the run where each distinct bundle is built once, by the tests' esbuild builds and
  // by the synths' bundling (tests/helpers/bundleCache.ts)
  globalSetup: '<rootDir>/tests/helpers/bundleCacheSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/bundleCacheTeardown.ts',
  // Jest's own report, then the time each project took
  reporters: ['default', '<rootDir>/tests/reporters/projectDurationReporter.js'],
};
