import type { SearchDocument } from './searchDocument';
import { searchFactsOf, type SearchFacts } from './searchFacts';
import { view } from './snapshotSections';
import { StringTable } from './StringTable';

/** Bits of a product's flags. */
const IN_STOCK = 1;
/** No variants and no options: its facts are its price and stock alone. */
const PLAIN = 2;

const NO_OPTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/**
 * The products a snapshot holds, by position, as columns: ids, categories, creation times, lowest
 * prices and stock flags, which filters, sorts and facets read, and each product's document as
 * JSON (without its words and the columns' fields), parsed only when something needs the whole
 * document (a product with options or variants, an update). A search over products without
 * options parses no JSON.
 *
 * Sections, in order: ids, creation times, category names (strings, StringTable), each product's
 * category (u32, into the names), lowest price (f64), flags (u8), the documents' end offsets (u32),
 * the documents.
 */
export class StoredProducts {
  private constructor(
    private readonly ids: readonly string[],
    private readonly createdAts: StringTable,
    private readonly categoryNames: readonly string[],
    private readonly categories: Uint32Array,
    private readonly prices: Float64Array,
    private readonly flags: Uint8Array,
    private readonly ends: Uint32Array,
    private readonly documents: Buffer,
  ) {}

  /** How many sections `encode` writes. */
  static readonly SECTIONS = 8;

  /** The sections holding these documents, in this order. */
  static encode(documents: readonly SearchDocument[]): ArrayBufferView[] {
    const names = [...new Set(documents.map((document) => document.categoryId))];
    const nameIndex = new Map(names.map((name, at) => [name, at]));
    const categories = new Uint32Array(documents.length);
    const prices = new Float64Array(documents.length);
    const flags = new Uint8Array(documents.length);
    const ends = new Uint32Array(documents.length);
    const parts: Buffer[] = [];
    let end = 0;
    documents.forEach((document, at) => {
      const facts = searchFactsOf(document);
      categories[at] = nameIndex.get(document.categoryId)!;
      prices[at] = facts.lowestPrice;
      flags[at] = (facts.inStock ? IN_STOCK : 0) | (!document.variants.length && !document.options.length ? PLAIN : 0);
      const { id: _id, categoryId: _categoryId, createdAt: _createdAt, nameWords: _n, skuWords: _s, descriptionWords: _d, ...rest } = document;
      const part = Buffer.from(JSON.stringify(rest));
      parts.push(part);
      ends[at] = end += part.length;
    });
    return [
      StringTable.encode(documents.map((document) => document.id)),
      StringTable.encode(documents.map((document) => document.createdAt)),
      StringTable.encode(names),
      categories,
      prices,
      flags,
      ends,
      Buffer.concat(parts),
    ];
  }

  static decode(sections: readonly Uint8Array[]): StoredProducts {
    const [ids, createdAts, names, categories, prices, flags, ends, documents] = sections as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    return new StoredProducts(
      StringTable.decode(ids).all(),
      StringTable.decode(createdAts),
      StringTable.decode(names).all(),
      view(Uint32Array, categories),
      view(Float64Array, prices),
      flags,
      view(Uint32Array, ends),
      Buffer.from(documents.buffer, documents.byteOffset, documents.byteLength),
    );
  }

  get count(): number {
    return this.ids.length;
  }

  /** The products' ids, by position. */
  allIds(): readonly string[] {
    return this.ids;
  }

  id(position: number): string {
    return this.ids[position]!;
  }

  categoryId(position: number): string {
    return this.categoryNames[this.categories[position]!]!;
  }

  createdAt(position: number): string {
    return this.createdAts.at(position);
  }

  /** The product's document (without its words), parsed from its JSON. */
  document(position: number): SearchDocument {
    const start = position === 0 ? 0 : this.ends[position - 1]!;
    const rest = JSON.parse(this.documents.toString('utf8', start, this.ends[position])) as Omit<SearchDocument, 'id' | 'categoryId' | 'createdAt'>;
    return {
      ...rest,
      id: this.id(position),
      categoryId: this.categoryId(position),
      createdAt: this.createdAt(position),
      nameWords: '',
      skuWords: '',
      descriptionWords: '',
    };
  }

  /** The product's facts: from the columns for a product without options or variants, else from its document. */
  facts(position: number): SearchFacts {
    const flags = this.flags[position]!;
    if (!(flags & PLAIN)) return searchFactsOf(this.document(position));
    const price = this.prices[position]!;
    const available = (flags & IN_STOCK) !== 0;
    return { lowestPrice: price, inStock: available, offers: [{ price, available, options: NO_OPTIONS }], optionFacets: [] };
  }
}
