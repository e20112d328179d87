import { SETTING_KEYS } from './runtimeSettings';
import { storedSettingsSchema, type StoredSettings } from './settingsSchema';

export class SettingsEditError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsEditError';
  }
}

/**
 * Applies `key=value` assignments (and `unset` keys) to stored settings and validates the
 * result as a whole; any problem refuses the whole edit.
 */
export function editSettings(stored: StoredSettings, assignments: readonly string[], unset: readonly string[] = []): StoredSettings {
  const problems: string[] = [];
  const next: Record<string, unknown> = structuredClone(stored);
  const limits = (next.limits ??= {}) as Record<string, unknown>;
  for (const key of unset) {
    if (!SETTING_KEYS.includes(key)) problems.push(`${key}: unknown setting (known: ${SETTING_KEYS.join(', ')})`);
    else if (key.startsWith('limits.')) delete limits[key.slice('limits.'.length)];
    else delete next[key];
  }
  for (const assignment of assignments) {
    const at = assignment.indexOf('=');
    if (at < 1) {
      problems.push(`"${assignment}": expected key=value`);
      continue;
    }
    const key = assignment.slice(0, at);
    const value = parseValue(assignment.slice(at + 1));
    if (!SETTING_KEYS.includes(key)) problems.push(`${key}: unknown setting (known: ${SETTING_KEYS.join(', ')})`);
    else if (key.startsWith('limits.')) limits[key.slice('limits.'.length)] = value;
    else next[key] = value;
  }
  if (!Object.keys(limits).length) delete next.limits;
  if (problems.length) throw new SettingsEditError(problems);
  const parsed = storedSettingsSchema.safeParse(next);
  if (!parsed.success) {
    throw new SettingsEditError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return parsed.data;
}

/** `true`, `0.5`, `12` become a boolean or number, a JSON list or object (`[{…}]`) its value; anything else stays a string (`DEBUG`). */
function parseValue(raw: string): unknown {
  if (/^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  }
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw);
  return raw;
}
