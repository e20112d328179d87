import { BaseProvider } from '@aws-lambda-powertools/parameters/base';
import type { Db } from '../../data/db';
import { getRuntimeConfig } from '../../data/runtimeConfig';

/** Stands in for an alias without a config item: the store keeps "missing" for an interval like any value. */
export const MISSING = Object.freeze({ missing: true });

/**
 * A Powertools Parameters provider over the single table: `get(alias)` reads the alias's config
 * item through the data layer (one GetItem). The settings store decides when to read again.
 */
export class RuntimeConfigProvider extends BaseProvider {
  constructor(private readonly db: Db) {
    super({});
  }

  protected async _get(alias: string): Promise<unknown> {
    const item = await getRuntimeConfig(this.db, { alias });
    return item ? item.settings : MISSING;
  }

  protected async _getMultiple(): Promise<Record<string, unknown>> {
    throw new Error('RuntimeConfigProvider reads one alias at a time.');
  }
}
