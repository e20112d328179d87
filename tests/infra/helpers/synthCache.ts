/**
 * Where synthesised assemblies are shared between the infra project's test files during one Jest
 * run (set by synthCacheSetup.ts; unset, nothing is shared).
 */
export const SYNTH_CACHE_ENV = 'TEST_SYNTH_CACHE_DIR';
