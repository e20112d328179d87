// zod/mini: the same validation as zod at a twentieth of the bundle size (it is read at cold start).
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { LOG_LEVELS } from '../../core/logLevels';
import { MAX_PAGE_SIZE } from '../../data/page';
import { limits } from '../../domain/limits';
import { TRUSTED_DOCUMENTS_MODES, type QueryLimits, type RuntimeSettings } from './runtimeSettings';

z.config(en());

const int = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

const limitsShape = {
  maxDepth: int(2, 50),
  maxAliases: int(0, 100),
  maxDirectives: int(0, 100),
  maxCost: int(100, 100_000),
  maxPageSize: int(1, MAX_PAGE_SIZE),
};

const settingsShape = {
  logLevel: z.enum(LOG_LEVELS),
  introspection: z.boolean(),
  readOnly: z.boolean(),
  logSampleRate: z.number().check(z.gte(0), z.lte(1)),
  refreshSeconds: int(5, 3600),
  limits: z.partial(z.strictObject(limitsShape)),
  trustedDocuments: z.enum(TRUSTED_DOCUMENTS_MODES),
  lowStockThreshold: int(0, limits.maxLowStockThreshold),
};

/** What an alias's settings item may hold: any subset of the settings, nothing else. */
export const storedSettingsSchema = z.partial(z.strictObject(settingsShape));

/**
 * Every key an operator may set, in `key` or `limits.key` form: the one list, read from the schema
 * itself (`npm run settings`, and the table in docs/architecture.md, which a test holds to it).
 */
export const SETTING_KEYS: readonly string[] = Object.keys(settingsShape).flatMap((key) =>
  key === 'limits' ? Object.keys(limitsShape).map((limit) => `limits.${limit}`) : [key],
);

export type StoredSettings = z.infer<typeof storedSettingsSchema>;

export type ParsedSettings = { ok: true; settings: StoredSettings } | { ok: false; problems: string[] };

export function parseStoredSettings(value: unknown): ParsedSettings {
  const result = storedSettingsSchema.safeParse(value);
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`),
  };
}

/** The defaults with the stored overrides applied. */
export function applyStoredSettings(defaults: RuntimeSettings, stored: StoredSettings): RuntimeSettings {
  const limits: QueryLimits = { ...defaults.limits, ...stored.limits };
  return { ...defaults, ...stored, limits };
}
