import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

/** The sharp release the project installs (package-lock.json), which the layer carries for linux-arm64. */
export function sharpVersion(root: string = PROJECT_ROOT): string {
  return (JSON.parse(readFileSync(path.join(root, 'node_modules', 'sharp', 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The folder of the media function's layer: `nodejs/node_modules/` with sharp and its prebuilt
 * linux-arm64 (glibc) binaries, which Lambda puts on the function's module path (`/opt/nodejs`).
 * npm installs only the build machine's platform into node_modules, so the arm64 build is installed
 * here once per sharp release (`npm install --os=linux --cpu=arm64 --libc=glibc`, from the npm
 * registry or its cache) and kept under node_modules/.cache for every synth after.
 */
export function sharpLayerDir(root: string = PROJECT_ROOT): string {
  const version = sharpVersion(root);
  const dir = path.join(root, 'node_modules', '.cache', 'storefront', `sharp-layer-linux-arm64-${version}`);
  const ready = () => existsSync(path.join(dir, 'nodejs', 'node_modules', '@img', 'sharp-linux-arm64', 'package.json'));
  if (ready()) return dir;
  const building = `${dir}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(path.join(building, 'nodejs'), { recursive: true });
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      path.join(building, 'nodejs'),
      '--os=linux',
      '--cpu=arm64',
      '--libc=glibc',
      '--omit=dev',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `sharp@${version}`,
    ],
    { stdio: 'pipe' },
  );
  // another synth (a parallel test worker) may have finished first: its folder is as good
  try {
    if (!ready()) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(building, dir);
    }
  } catch (error) {
    if (!ready()) throw error;
  }
  rmSync(building, { recursive: true, force: true });
  return dir;
}
