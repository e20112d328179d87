import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { DocumentIds, FieldLengths, ShortIdsById } from './documentMaps';
import { lazyRadixTree } from './lazyRadixTree';
import { frameSections, hasMagic, unframeSections, view } from './snapshotSections';
import { VarintWriter } from './varint';

/**
 * A MiniSearch index that saves and loads itself in a compact binary layout: the vocabulary as
 * one string, each word's postings (document, field, frequency) as varints, the documents' short
 * ids and field lengths as typed arrays. Loading builds nothing up front but a few arrays: the word
 * tree expands a node at a time and a word's postings are decoded the first time a search or an
 * update reaches them (`lazyRadixTree`), and the document maps stay arrays (`documentMaps.ts`), so a
 * container pays for the words its searches use, not for every word and posting of the catalog.
 *
 * Layout: "PSX1", the header's byte length (u32, little-endian), the header (JSON), then the
 * sections the header lists, each starting at a multiple of 4 bytes. `toCompact` numbers the
 * documents 0 to n-1 in their order.
 */
export class CompactMiniSearch<T> extends MiniSearch<T> {
  constructor(options: Options<T>) {
    super(options);
    this._documentIds = new DocumentIds();
    this._fieldLength = new FieldLengths();
  }

  /** The compact layout of this index, and the external ids in the order of its documents. */
  toCompact(): { bytes: Buffer; ids: unknown[] } {
    // documents numbered 0 to n-1 in their order, so a loaded index's arrays have no holes
    const position = new Map<number, number>();
    const ids: unknown[] = [];
    for (const [shortId, id] of this._documentIds) {
      position.set(shortId, ids.length);
      ids.push(id);
    }
    const terms: string[] = [];
    const offsets: number[] = [0];
    const postings = new VarintWriter();
    // in code-unit order, so loading can build the word tree from ranges of words (lazyRadixTree)
    const sorted = [...this._index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const term of sorted) {
      const fields = this._index.get(term)!;
      const live = [...fields].map(
        ([fieldId, freqs]) =>
          [fieldId, [...freqs].flatMap(([shortId, freq]) => (position.has(shortId) ? [[position.get(shortId)!, freq] as const] : []))] as const,
      );
      const kept = live.filter(([, freqs]) => freqs.length > 0);
      if (!kept.length) continue;
      postings.write(kept.length);
      for (const [fieldId, freqs] of kept) {
        postings.write(fieldId);
        postings.write(freqs.length);
        let previous = 0;
        for (const [shortId, freq] of freqs.sort(([a], [b]) => a - b)) {
          postings.write(shortId - previous);
          postings.write(freq);
          previous = shortId;
        }
      }
      terms.push(term);
      offsets.push(postings.length);
    }
    const fieldCount = Object.keys(this._fieldIds).length;
    const shortIds = new Uint32Array(ids.length);
    const fieldLengths = new Uint32Array(ids.length * fieldCount);
    for (const [shortId, at] of position) {
      shortIds[at] = at;
      const lengths = this._fieldLength.get(shortId) ?? [];
      for (let field = 0; field < fieldCount; field++) fieldLengths[at * fieldCount + field] = lengths[field] ?? 0;
    }
    const sections = [Buffer.from(terms.join('\n')), new Uint32Array(offsets), postings.bytes(), shortIds, fieldLengths];
    const header = {
      terms: terms.length,
      documents: shortIds.length,
      documentCount: this._documentCount,
      nextId: ids.length,
      numbered: true,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      sections: sections.map((section) => section.byteLength),
    };
    return { bytes: frameSections(MAGIC, header, sections), ids };
  }

  /** The index the compact layout holds; `ids` are the external ids in the order of its documents. */
  static fromCompact<T>(bytes: Uint8Array, ids: readonly unknown[], options: Options<T>): CompactMiniSearch<T> {
    const { header, sections } = unframeSections<CompactHeader>(bytes, MAGIC);
    const [termText, offsetBytes, postings, shortIdBytes, fieldLengthBytes] = sections as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    if (ids.length !== header.documents) throw new Error(`compact index: ${ids.length} ids for ${header.documents} documents`);
    const index = new CompactMiniSearch<T>(options);
    index._documentCount = header.documentCount;
    index._nextId = header.nextId;
    index._fieldIds = header.fieldIds;
    index._avgFieldLength = header.averageFieldLength;
    index._dirtCount = 0;
    const shortIds = view(Uint32Array, shortIdBytes);
    const fieldLengths = view(Uint32Array, fieldLengthBytes);
    const fieldCount = Object.keys(header.fieldIds).length;
    let byShortId: unknown[];
    let loaded: Uint8Array;
    let lengths: Uint32Array;
    if (header.numbered) {
      // documents numbered 0 to n-1 (toCompact): the arrays are the sections as they are
      byShortId = ids.slice();
      loaded = new Uint8Array(ids.length).fill(1);
      lengths = fieldLengths;
    } else {
      let size = header.nextId;
      for (const shortId of shortIds) size = Math.max(size, shortId + 1);
      byShortId = new Array<unknown>(size);
      loaded = new Uint8Array(size);
      lengths = new Uint32Array(size * fieldCount);
      for (let at = 0; at < shortIds.length; at++) {
        const shortId = shortIds[at]!;
        byShortId[shortId] = ids[at];
        loaded[shortId] = 1;
        for (let field = 0; field < fieldCount; field++) lengths[shortId * fieldCount + field] = fieldLengths[at * fieldCount + field]!;
      }
    }
    index._documentIds = new DocumentIds(byShortId, ids.length);
    index._idToShortId = new ShortIdsById(index._documentIds);
    index._fieldLength = new FieldLengths(lengths, fieldCount, loaded);
    if (header.terms === 0) return index;
    const terms = Buffer.from(termText.buffer, termText.byteOffset, termText.byteLength).toString('utf8').split('\n');
    // MiniSearch's SearchableMap keeps its radix tree in `_tree` (a Map per node, the word's data under the key '')
    (index._index as unknown as { _tree: Map<string, unknown> })._tree = lazyRadixTree({ terms, postings, offsets: view(Uint32Array, offsetBytes) });
    return index;
  }

  /**
   * The documents matching every query word (already normalized), scored as MiniSearch's
   * `search` with `combineWith: 'AND'` scores them (BM25+ per field with the field boosts; prefix
   * and one-edit matches weighted down as MiniSearch weighs them), with the highest boost of a field
   * any word matched in (`tier`). Scores are summed in flat arrays indexed by the documents' short
   * ids instead of an object per match, so a common word costs a pass over its postings.
   */
  matchAll(queryTerms: readonly string[], rules: MatchRules): Array<{ id: unknown; score: number; tier: number }> {
    return this.matchShortIds(queryTerms, rules, (shortId, score, tier) => ({ id: this._documentIds.get(shortId), score, tier }));
  }

  /** `matchAll` by the documents' short ids: what `make` makes of each match, in short id order. */
  matchShortIds<M>(queryTerms: readonly string[], rules: MatchRules, make: (shortId: number, score: number, tier: number) => M): M[] {
    if (!queryTerms.length) return [];
    const { k, b, d } = BM25;
    const size = this._nextId;
    const { scores, tiers, hits, termScores, termTiers } = this.#scratchFor(size);
    const fields = Object.entries(rules.boosts).map(([field, boost]) => ({ boost, fieldId: this._fieldIds[field]! }));
    const count = this._documentCount;
    const fieldLengths = this._fieldLength as FieldLengths;
    for (let position = 0; position < queryTerms.length; position++) {
      const term = queryTerms[position]!;
      const touched: number[] = [];
      const score = (data: Map<number, Map<number, number>> | undefined, weight: number) => {
        if (!data) return;
        for (const { boost, fieldId } of fields) {
          const freqs = data.get(fieldId);
          if (!freqs) continue;
          let matching = freqs.size;
          const average = this._avgFieldLength[fieldId]!;
          for (const [shortId, freq] of freqs) {
            if (!this._documentIds.has(shortId)) {
              matching--;
              continue;
            }
            if (hits[shortId] !== position) continue;
            const length = fieldLengths.lengthOf(shortId, fieldId)!;
            const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
            const raw = idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * length) / average)));
            if (termTiers[shortId] === 0) touched.push(shortId);
            termScores[shortId] += weight * boost * raw;
            if (boost > termTiers[shortId]!) termTiers[shortId] = boost;
          }
        }
      };
      score(this._index.get(term), 1);
      const maxDistance = rules.fuzzy(term);
      const fuzzy = maxDistance ? this._index.fuzzyGet(term, maxDistance) : undefined;
      if (rules.prefix(term)) {
        for (const [derived, data] of this._index.atPrefix(term)) {
          const distance = derived.length - term.length;
          if (!distance) continue;
          fuzzy?.delete(derived);
          score(data, (WEIGHTS.prefix * derived.length) / (derived.length + 0.3 * distance));
        }
      }
      if (fuzzy) {
        for (const [derived, [data, distance]] of fuzzy) {
          if (!distance) continue;
          score(data, (WEIGHTS.fuzzy * derived.length) / (derived.length + distance));
        }
      }
      for (const shortId of touched) {
        hits[shortId] = position + 1;
        scores[shortId] += termScores[shortId]!;
        if (termTiers[shortId]! > tiers[shortId]!) tiers[shortId] = termTiers[shortId]!;
        termScores[shortId] = 0;
        termTiers[shortId] = 0;
      }
    }
    // MiniSearch multiplies by the number of distinct query words matched: all of them, with AND
    const quality = new Set(queryTerms).size;
    const matches: M[] = [];
    for (let shortId = 0; shortId < size; shortId++) {
      if (hits[shortId] === queryTerms.length) matches.push(make(shortId, scores[shortId]! * quality, tiers[shortId]!));
    }
    return matches;
  }

  /** The short id of the document with this id, undefined when the index does not hold it. */
  shortIdOf(id: unknown): number | undefined {
    return this._idToShortId.get(id);
  }

  /** Whether the index holds a document of this short id. */
  holds(shortId: number): boolean {
    return this._documentIds.has(shortId);
  }

  /** Every short id held is below this. */
  get shortIdEnd(): number {
    return this._nextId;
  }

  #scratch: Scratch | undefined;

  /** The arrays `matchAll` sums into, zeroed, kept between searches (a search runs to its end without yielding). */
  #scratchFor(size: number): Scratch {
    if (!this.#scratch || this.#scratch.hits.length < size) {
      const capacity = Math.max(size, Math.ceil((this.#scratch?.hits.length ?? 0) * 1.5), 1024);
      this.#scratch = {
        scores: new Float64Array(capacity),
        tiers: new Float64Array(capacity),
        hits: new Uint16Array(capacity),
        termScores: new Float64Array(capacity),
        termTiers: new Float64Array(capacity),
      };
      return this.#scratch;
    }
    const scratch = this.#scratch;
    for (const array of [scratch.scores, scratch.tiers, scratch.hits, scratch.termScores, scratch.termTiers]) array.fill(0, 0, size);
    return scratch;
  }

  /** The index MiniSearch serialised as a plain object (`toJSON`), as `MiniSearch.loadJS` reads it. */
  static fromPlainObject<T>(js: AsPlainObject, options: Options<T>): CompactMiniSearch<T> {
    const index = new CompactMiniSearch<T>(options);
    index._documentCount = js.documentCount;
    index._nextId = js.nextId;
    index._fieldIds = js.fieldIds;
    index._avgFieldLength = js.averageFieldLength;
    index._dirtCount = js.dirtCount ?? 0;
    const numeric = <V>(object: Record<string, V>) => new Map(Object.entries(object).map(([key, value]) => [Number(key), value]));
    for (const [shortId, id] of numeric(js.documentIds)) {
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
    }
    for (const [shortId, lengths] of numeric(js.fieldLength)) index._fieldLength.set(shortId, lengths);
    index._storedFields = numeric(js.storedFields);
    for (const [term, data] of js.index) {
      index._index.set(term, new Map(Object.entries(data).map(([fieldId, freqs]) => [Number(fieldId), numeric(freqs as Record<string, number>)])));
    }
    return index;
  }
}

/** Whether these bytes are in the compact layout. */
export function isCompactIndex(bytes: Uint8Array): boolean {
  return hasMagic(bytes, MAGIC);
}

/** How query words match: each field's boost, and which words also match as a prefix or within an edit distance. */
export interface MatchRules {
  readonly boosts: Readonly<Record<string, number>>;
  readonly prefix: (term: string) => boolean;
  readonly fuzzy: (term: string) => number | false;
}

/** Per document short id: the summed score, the best field's boost, how many query words (in order) it matched so far (AND keeps those that matched all before), and the same for the word being scored. */
interface Scratch {
  readonly scores: Float64Array;
  readonly tiers: Float64Array;
  readonly hits: Uint16Array;
  readonly termScores: Float64Array;
  readonly termTiers: Float64Array;
}

const MAGIC = 'PSX1';
/** MiniSearch's defaults: BM25+ parameters, and the weights of prefix and fuzzy matches. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const;

interface CompactHeader {
  readonly terms: number;
  readonly documents: number;
  readonly documentCount: number;
  readonly nextId: number;
  /** Whether the documents are numbered 0 to n-1 (short id = position). */
  readonly numbered?: boolean;
  readonly fieldIds: Record<string, number>;
  readonly averageFieldLength: number[];
  readonly sections: number[];
}
