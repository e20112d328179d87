/**
 * A Map whose entries are worked out the first time anything reads or changes it (`fill`), then
 * an ordinary Map. The search index's loaded parts (a word's postings, a node of the word tree)
 * are these, so a container pays for the parts its searches reach.
 */
export abstract class LazyMap<K, V> extends Map<K, V> {
  #pending = true;

  /** Adds the entries this map starts with, through `add`; called once. */
  protected abstract fill(add: (key: K, value: V) => void): void;

  #load(): void {
    if (!this.#pending) return;
    this.#pending = false;
    this.fill((key, value) => super.set(key, value));
  }

  override get size(): number {
    this.#load();
    return super.size;
  }
  override get(key: K): V | undefined {
    this.#load();
    return super.get(key);
  }
  override has(key: K): boolean {
    this.#load();
    return super.has(key);
  }
  override set(key: K, value: V): this {
    this.#load();
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.#load();
    return super.delete(key);
  }
  override clear(): void {
    this.#pending = false;
    super.clear();
  }
  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.#load();
    super.forEach(callback, thisArg);
  }
  override keys() {
    this.#load();
    return super.keys();
  }
  override values() {
    this.#load();
    return super.values();
  }
  override entries() {
    this.#load();
    return super.entries();
  }
  override [Symbol.iterator]() {
    this.#load();
    return super[Symbol.iterator]();
  }
}
