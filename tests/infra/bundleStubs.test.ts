import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../infra/projectRoot';

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
  return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

describe('the bundle stubs (infra/bundle/stubs)', () => {
  const mirrored = mirroredPackages();

  it('each name the releases of the packages they replace or depend on', () => {
    const stubs = new Set(mirrored.map(({ stub }) => stub));
    expect([...stubs].sort()).toEqual(['apolloCreateHash.js', 'apolloUsageReporting.js', 'clsHooked/context.js', 'electrodbModelValidator.js']);
  });

  // A stub copies a private detail of a package. When the package changes, this fails: check the
  // stub against the new release, then update its `// Mirrors:` line.
  it.each(mirrored.map(({ stub, name, version }) => [name, version, stub]))('%s is still %s, as %s mirrors it', (name, version) => {
    expect(installedVersion(name)).toBe(version);
  });
});
