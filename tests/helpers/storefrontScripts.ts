import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../infra/projectRoot';

const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

/** The scripts of the built storefront (web/dist), as a browser loads them. */
export interface StorefrontScripts {
  /** What index.html loads and every chunk those import statically: what every page runs, a shopper's first of all (paths under web/dist). */
  readonly initial: readonly string[];
  /** Chunks loaded only by a dynamic import, when a page asks for them: the admin pages and what only they use. */
  readonly lazy: readonly string[];
}

/** The chunks a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`); `import("./x.js")` is not one. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\b(?:from|import)\s*["']\.\/([^"'/]+\.js)["']/g)].map((match) => match[1]!);
}

/**
 * Splits the build's scripts into those every page loads (index.html's, and their static imports,
 * followed chunk by chunk) and those loaded later by a dynamic import.
 */
export function storefrontScripts(dist: string = WEB_DIST): StorefrontScripts {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) throw new Error(`${dist} has no index.html: run \`npm run build:web\` (npm test does).`);
  const queue = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const initial = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (initial.has(name)) continue;
    initial.add(name);
    queue.push(...staticImports(readFileSync(join(dist, 'assets', name), 'utf8')));
  }
  const all = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  return {
    initial: [...initial].map((name) => `assets/${name}`),
    lazy: all.filter((name) => !initial.has(name)).map((name) => `assets/${name}`),
  };
}
