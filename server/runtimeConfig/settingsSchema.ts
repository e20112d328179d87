import { z } from 'zod';
import type { QueryLimits, RuntimeSettings } from '../runtimeSettings';

const limitsSchema = z
  .object({
    maxDepth: z.number().int().min(2).max(50),
    maxAliases: z.number().int().min(0).max(100),
    maxDirectives: z.number().int().min(0).max(100),
    maxCost: z.number().int().min(100).max(100_000),
    maxPageSize: z.number().int().min(1).max(100),
  })
  .strict()
  .partial();

/** What an alias's config item may hold: any subset of the settings, nothing else. */
export const storedSettingsSchema = z
  .object({
    logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']),
    introspection: z.boolean(),
    readOnly: z.boolean(),
    logSampleRate: z.number().min(0).max(1),
    refreshSeconds: z.number().int().min(5).max(3600),
    limits: limitsSchema,
  })
  .strict()
  .partial();

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
