import type { SearchDocument } from './searchDocument';
import { searchFactsOf, type SearchFacts, type SearchOffer } from './searchFacts';
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
 * document (a filter on the offers of a product with options or variants, an update). Products
 * share their option facets (a catalog's products offer few sets of options), stored once each.
 * A search without price, stock or option filters parses no document.
 *
 * Sections, in order: ids, creation times, category names (strings, StringTable), each product's
 * category (u32, into the names), lowest price (f64), flags (u8), the documents' end offsets (u32),
 * the documents, the distinct option facets (JSON each, StringTable), each product's option
 * facets (u32: 0 none, else 1 + their index).
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
    private readonly optionSets: StringTable,
    private readonly optionSet: Uint32Array,
  ) {}

  /** Option facets parsed so far, by index. */
  readonly #optionFacets: Array<SearchFacts['optionFacets'] | undefined> = [];

  /** How many sections `encode` writes. */
  static readonly SECTIONS = 10;

  /** The sections holding these documents, in this order. */
  static encode(documents: readonly SearchDocument[]): ArrayBufferView[] {
    const names = [...new Set(documents.map((document) => document.categoryId))];
    const nameIndex = new Map(names.map((name, at) => [name, at]));
    const categories = new Uint32Array(documents.length);
    const prices = new Float64Array(documents.length);
    const flags = new Uint8Array(documents.length);
    const ends = new Uint32Array(documents.length);
    const optionSets = new Map<string, number>();
    const optionSet = new Uint32Array(documents.length);
    const parts: Buffer[] = [];
    let end = 0;
    documents.forEach((document, at) => {
      const facts = searchFactsOf(document);
      categories[at] = nameIndex.get(document.categoryId)!;
      prices[at] = facts.lowestPrice;
      flags[at] = (facts.inStock ? IN_STOCK : 0) | (!document.variants.length && !document.options.length ? PLAIN : 0);
      if (facts.optionFacets.length) {
        const json = JSON.stringify(facts.optionFacets);
        if (!optionSets.has(json)) optionSets.set(json, optionSets.size);
        optionSet[at] = optionSets.get(json)! + 1;
      }
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
      StringTable.encode([...optionSets.keys()]),
      optionSet,
    ];
  }

  static decode(sections: readonly Uint8Array[]): StoredProducts {
    const [ids, createdAts, names, categories, prices, flags, ends, documents, optionSets, optionSet] = sections as [
      Uint8Array,
      Uint8Array,
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
      StringTable.decode(optionSets),
      view(Uint32Array, optionSet),
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

  lowestPrice(position: number): number {
    return this.prices[position]!;
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

  /**
   * The product's facts from the columns: its price and stock, its option facets, and for a
   * product with options or variants, the offers worked out from its document when first read.
   */
  facts(position: number): SearchFacts {
    const flags = this.flags[position]!;
    const price = this.prices[position]!;
    const available = (flags & IN_STOCK) !== 0;
    if (flags & PLAIN) return { lowestPrice: price, inStock: available, offers: [{ price, available, options: NO_OPTIONS }], optionFacets: [] };
    const set = this.optionSet[position]!;
    const optionFacets = set ? (this.#optionFacets[set - 1] ??= JSON.parse(this.optionSets.at(set - 1)) as SearchFacts['optionFacets']) : [];
    return new StoredFacts(price, available, optionFacets, () => searchFactsOf(this.document(position)).offers);
  }
}

/** The facts of a product with options or variants: its offers are worked out when a filter first reads them. */
class StoredFacts implements SearchFacts {
  #offers: readonly SearchOffer[] | undefined;

  constructor(
    readonly lowestPrice: number,
    readonly inStock: boolean,
    readonly optionFacets: SearchFacts['optionFacets'],
    private readonly offersOf: () => readonly SearchOffer[],
  ) {}

  get offers(): readonly SearchOffer[] {
    return (this.#offers ??= this.offersOf());
  }
}
