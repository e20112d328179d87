import * as path from 'node:path';

/** The repository root: NodejsFunction bundles from it, esbuild resolves alias targets from it, the bench and tests build in it. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');
