import type { SearchDocument } from './searchDocument';
import { searchFactsOf, type SearchFacts } from './searchFacts';

/**
 * A product as the search index holds it: its document (without its words) and the facts that
 * filters, facets and sorts read. An entry loaded from a snapshot parses its document and works
 * out its facts the first time a search reaches it, so loading a snapshot costs little more
 * than its ids.
 */
export class SearchEntry {
  #document: SearchDocument | undefined;
  #facts: SearchFacts | undefined;
  #stored: { readonly bytes: Buffer; readonly start: number; readonly end: number } | undefined;

  private constructor(
    document: SearchDocument | undefined,
    stored: { readonly bytes: Buffer; readonly start: number; readonly end: number } | undefined,
  ) {
    this.#document = document;
    this.#stored = stored;
  }

  /** An entry of this document. */
  static of(document: SearchDocument): SearchEntry {
    return new SearchEntry(document, undefined);
  }

  /** An entry whose document is the JSON at `bytes[start, end)`, parsed on first use. */
  static stored(bytes: Buffer, start: number, end: number): SearchEntry {
    return new SearchEntry(undefined, { bytes, start, end });
  }

  get document(): SearchDocument {
    if (!this.#document) {
      const { bytes, start, end } = this.#stored!;
      this.#document = JSON.parse(bytes.toString('utf8', start, end)) as SearchDocument;
      this.#stored = undefined;
    }
    return this.#document;
  }

  get facts(): SearchFacts {
    return (this.#facts ??= searchFactsOf(this.document));
  }
}
