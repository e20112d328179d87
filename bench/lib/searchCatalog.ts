import type { Db } from '../../data/db';
import { createCategory } from '../../domain/catalog/createCategory';
import { toSearchDocument, type SearchDocument } from '../../domain/search/searchDocument';

const ORIGINS = ['Ethiopia', 'Kenya', 'Colombia', 'Guatemala', 'Brazil', 'Rwanda', 'Burundi', 'Peru', 'Honduras', 'Sumatra', 'Yemen', 'Panama'];
const REGIONS = ['Yirgacheffe', 'Sidamo', 'Guji', 'Nyeri', 'Huila', 'Antigua', 'Cerrado', 'Kayanza', 'Cajamarca', 'Boquete', 'Aceh', 'Haraz'];
const PROCESSES = ['washed', 'natural', 'honey', 'anaerobic', 'wet-hulled'];
const NOTES = [
  'floral',
  'bergamot',
  'jasmine',
  'blackcurrant',
  'chocolate',
  'caramel',
  'citrus',
  'stone fruit',
  'hazelnut',
  'molasses',
  'tea-like',
  'winey',
];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'tu', 'ne', 'so', 'ba', 'zi', 'de', 'fo', 'gu', 'hi', 'ja', 'ku', 'le', 'ma', 'no', 'pi', 'qu'];

/** A deterministic pseudo-random sequence, so every run indexes the same catalog. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` search documents like a coffee shop's catalog grown large: names of origin, region, a
 * made-up farm name and process; 30 to 60 word descriptions over a fixed vocabulary of 3,000
 * everyday words plus the farm names, which grow with the catalog; 20 categories; a fifth of the
 * products with size and grind variants.
 */
export function generateSearchDocuments(count: number): SearchDocument[] {
  const next = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('');
  // a shop's everyday words (a fixed few thousand) and its proper names (farms), which grow with the catalog
  const common = Array.from({ length: 3_000 }, () => word());
  const farms = Array.from({ length: Math.max(50, Math.floor(count / 5)) }, () => word());
  const now = Date.now();
  return Array.from({ length: count }, (_, n) => {
    const origin = pick(ORIGINS);
    const farm = pick(farms);
    const name = `${origin} ${pick(REGIONS)} ${farm[0]!.toUpperCase()}${farm.slice(1)} ${pick(PROCESSES)}`;
    const description = Array.from({ length: 30 + Math.floor(next() * 30) }, () =>
      next() < 0.3 ? pick(NOTES) : next() < 0.2 ? pick(farms) : pick(common),
    ).join(' ');
    const price = 500 + Math.floor(next() * 9_500);
    const withVariants = next() < 0.2;
    const product = {
      productId: `gen-${n}`,
      sku: `GEN-${String(n).padStart(6, '0')}`,
      name,
      description: `${origin}. ${description}.`,
      categoryId: `cat-${n % 20}`,
      priceAmount: price,
      stock: next() < 0.1 ? 0 : Math.floor(next() * 100),
      status: 'ACTIVE' as const,
      createdAt: new Date(now - n * 60_000).toISOString(),
      options: withVariants
        ? [
            { name: 'Size', values: ['250g', '1kg'] },
            { name: 'Grind', values: ['Whole bean', 'Filter'] },
          ]
        : [],
      variants: withVariants
        ? ['250g', '1kg'].flatMap((size, s) =>
            ['Whole bean', 'Filter'].map((grind) => ({
              price: { amount: price * (s ? 4 : 1) },
              stock: 10,
              available: true,
              selectedOptions: [
                { name: 'Size', value: size },
                { name: 'Grind', value: grind },
              ],
            })),
          )
        : [],
    };
    return toSearchDocument(product)!;
  });
}

/** A real category for the freshness writes (products need one). */
export async function aCategoryFor(db: Db, size: number): Promise<string> {
  const category = await createCategory(db, { name: `Search bench ${size}`, slug: `search-bench-${size}-${Date.now()}` });
  return category.categoryId;
}
