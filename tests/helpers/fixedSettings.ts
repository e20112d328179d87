import type { RuntimeSettings, RuntimeSettingsStore } from '../../runtime/settings/runtimeSettings';

/** Settings that never change: a handler under test reads these instead of an alias's item. */
export function fixedSettings(settings: RuntimeSettings): RuntimeSettingsStore {
  return { current: () => settings, refresh: async () => undefined };
}
