import type { Db } from '../../data/db';
import { listSearchChangesSince } from '../../data/searchIndexStore';
import type { ProductSearchIndex } from './ProductSearchIndex';
import { CHANGE_LOG_RETENTION_MS, decodeChanges } from './recordProductChanges';
import { loadSnapshot } from './searchSnapshot';

export interface ProductSearchCatalogOptions {
  readonly now?: () => number;
  /** At most one look at the change log per this many milliseconds. */
  readonly refreshIntervalMs?: number;
}

/** How far back each look at the log reaches before the newest entry applied: entries logged out of order by this much are still seen. */
export const CHANGE_LOG_OVERLAP_MS = 10_000;
/** A container that has not looked at the log for this long loads the snapshot again (older log entries expire). */
const RELOAD_AFTER_MS = CHANGE_LOG_RETENTION_MS / 2;

/** What the first search of a container did, for the bench and the logs. */
export interface CatalogLoad {
  readonly source: 'snapshot' | 'table';
  readonly documents: number;
  readonly snapshotBytes: number;
  readonly changesApplied: number;
}

interface Loaded {
  readonly index: ProductSearchIndex;
  /** Log entries applied, by key: looks at the log overlap, so an entry is applied once. */
  readonly applied: Set<string>;
  newestSk: string;
  refreshedAt: number;
}

const skMinus = (sk: string, ms: number) => new Date(Date.parse(sk.slice(0, 24)) - ms).toISOString();

/**
 * The search index of one container. Nothing is read until the first search, so containers that
 * never search pay nothing; the first loads the newest snapshot and the change log after it. Each
 * later search first applies what the log gained since (one Query, at most once per
 * `refreshIntervalMs`): a product written a moment ago is found as it is now.
 */
export class ProductSearchCatalog {
  private loading: Promise<Loaded> | undefined;
  private refreshing: Promise<void> | undefined;
  private readonly now: () => number;
  private readonly refreshIntervalMs: number;
  /** Set once the first search loaded the index. */
  lastLoad: CatalogLoad | undefined;

  constructor(
    private readonly db: Db,
    { now = Date.now, refreshIntervalMs = 1_000 }: ProductSearchCatalogOptions = {},
  ) {
    this.now = now;
    this.refreshIntervalMs = refreshIntervalMs;
  }

  /** The index, loaded on first use and brought up to date with the change log (throttled). */
  async index(): Promise<ProductSearchIndex> {
    if (!this.loading) {
      this.loading = this.load();
      // a failed load is tried again by the next search
      this.loading.catch(() => (this.loading = undefined));
      return (await this.loading).index;
    }
    const loaded = await this.loading;
    const age = this.now() - loaded.refreshedAt;
    if (age >= RELOAD_AFTER_MS) {
      this.loading = undefined;
      return this.index();
    }
    if (age >= this.refreshIntervalMs) {
      this.refreshing ??= this.refresh(loaded)
        // a failed look keeps the index as it was; the next search looks again
        .catch(() => undefined)
        .finally(() => (this.refreshing = undefined));
      await this.refreshing;
    }
    return loaded.index;
  }

  private async load(): Promise<Loaded> {
    const startedAt = this.now();
    const snapshot = await loadSnapshot(this.db, { now: this.now });
    const loaded: Loaded = {
      index: snapshot.index,
      applied: new Set(),
      newestSk: snapshot.coversFrom,
      refreshedAt: startedAt,
    };
    const changesApplied = await this.applyLog(loaded, snapshot.coversFrom);
    this.lastLoad = { source: snapshot.source, documents: loaded.index.size, snapshotBytes: snapshot.bytes, changesApplied };
    return loaded;
  }

  private async refresh(loaded: Loaded): Promise<void> {
    const startedAt = this.now();
    await this.applyLog(loaded, skMinus(loaded.newestSk, CHANGE_LOG_OVERLAP_MS));
    loaded.refreshedAt = startedAt;
  }

  /** Applies the log entries after `afterSk` not applied yet, oldest first; returns how many product changes it applied. */
  private async applyLog(loaded: Loaded, afterSk: string): Promise<number> {
    const entries = await listSearchChangesSince(this.db, { afterSk });
    let count = 0;
    for (const entry of entries) {
      if (loaded.applied.has(entry.sk)) continue;
      for (const change of decodeChanges(entry.payload)) {
        if (change.document) loaded.index.upsert(change.document);
        else loaded.index.remove(change.id);
        count++;
      }
      loaded.applied.add(entry.sk);
      if (entry.sk > loaded.newestSk) loaded.newestSk = entry.sk;
    }
    // keys older than the next look's reach can never come back
    const reach = skMinus(loaded.newestSk, CHANGE_LOG_OVERLAP_MS);
    for (const sk of loaded.applied) if (sk <= reach) loaded.applied.delete(sk);
    return count;
  }
}

const catalogs = new WeakMap<Db, ProductSearchCatalog>();

/** The container's catalog for this table: one per db, made on first use. */
export function searchCatalogFor(db: Db): ProductSearchCatalog {
  let catalog = catalogs.get(db);
  if (!catalog) {
    catalog = new ProductSearchCatalog(db);
    catalogs.set(db, catalog);
  }
  return catalog;
}
