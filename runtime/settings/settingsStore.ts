import type { Logger } from '@aws-lambda-powertools/logger';
import type { Db } from '../../data/db';
import type { RuntimeSettings, RuntimeSettingsStore } from './runtimeSettings';
import { getAliasSettings } from '../../data/aliasSettings';
import { applyStoredSettings, parseStoredSettings } from './settingsSchema';
import { createRefresher, type Refresher } from '../refresher';

/** After a failed read, the next attempt waits this long (the last good settings stay in force). */
const RETRY_AFTER_FAILURE_MS = 5_000;

const FRESH = Promise.resolve();

export interface RuntimeSettingsStoreOptions {
  readonly db: Db;
  /** Deploy-time defaults: used until an item is read, and whenever it is missing or invalid. */
  readonly defaults: RuntimeSettings;
  readonly logger: Logger;
}

/** Stands in for an alias without a settings item: kept for an interval like any value. */
const MISSING = Object.freeze({ missing: true });

/**
 * Settings for the running alias from its settings item (one GetItem): read at cold start (init
 * starts it), kept for the `refreshSeconds` they set, then read again (runtime/refresher.ts: a
 * request within the interval costs one clock check, a changed interval applies at once, and a
 * request arriving during a read waits for it). A missing or invalid item means the defaults, with
 * one warning; a failed read keeps the settings in force and is tried again after a pause.
 */
export function createSettingsStore({ db, defaults, logger }: RuntimeSettingsStoreOptions): RuntimeSettingsStore {
  let current = defaults;
  let lastWarning: string | undefined;
  /** Per alias: when its item is read again (in practice a container serves one alias). */
  const refreshers = new Map<string, Refresher>();

  const warnOnce = (message: string, details: Record<string, unknown>) => {
    const key = `${message}${JSON.stringify(details)}`;
    if (key === lastWarning) return;
    lastWarning = key;
    logger.warn(message, details);
  };

  const settingsFrom = (alias: string, stored: unknown): RuntimeSettings => {
    if (stored === MISSING) {
      warnOnce('No runtime settings item for this alias; using the defaults', { alias });
      return defaults;
    }
    const parsed = parseStoredSettings(stored);
    if (!parsed.ok) {
      warnOnce('Invalid runtime settings item; using the defaults', { alias, problems: parsed.problems });
      return defaults;
    }
    lastWarning = undefined;
    return applyStoredSettings(defaults, parsed.settings);
  };

  const refresherOf = (alias: string): Refresher => {
    let refresher = refreshers.get(alias);
    if (!refresher) {
      refresher = createRefresher({
        read: async () => {
          current = settingsFrom(alias, (await getAliasSettings(db, { alias }))?.settings ?? MISSING);
          return current.refreshSeconds * 1000;
        },
        retryAfterFailureMs: RETRY_AFTER_FAILURE_MS,
        onFailure: (error) => warnOnce('Runtime settings could not be read; keeping the settings in force', { alias, error: error as Error }),
      });
      refreshers.set(alias, refresher);
    }
    return refresher;
  };

  return {
    current: () => current,
    refresh: (alias) => refresherOf(alias).refresh() ?? FRESH,
  };
}
