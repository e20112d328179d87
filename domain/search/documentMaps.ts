import { LazyMap } from './LazyMap';

/**
 * MiniSearch's document maps (`_documentIds`, `_idToShortId`, `_fieldLength`) over arrays indexed
 * by short id, so loading a compact index makes a few arrays instead of a Map entry (and an array
 * of field lengths) per document. MiniSearch hands out short ids in increasing order and reads and
 * changes these maps through Map's methods only.
 */

type Entries<K, V> = MapIterator<[K, V]>;

/** Short id → document id: an array indexed by short id (iterated in short id order, which is insertion order). */
export class DocumentIds extends Map<number, unknown> {
  #ids: unknown[];
  #size = 0;

  /** `size`: how many of `ids` are not undefined. */
  constructor(ids: unknown[] = [], size = 0) {
    super();
    this.#ids = ids;
    this.#size = size;
  }

  override get size(): number {
    return this.#size;
  }
  override get(shortId: number): unknown {
    return this.#ids[shortId];
  }
  override has(shortId: number): boolean {
    return this.#ids[shortId] !== undefined;
  }
  override set(shortId: number, id: unknown): this {
    if (this.#ids[shortId] === undefined) this.#size++;
    this.#ids[shortId] = id;
    return this;
  }
  override delete(shortId: number): boolean {
    if (this.#ids[shortId] === undefined) return false;
    this.#ids[shortId] = undefined;
    this.#size--;
    return true;
  }
  override clear(): void {
    this.#ids = [];
    this.#size = 0;
  }
  override forEach(callback: (id: unknown, shortId: number, map: Map<number, unknown>) => void, thisArg?: unknown): void {
    for (const [shortId, id] of this.entries()) callback.call(thisArg, id, shortId, this);
  }
  override entries(): Entries<number, unknown> {
    return pairs(this.#ids) as unknown as Entries<number, unknown>;
  }
  override keys(): MapIterator<number> {
    return map(this.entries(), ([shortId]) => shortId) as unknown as MapIterator<number>;
  }
  override values(): MapIterator<unknown> {
    return map(this.entries(), ([, id]) => id) as unknown as MapIterator<unknown>;
  }
  override [Symbol.iterator](): Entries<number, unknown> {
    return this.entries();
  }
}

/** Document id → short id, the inverse of DocumentIds, built the first time it is used (searches do not use it). */
export class ShortIdsById extends LazyMap<unknown, number> {
  readonly #documentIds: Map<number, unknown>;

  constructor(documentIds: Map<number, unknown>) {
    super();
    this.#documentIds = documentIds;
  }

  protected fill(add: (id: unknown, shortId: number) => void): void {
    for (const [shortId, id] of this.#documentIds) add(id, shortId);
  }
}

/**
 * Short id → the document's length in each field. Loaded documents' lengths stay in one typed
 * array (`fieldCount` per short id); a document MiniSearch adds later gets an array of its own,
 * as in MiniSearch's own Map. `lengthOf` reads one length without making an array.
 */
export class FieldLengths extends Map<number, number[]> {
  readonly #lengths: Uint32Array<ArrayBufferLike>;
  readonly #fieldCount: number;
  /** 1 for each short id whose lengths are in `#lengths`. */
  readonly #loaded: Uint8Array<ArrayBufferLike>;
  #loadedCount: number;

  constructor(lengths: Uint32Array<ArrayBufferLike> = new Uint32Array(0), fieldCount = 1, loaded: Uint8Array<ArrayBufferLike> = new Uint8Array(0)) {
    super();
    this.#lengths = lengths;
    this.#fieldCount = fieldCount;
    this.#loaded = loaded;
    this.#loadedCount = loaded.reduce((sum, flag) => sum + flag, 0);
  }

  /** The length of a document's field (undefined when the index does not hold the document). */
  lengthOf(shortId: number, fieldId: number): number | undefined {
    if (this.#loaded[shortId] === 1) return this.#lengths[shortId * this.#fieldCount + fieldId];
    return super.get(shortId)?.[fieldId];
  }

  override get size(): number {
    return this.#loadedCount + super.size;
  }
  override get(shortId: number): number[] | undefined {
    if (this.#loaded[shortId] !== 1) return super.get(shortId);
    const start = shortId * this.#fieldCount;
    return Array.from(this.#lengths.subarray(start, start + this.#fieldCount));
  }
  override has(shortId: number): boolean {
    return this.#loaded[shortId] === 1 || super.has(shortId);
  }
  override set(shortId: number, lengths: number[]): this {
    this.#unload(shortId);
    return super.set(shortId, lengths);
  }
  override delete(shortId: number): boolean {
    return this.#unload(shortId) || super.delete(shortId);
  }
  override clear(): void {
    this.#loaded.fill(0);
    this.#loadedCount = 0;
    super.clear();
  }
  override forEach(callback: (lengths: number[], shortId: number, map: Map<number, number[]>) => void, thisArg?: unknown): void {
    for (const [shortId, lengths] of this.entries()) callback.call(thisArg, lengths, shortId, this);
  }
  override entries(): Entries<number, number[]> {
    const loaded: Array<[number, number[]]> = [];
    for (let shortId = 0; shortId < this.#loaded.length; shortId++) if (this.#loaded[shortId] === 1) loaded.push([shortId, this.get(shortId)!]);
    return [...loaded, ...super.entries()].values() as unknown as Entries<number, number[]>;
  }
  override keys(): MapIterator<number> {
    return map(this.entries(), ([shortId]) => shortId) as unknown as MapIterator<number>;
  }
  override values(): MapIterator<number[]> {
    return map(this.entries(), ([, lengths]) => lengths) as unknown as MapIterator<number[]>;
  }
  override [Symbol.iterator](): Entries<number, number[]> {
    return this.entries();
  }

  #unload(shortId: number): boolean {
    if (this.#loaded[shortId] !== 1) return false;
    this.#loaded[shortId] = 0;
    this.#loadedCount--;
    return true;
  }
}

function* pairs(values: readonly unknown[]): Generator<[number, unknown]> {
  for (let at = 0; at < values.length; at++) if (values[at] !== undefined) yield [at, values[at]];
}

function* map<T, U>(iterator: Iterable<T>, to: (value: T) => U): Generator<U> {
  for (const value of iterator) yield to(value);
}
