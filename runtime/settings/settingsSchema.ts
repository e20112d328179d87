import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { RUNTIME_SETTINGS, type QueryLimits, type RuntimeSettings, type Setting } from './runtimeSettings';

z.config(en());

const schemasOf = <T extends Readonly<Record<string, Setting>>>(settings: T) =>
  Object.fromEntries(Object.entries(settings).map(([key, { schema }]) => [key, schema])) as { -readonly [K in keyof T]: T[K]['schema'] };

const { limits, ...settings } = RUNTIME_SETTINGS;

/** What an alias's settings item may hold: any subset of the settings (runtimeSettings.ts), nothing else. */
export const storedSettingsSchema = z.partial(z.strictObject({ ...schemasOf(settings), limits: z.partial(z.strictObject(schemasOf(limits))) }));

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
