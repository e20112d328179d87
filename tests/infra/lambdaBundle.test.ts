import * as path from 'node:path';
import { build } from 'esbuild';
import { APOLLO_DEDUPE_ALIAS } from '../../infra/constructs/GraphqlFunction';
import { PROJECT_ROOT } from './helpers/synthesize';

/** Bundles the Lambda entry as NodejsFunction does and lists the Apollo files that went in. */
async function apolloInputs(alias: Record<string, string>): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(PROJECT_ROOT, 'server', 'lambda.ts')],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias,
  });
  return Object.keys(result.metafile.inputs).filter((input) => input.includes('node_modules/@apollo/server/dist/'));
}

describe('the Lambda bundle', () => {
  it('contains one copy of Apollo Server (its CommonJS build), subpath imports included', async () => {
    // Prepare
    const alias = Object.fromEntries(Object.entries(APOLLO_DEDUPE_ALIAS).map(([flag, target]) => [flag.replace('--alias:', ''), target]));

    // Act
    const inputs = await apolloInputs(alias);

    // Assess
    expect(inputs.filter((input) => input.includes('/dist/esm/'))).toEqual([]);
    expect(inputs).toContain('node_modules/@apollo/server/dist/cjs/index.js');
    expect(inputs).toContain('node_modules/@apollo/server/dist/cjs/errors/index.js');
  });

  it('would contain both builds without the alias (the check above can fail)', async () => {
    const inputs = await apolloInputs({});
    expect(inputs.some((input) => input.includes('/dist/esm/'))).toBe(true);
    expect(inputs.some((input) => input.includes('/dist/cjs/'))).toBe(true);
  });
});
