import { lowestPrice, type SearchDocument } from './searchDocument';
import { searchFactsOf, type SearchFacts } from './searchFacts';
import type { StoredProducts } from './StoredProducts';

/**
 * A product as the search index holds it: its document (without its words) and what filters,
 * facets and sorts read (its category, creation time and facts). An entry of a loaded snapshot
 * reads these from the snapshot's columns and parses its document only when something asks for it.
 */
export class SearchEntry {
  readonly id: string;
  readonly categoryId: string;
  /** What price sorts order by: its cheapest variant's price, else its own. */
  readonly lowestPrice: number;
  #document: SearchDocument | undefined;
  #facts: SearchFacts | undefined;
  #createdAt: string | undefined;
  readonly #stored: StoredProducts | undefined;
  readonly #position: number;

  private constructor(
    id: string,
    categoryId: string,
    price: number,
    document: SearchDocument | undefined,
    stored: StoredProducts | undefined,
    position: number,
  ) {
    this.id = id;
    this.categoryId = categoryId;
    this.lowestPrice = price;
    this.#document = document;
    this.#stored = stored;
    this.#position = position;
  }

  /** An entry of this document. */
  static of(document: SearchDocument): SearchEntry {
    return new SearchEntry(document.id, document.categoryId, lowestPrice(document), document, undefined, -1);
  }

  /** The entry of the product at this position of a snapshot's products. */
  static stored(products: StoredProducts, position: number): SearchEntry {
    return new SearchEntry(products.id(position), products.categoryId(position), products.lowestPrice(position), undefined, products, position);
  }

  get document(): SearchDocument {
    return (this.#document ??= this.#stored!.document(this.#position));
  }

  get facts(): SearchFacts {
    return (this.#facts ??= this.#document ? searchFactsOf(this.#document) : this.#stored!.facts(this.#position));
  }

  get createdAt(): string {
    return (this.#createdAt ??= this.#document ? this.#document.createdAt : this.#stored!.createdAt(this.#position));
  }
}
