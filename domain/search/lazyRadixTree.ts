import { LazyMap } from './LazyMap';
import { VarintReader } from './varint';

/** The words of a compact index (sorted in code-unit order) and where each word's postings start. */
interface Vocabulary {
  readonly terms: readonly string[];
  readonly postings: Uint8Array;
  readonly offsets: Uint32Array;
}

/**
 * MiniSearch's word tree (SearchableMap's `_tree`) over a compact index's sorted words, built a
 * node at a time: a node works out its edges the first time it is read, and a word's postings are
 * decoded the first time they are read. Loading builds the root only; a search expands the nodes
 * its lookups, prefix and fuzzy walks visit.
 */
export function lazyRadixTree(vocabulary: Vocabulary): Map<string, unknown> {
  return new RadixNode(vocabulary, 0, vocabulary.terms.length, 0);
}

/**
 * The node of `terms[lo, hi)` (each sharing its first `depth` characters), as SearchableMap builds
 * it: its edges are the longest prefixes its words share, no two starting with the same character,
 * and a word's value sits under the key '' of its node.
 */
class RadixNode extends LazyMap<string, unknown> {
  readonly #vocabulary: Vocabulary;
  readonly #lo: number;
  readonly #hi: number;
  readonly #depth: number;

  constructor(vocabulary: Vocabulary, lo: number, hi: number, depth: number) {
    super();
    this.#vocabulary = vocabulary;
    this.#lo = lo;
    this.#hi = hi;
    this.#depth = depth;
  }

  protected fill(add: (key: string, value: unknown) => void): void {
    const vocabulary = this.#vocabulary;
    const { terms } = vocabulary;
    const depth = this.#depth;
    const hi = this.#hi;
    let at = this.#lo;
    if (at < hi && terms[at]!.length === depth) {
      add('', new TermData(vocabulary.postings, vocabulary.offsets[at]!));
      at++;
    }
    while (at < hi) {
      const first = terms[at]!;
      const char = first.charCodeAt(depth);
      let end = at + 1;
      while (end < hi && terms[end]!.charCodeAt(depth) === char) end++;
      const last = terms[end - 1]!;
      let shared = depth + 1;
      while (shared < first.length && shared < last.length && first.charCodeAt(shared) === last.charCodeAt(shared)) shared++;
      add(first.slice(depth, shared), new RadixNode(vocabulary, at, end, shared));
      at = end;
    }
  }
}

/** One word's postings (field id → document short id → frequency), decoded from the compact layout on first use. */
class TermData extends LazyMap<number, Map<number, number>> {
  readonly #bytes: Uint8Array;
  readonly #offset: number;

  constructor(bytes: Uint8Array, offset: number) {
    super();
    this.#bytes = bytes;
    this.#offset = offset;
  }

  protected fill(add: (key: number, value: Map<number, number>) => void): void {
    const reader = new VarintReader(this.#bytes, this.#offset);
    for (let fields = reader.read(); fields > 0; fields--) {
      const fieldId = reader.read();
      const freqs = new Map<number, number>();
      let shortId = 0;
      for (let count = reader.read(); count > 0; count--) {
        shortId += reader.read();
        freqs.set(shortId, reader.read());
      }
      add(fieldId, freqs);
    }
  }
}
