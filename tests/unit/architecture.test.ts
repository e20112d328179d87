import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Every TypeScript file under a top-level folder. */
function sources(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.ts') ? [path] : [];
    });
  return walk(join(ROOT, folder));
}

/** The top-level folders a file imports from, by its relative imports (static, dynamic and require). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => normalize(relative(ROOT, join(dirname(file), specifier))).split('/')[0]!);
}

/** Which top-level folders each folder may import from: the layers, bottom first. */
const ALLOWED: Record<string, readonly string[]> = {
  core: ['core'],
  data: ['core', 'data'],
  resolvers: ['core', 'data', 'resolvers', 'generated', 'server'],
  // release/: the storefront's documents of earlier releases, which the function keeps trusting
  server: ['core', 'data', 'resolvers', 'generated', 'server', 'release'],
  // the notifier shares the data layer and the runtime settings (server/settings) with the API
  notifier: ['core', 'data', 'notifier', 'server'],
  // the pre-traffic hook speaks to the API as a client does: events in, the storefront's documents
  release: ['core', 'generated', 'release'],
};

describe('layers', () => {
  it.each(Object.entries(ALLOWED))('%s imports only from %p', (folder, allowed) => {
    const violations = sources(folder).flatMap((file) =>
      importedFolders(file)
        .filter((imported) => !allowed.includes(imported))
        .map((imported) => `${relative(ROOT, file)} → ${imported}/`),
    );

    expect(violations).toEqual([]);
  });

  it('would see a violation (the check can fail)', () => {
    expect(importedFolders(join(ROOT, 'local', 'startLocalStack.ts'))).toEqual(expect.arrayContaining(['data', 'server', 'infra']));
  });
});
