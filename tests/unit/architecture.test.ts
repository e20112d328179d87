import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Top-level folders that hold no code of the project's own. */
const NOT_CODE = new Set(['node_modules', 'docs', 'schema', 'cdk.out', 'coverage', 'dist']);

/** The folder that may import from every other: the tests prove what the code does from outside. */
const ANY_FOLDER = 'tests';

/** Every top-level folder with TypeScript in it. */
function codeFolders(): string[] {
  return readdirSync(ROOT)
    .filter((name) => !name.startsWith('.') && !NOT_CODE.has(name) && statSync(join(ROOT, name)).isDirectory())
    .filter((name) => sources(name).length > 0)
    .sort();
}

/** Every TypeScript file under a top-level folder (web's build output and dependencies aside). */
function sources(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return NOT_CODE.has(name) ? [] : walk(path);
      return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
    });
  return walk(join(ROOT, folder));
}

/** The top-level folders a file imports from, by its relative imports (static, dynamic and require). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => normalize(relative(ROOT, join(dirname(file), specifier))).split('/')[0]!);
}

/** The README's layer picture: each edge `a --> b` (or `a -.-> b`) says folder a imports from folder b. */
function pictureEdges(readme: string): Array<[string, string]> {
  const block = readme.split('## Layers')[1]?.match(/```mermaid\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('README.md has no "## Layers" section with a mermaid picture');
  return [...block.matchAll(/^\s*(\w+)(?:\[[^\]]*\])?\s*-\.?->(?:\|[^|]*\|)?\s*(\w+)/gm)].map((match) => [match[1]!, match[2]!]);
}

/** The nodes of the picture (every id that starts a line or ends an edge). */
function pictureNodes(readme: string): string[] {
  const edges = pictureEdges(readme);
  const block = readme.split('## Layers')[1]!.match(/```mermaid\n([\s\S]*?)```/)![1]!;
  const declared = [...block.matchAll(/^\s*(\w+)\[/gm)].map((match) => match[1]!);
  return [...new Set([...declared, ...edges.flat()])].sort();
}

/** What each folder may import from: itself and every folder its arrows reach, directly or through others. */
function allowedByPicture(edges: Array<[string, string]>, folders: string[]): Map<string, Set<string>> {
  const below = new Map(folders.map((folder) => [folder, edges.filter(([from]) => from === folder).map(([, to]) => to)]));
  return new Map(
    folders.map((folder) => {
      const reached = new Set([folder]);
      const queue = [folder];
      while (queue.length > 0) {
        for (const next of below.get(queue.shift()!) ?? []) {
          if (reached.has(next)) continue;
          reached.add(next);
          queue.push(next);
        }
      }
      return [folder, folder === ANY_FOLDER ? new Set(folders) : reached];
    }),
  );
}

/** Imports of a folder's files that the allowed set does not cover, as `file → folder/`. */
function violationsOf(folder: string, allowed: ReadonlySet<string>): string[] {
  return sources(folder).flatMap((file) =>
    importedFolders(file)
      .filter((imported) => !allowed.has(imported))
      .map((imported) => `${relative(ROOT, file)} → ${imported}/`),
  );
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const FOLDERS = codeFolders();
const ALLOWED = allowedByPicture(pictureEdges(README), FOLDERS);

describe('layers, as the README pictures them', () => {
  it('pictures every code folder, and only folders that exist', () => {
    expect(pictureNodes(README)).toEqual(FOLDERS);
  });

  it.each(FOLDERS.filter((folder) => folder !== ANY_FOLDER))('%s imports only from the folders below it', (folder) => {
    expect(violationsOf(folder, ALLOWED.get(folder)!)).toEqual([]);
  });

  it('type-checks every code folder (web/ with its own tsconfig)', () => {
    const { include } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { include: string[] };

    expect([...include, 'web'].sort()).toEqual(FOLDERS);
  });

  it('would see a violation (the check can fail)', () => {
    const edges = pictureEdges(README).filter(([from, to]) => !(from === 'local' && to === 'infra'));
    const withoutLocalToInfra = allowedByPicture(edges, FOLDERS);

    expect(violationsOf('local', withoutLocalToInfra.get('local')!)).toEqual(expect.arrayContaining([expect.stringMatching(/ → infra\/$/)]));
    expect(ALLOWED.get('data')).toEqual(new Set(['data', 'core']));
  });
});
