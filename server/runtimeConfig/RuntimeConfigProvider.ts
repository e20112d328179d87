import { BaseProvider } from '@aws-lambda-powertools/parameters/base';
import type { Db } from '../../data/db';
import { getRuntimeConfig } from '../../data/runtimeConfig';

/** Stands in for an alias without a config item, so "missing" is cached like any value. */
export const MISSING = Object.freeze({ missing: true });

/**
 * A Powertools Parameters provider over the single table: `get(alias, { maxAge })` reads the
 * alias's config item through the data layer (one GetItem) and caches it for `maxAge` seconds.
 */
export class RuntimeConfigProvider extends BaseProvider {
  constructor(private readonly db: Db) {
    super({});
  }

  protected async _get(alias: string): Promise<unknown> {
    const item = await getRuntimeConfig(this.db, { alias });
    return item ? item.settings : MISSING;
  }

  /**
   * Re-caches a value for another `maxAge`, for when the settings just read change the refresh
   * interval itself. Uses the base provider's cache key for `get(name)` without a transform.
   */
  keepFor(alias: string, value: unknown, maxAgeSeconds: number): void {
    this.addToCache([alias, undefined].toString(), value as Record<string, unknown>, maxAgeSeconds);
  }

  protected async _getMultiple(): Promise<Record<string, unknown>> {
    throw new Error('RuntimeConfigProvider reads one alias at a time.');
  }
}
