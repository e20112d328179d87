/** Jest projects, one per test kind: `npm run test:<kind>` runs one, `npm test` runs them all. */
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

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    project('unit'),
    project('integration', {
      globalSetup: '<rootDir>/tests/helpers/dynamoGlobalSetup.ts',
      globalTeardown: '<rootDir>/tests/helpers/dynamoGlobalTeardown.ts',
    }),
    project('e2e'),
    project('infra'),
  ],
  testTimeout: 60_000,
};
