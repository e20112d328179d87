import { AsyncLocalStorage } from 'node:async_hooks';

/** The catalog writes (categories and products as shoppers see them) the data layer made in one piece of work. */
export interface CatalogWrites {
  count: number;
}

const storage = new AsyncLocalStorage<CatalogWrites>();

/**
 * Runs `work` with a fresh record of the catalog writes that succeed while it runs (concurrent
 * requests never mix): the request handler runs each request this way, and decides from the record
 * whether cached catalog reads went stale.
 *
 * @example
 * await trackCatalogWrites(async () => {
 *   await insertCategory(db, category);
 *   catalogWrites()?.count; // 1
 * });
 */
export function trackCatalogWrites<T>(work: () => Promise<T>): Promise<T> {
  return storage.run({ count: 0 }, work);
}

/** The record of the work running now, or undefined outside `trackCatalogWrites`. */
export function catalogWrites(): CatalogWrites | undefined {
  return storage.getStore();
}

/** Notes a catalog write that has committed (a no-op outside `trackCatalogWrites`: scripts, seeding). */
export function recordCatalogWrite(): void {
  const record = storage.getStore();
  if (record) record.count++;
}
