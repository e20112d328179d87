/**
 * Run by `npm run bench -- search` in a fresh Node process, as a new container runs its first
 * search: nothing compiled or warmed yet. Loads the snapshot in the file named by its argument
 * (gzip'd, as stored), runs one search, and prints the CPU time of each (JSON on stdout).
 */
import * as fs from 'node:fs';
import { ProductSearchIndex } from '../../domain/search/ProductSearchIndex';
import { runProductSearch } from '../../domain/search/runProductSearch';
import { checkSearchRequest } from '../../domain/search/searchInput';
import { decodeSnapshot } from '../../domain/search/searchSnapshot';

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const bytes = fs.readFileSync(process.argv[2]!);
const start = cpu();
const index = ProductSearchIndex.fromSnapshot(decodeSnapshot(bytes));
const loaded = cpu();
const found = runProductSearch(index, checkSearchRequest({ query: 'ethiopia', sort: 'RELEVANCE' }));
const searched = cpu();
process.stdout.write(JSON.stringify({ loadCpuMs: loaded - start, firstQueryCpuMs: searched - loaded, results: found.ids.length }));
