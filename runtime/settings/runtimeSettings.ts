/**
 * Settings an operator may change on a live alias without a redeploy, the one contract: each
 * setting's schema (what a stored value may be), its default and what it does, in
 * RUNTIME_SETTINGS; the RuntimeSettings type, the defaults, the stored-settings schema
 * (settingsSchema.ts) and the keys `npm run settings` accepts are all derived from it. Adding a
 * setting: one entry here, one row in docs/architecture.md's table (a test holds the two together).
 *
 * Each request works with one snapshot (`context.settings`) taken from a `RuntimeSettingsStore`;
 * how the store keeps it fresh is its own business (runtime/settings/settingsStore.ts).
 */
// zod/mini: the same validation as zod at a twentieth of the bundle size (it is read at cold start).
import * as z from 'zod/mini';
import { LOG_LEVELS, type LogLevel } from '../../core/logLevels';
import { MAX_PAGE_SIZE } from '../../data/page';
import { limits } from '../../domain/limits';

export type { LogLevel };

export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow', 'require'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

/** One setting: what a stored value may be, its value when none is stored, and what it does. */
export interface Setting<S extends z.ZodMiniType = z.ZodMiniType> {
  readonly schema: S;
  readonly default: z.output<S>;
  readonly description: string;
}

const setting = <S extends z.ZodMiniType>(schema: S, fallback: z.output<S>, description: string): Setting<S> => ({
  schema,
  default: fallback,
  description,
});

const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** A way the shop ships: `amount` in minor units of `currency`; `countries` (ISO 3166-1 alpha-2) limits where it is offered, all countries when absent. */
const shippingMethod = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/)),
  title: z.string().check(z.minLength(1), z.maxLength(100)),
  amount: int(0, 100_000_000),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  minDays: int(0, 365),
  maxDays: int(0, 365),
  countries: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2}$/)))),
});

export type ShippingMethodSetting = z.output<typeof shippingMethod>;

/**
 * Every runtime setting; `limits` groups the query limits (`limits.maxDepth`, …). Where a stage
 * gives its own default (`logLevel`, `introspection`, `trustedDocuments`: the function's Config),
 * the default here applies only without one.
 */
export const RUNTIME_SETTINGS = {
  logLevel: setting(z.enum(LOG_LEVELS), 'INFO', 'Level of the Powertools logger.'),
  introspection: setting(z.boolean(), false, 'Schema introspection and field suggestions in error messages.'),
  readOnly: setting(z.boolean(), false, 'When on, mutations are refused with SERVICE_UNAVAILABLE while reads keep working.'),
  logSampleRate: setting(z.number().check(z.gte(0), z.lte(1)), 0, 'Share of requests (0–1) logged at DEBUG whatever the level.'),
  refreshSeconds: setting(int(5, 3600), 60, 'How long settings read from the table are used before they are read again.'),
  limits: {
    maxDepth: setting(int(2, 50), 10, 'Deepest selection nesting a query may have.'),
    maxAliases: setting(int(0, 100), 15, 'Most aliases one operation may have.'),
    maxDirectives: setting(int(0, 100), 10, 'Most directives one operation may have.'),
    maxCost: setting(int(100, 100_000), 5_000, 'Upper bound of the estimated cost of one operation.'),
    maxPageSize: setting(int(1, MAX_PAGE_SIZE), MAX_PAGE_SIZE, 'Largest `first` a connection field accepts.'),
  },
  trustedDocuments: setting(
    z.enum(TRUSTED_DOCUMENTS_MODES),
    'allow',
    'Which documents the API runs (server/trustedDocuments.ts): `off`, any document, by hash only once registered (Automatic Persisted Queries); `allow`, any document, and the trusted ones by hash alone; `require`, trusted documents only (admins may still send any).',
  ),
  holdMinutes: setting(
    int(1, 120),
    10,
    'How long a checkout holds its stock for the shopper to pay (`checkoutBegin`); unpaid, the units are back on sale the moment it expires.',
  ),
  lowStockThreshold: setting(
    int(0, limits.maxLowStockThreshold),
    5,
    'A product is low on stock at or below this, unless it has its own threshold (the daily report, `lowStockProducts`).',
  ),
  cartTtlHours: setting(int(1, 24 * 365), 720, 'Hours a cart lives after its last change; then it reads as missing (TTL removes it later).'),
  shippingMethods: setting(
    z.array(shippingMethod).check(z.maxLength(20)),
    [
      { id: 'standard', title: 'Standard (3–5 days)', amount: 500, currency: 'USD', minDays: 3, maxDays: 5 },
      { id: 'express', title: 'Express (1–2 days)', amount: 1500, currency: 'USD', minDays: 1, maxDays: 2 },
    ] as ShippingMethodSetting[],
    'The shipping methods and their prices (JSON list of { id, title, amount, currency, minDays, maxDays, countries? }).',
  ),
};

type Settings = Readonly<Record<string, Setting>>;
type ValuesOf<T> = { readonly [K in keyof T]: T[K] extends Setting ? T[K]['default'] : ValuesOf<T[K]> };

export type RuntimeSettings = ValuesOf<typeof RUNTIME_SETTINGS>;
export type QueryLimits = RuntimeSettings['limits'];

const defaultsOf = <T extends Settings>(settings: T): ValuesOf<T> =>
  Object.fromEntries(Object.entries(settings).map(([key, { default: value }]) => [key, value])) as ValuesOf<T>;

const { limits: limitSettings, ...settings } = RUNTIME_SETTINGS;

export const defaultQueryLimits: QueryLimits = defaultsOf(limitSettings);

export function defaultRuntimeSettings(overrides: Partial<RuntimeSettings> = {}): RuntimeSettings {
  return { ...defaultsOf(settings), limits: defaultQueryLimits, ...overrides };
}

/**
 * Every key an operator may set, in `key` or `limits.key` form: the one list (`npm run settings`,
 * and the table in docs/architecture.md, which a test holds to it).
 */
export const SETTING_KEYS: readonly string[] = Object.keys(RUNTIME_SETTINGS).flatMap((key) =>
  key === 'limits' ? Object.keys(limitSettings).map((limit) => `limits.${limit}`) : [key],
);

/**
 * Keeps the settings in force: `current()` is the snapshot for the request under way,
 * `refresh(alias)` runs at the start of each request and reads the store only when the cached
 * settings are older than `refreshSeconds`.
 */
export interface RuntimeSettingsStore {
  current(): RuntimeSettings;
  refresh(alias: string): Promise<void>;
}
