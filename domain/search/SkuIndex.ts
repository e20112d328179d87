import { StringTable } from './StringTable';

/**
 * Products by folded SKU, for the exact-SKU rule: a loaded snapshot's SKUs as a sorted list
 * searched by halves (no Map of every product), and the SKUs of products taken since in a Map.
 * A SKU of the sorted list counts only while its product (by short id) is still the one loaded.
 */
export class SkuIndex {
  readonly #changed = new Map<string, string>();

  private constructor(
    private readonly sorted: StringTable | undefined,
    private readonly shortIds: Uint32Array,
  ) {}

  /** An index with no SKUs yet. */
  static empty(): SkuIndex {
    return new SkuIndex(undefined, new Uint32Array(0));
  }

  /** The sections holding these products' folded SKUs (by short id), sorted: the SKUs, then their products' short ids. */
  static encode(foldedByShortId: readonly string[]): ArrayBufferView[] {
    const order = foldedByShortId.map((_, shortId) => shortId);
    order.sort((a, b) => compare(foldedByShortId[a]!, foldedByShortId[b]!) || a - b);
    return [StringTable.encode(order.map((shortId) => foldedByShortId[shortId]!)), new Uint32Array(order)];
  }

  static decode(sorted: StringTable, shortIds: Uint32Array): SkuIndex {
    return new SkuIndex(sorted, shortIds);
  }

  /**
   * The product whose folded SKU this is: its id when taken since loading (the latest taken wins),
   * else the short id of a loaded product still held (`isLoaded`), else undefined.
   */
  find(folded: string, isLoaded: (shortId: number) => boolean): { id: string } | { shortId: number } | undefined {
    const id = this.#changed.get(folded);
    if (id !== undefined) return { id };
    const sorted = this.sorted;
    if (!sorted) return undefined;
    // the last position whose SKU is at most `folded`
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const middle = (lo + hi) >>> 1;
      if (compare(sorted.at(middle), folded) <= 0) lo = middle + 1;
      else hi = middle;
    }
    for (let at = lo - 1; at >= 0 && sorted.at(at) === folded; at--) {
      if (isLoaded(this.shortIds[at]!)) return { shortId: this.shortIds[at]! };
    }
    return undefined;
  }

  /** The product taken (added or changed) has this folded SKU. */
  set(folded: string, id: string): void {
    this.#changed.set(folded, id);
  }

  /** The product no longer has this folded SKU (changed or removed). */
  delete(folded: string, id: string): void {
    if (this.#changed.get(folded) === id) this.#changed.delete(folded);
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
