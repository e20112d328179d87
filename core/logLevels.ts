/** The log levels a stage or an alias may set, lowest first: one list for config, settings and stages. */
export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
