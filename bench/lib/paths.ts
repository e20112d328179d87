import * as path from 'node:path';

/** Repository root (bench/ sits right under it). */
import { PROJECT_ROOT } from '../../infra/projectRoot';

export { PROJECT_ROOT };
/** Build output of the bench (git-ignored via bench/.gitignore). */
export const BUILD_DIR = path.join(PROJECT_ROOT, 'bench', '.cache', 'build');
/** Where results are written (git-ignored). */
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');
export const RUNTIME_DIR = path.join(PROJECT_ROOT, 'bench', 'runtime');
