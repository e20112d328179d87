import type { Logger } from '@aws-lambda-powertools/logger';
import type { Db } from '../../data/db';
import type { RuntimeSettings, RuntimeSettingsStore } from './runtimeSettings';
import { getAliasSettings } from '../../data/aliasSettings';
import { applyStoredSettings, parseStoredSettings } from './settingsSchema';

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
 * starts it), kept for the `refreshSeconds` they set, then read again. The store decides when a
 * read is due, so a request within the interval costs one clock check, a changed interval applies
 * at once, and a request arriving during a read waits for it instead of reading again. A missing
 * or invalid item means the defaults, with one warning; a failed read keeps the settings in force.
 */
export function createSettingsStore({ db, defaults, logger }: RuntimeSettingsStoreOptions): RuntimeSettingsStore {
  let current = defaults;
  let lastWarning: string | undefined;
  let retryAt = 0;
  // one read at a time per alias: a request arriving while the cold-start read is under way waits for it
  const inFlight = new Map<string, Promise<void>>();
  /** Per alias, until when the value last read stays in force. */
  const freshUntil = new Map<string, number>();

  const warnOnce = (message: string, details: Record<string, unknown>) => {
    const key = `${message}${JSON.stringify(details)}`;
    if (key === lastWarning) return;
    lastWarning = key;
    logger.warn(message, details);
  };

  const read = async (alias: string): Promise<void> => {
    if (Date.now() < retryAt) return;
    let stored: unknown;
    try {
      stored = (await getAliasSettings(db, { alias }))?.settings ?? MISSING;
    } catch (error) {
      retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
      warnOnce('Runtime settings could not be read; keeping the settings in force', { alias, error: error as Error });
      return;
    }
    current = settingsFrom(alias, stored);
    freshUntil.set(alias, Date.now() + current.refreshSeconds * 1000);
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

  return {
    current: () => current,
    refresh(alias) {
      if (Date.now() < (freshUntil.get(alias) ?? 0)) return FRESH;
      const running = inFlight.get(alias);
      if (running) return running;
      const reading = read(alias).finally(() => inFlight.delete(alias));
      inFlight.set(alias, reading);
      return reading;
    },
  };
}
