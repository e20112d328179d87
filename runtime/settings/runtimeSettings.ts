/**
 * Settings an operator may change on a live alias without a redeploy. Each request works with
 * one snapshot (`context.settings`) taken from a `RuntimeSettingsStore`; how the store keeps it
 * fresh is its own business (runtime/settings/settingsStore.ts).
 */
import type { LogLevel } from '../../core/logLevels';
import { MAX_PAGE_SIZE } from '../../data/page';

export type { LogLevel };

export interface QueryLimits {
  /** Deepest selection nesting a query may have. */
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Upper bound of the estimated cost of one operation. */
  readonly maxCost: number;
  /** Largest `first` a connection field accepts. */
  readonly maxPageSize: number;
}

export interface RuntimeSettings {
  readonly logLevel: LogLevel;
  /** Schema introspection and field suggestions in error messages. */
  readonly introspection: boolean;
  readonly limits: QueryLimits;
  /** When on, mutations are refused with SERVICE_UNAVAILABLE while reads keep working. */
  readonly readOnly: boolean;
  /** Share of requests (0–1) logged at DEBUG whatever the level. */
  readonly logSampleRate: number;
  /** How long settings read from the table are used before they are read again. */
  readonly refreshSeconds: number;
  /**
   * Which documents the API runs (server/trustedDocuments.ts): `off`, any document, by hash only
   * once registered (Automatic Persisted Queries); `allow`, any document, and the trusted ones by
   * hash alone; `require`, trusted documents only (admins may still send any).
   */
  readonly trustedDocuments: TrustedDocumentsMode;
  /** A product is low on stock at or below this, unless it has its own threshold (the daily report, `lowStockProducts`). */
  readonly lowStockThreshold: number;
}

export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow', 'require'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

/**
 * Keeps the settings in force: `current()` is the snapshot for the request under way,
 * `refresh(alias)` runs at the start of each request and reads the store only when the cached
 * settings are older than `refreshSeconds`.
 */
export interface RuntimeSettingsStore {
  current(): RuntimeSettings;
  refresh(alias: string): Promise<void>;
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxCost: 5_000,
  maxPageSize: MAX_PAGE_SIZE,
};

export function defaultRuntimeSettings(overrides: Partial<RuntimeSettings> = {}): RuntimeSettings {
  return {
    logLevel: 'INFO',
    introspection: false,
    limits: defaultQueryLimits,
    readOnly: false,
    logSampleRate: 0,
    refreshSeconds: 60,
    trustedDocuments: 'allow',
    lowStockThreshold: 5,
    ...overrides,
  };
}

/** Settings that never change (tests, tools). */
export function fixedSettings(settings: RuntimeSettings): RuntimeSettingsStore {
  return { current: () => settings, refresh: async () => undefined };
}
