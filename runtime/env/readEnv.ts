import { LOG_LEVELS, type LogLevel } from '../../core/logLevels';

/** A function's environment: `process.env`, or the variables a producer wrote. */
export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`Invalid configuration: ${message}`, options);
    this.name = 'ConfigError';
  }
}

/** `a, b or c`. */
const listed = (values: readonly string[]) => (values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : `${values[0]}`);

/**
 * Typed reads of one environment, failing with a ConfigError that names the variable. Values are
 * trimmed, and a blank value counts as unset. Each contract (runtime/env/*Environment.ts) reads
 * its variables through it, once, at init.
 *
 * @example
 * const read = readEnv({ TABLE_NAME: 'storefront-dev', INTROSPECTION: 'true' });
 * read.required('TABLE_NAME'); // 'storefront-dev'
 * read.boolean('INTROSPECTION', false); // true
 */
export function readEnv(env: Env) {
  const optional = (name: string): string | undefined => env[name]?.trim() || undefined;
  const required = (name: string): string => {
    const value = optional(name);
    if (value === undefined) throw new ConfigError(`environment variable ${name} is required.`);
    return value;
  };
  /** The value when unset: `fallback`, or a ConfigError without one. */
  const valueOr = (name: string, fallback: string | undefined): string => (fallback === undefined ? required(name) : (optional(name) ?? fallback));
  const member = <T extends string>(name: string, value: string, values: readonly T[], described = listed(values)): T => {
    if (!(values as readonly string[]).includes(value)) throw new ConfigError(`${name} must be ${described}.`);
    return value as T;
  };
  return {
    optional,
    required,
    /** One of `values`; `fallback` when unset (required without one). */
    oneOf: <T extends string>(name: string, values: readonly T[], fallback?: T): T => member(name, valueOr(name, fallback), values),
    /** `true` or `false`; `fallback` when unset (required without one). */
    boolean: (name: string, fallback?: boolean): boolean =>
      member(name, valueOr(name, fallback === undefined ? undefined : String(fallback)), ['true', 'false'], '"true" or "false"') === 'true',
    /** A log level in any case (`debug`, `INFO`); `fallback` when unset. */
    logLevel: (name: string, fallback: LogLevel = 'INFO'): LogLevel => member(name, valueOr(name, fallback).toUpperCase(), LOG_LEVELS),
  };
}
