/**
 * Deploy-time settings, read from the environment once and validated. Nothing else in the
 * code reads process.env.
 */
export type AuthConfig =
  | { readonly kind: 'cognito'; readonly userPoolId: string; readonly clientId: string }
  | { readonly kind: 'local'; readonly issuer: string; readonly clientId: string; readonly jwks: LocalJwks };

export interface LocalJwks {
  readonly keys: ReadonlyArray<Record<string, unknown>>;
}

export interface Config {
  readonly stage: string;
  readonly region: string;
  readonly tableName: string;
  /** DynamoDB Local; undefined in AWS. */
  readonly dynamoDbEndpoint?: string;
  readonly corsOrigins: readonly string[];
  readonly introspection: boolean;
  readonly auth: AuthConfig;
  /** Signs and encrypts page cursors (`CURSOR_SECRET`, at least 32 characters). */
  readonly cursorSecret: string;
  /** Default log level of this stage (POWERTOOLS_LOG_LEVEL); the alias's runtime settings may override it. */
  readonly logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** X-Ray tracing of the function and its DynamoDB calls (POWERTOOLS_TRACE_ENABLED). */
  readonly tracing: boolean;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(`Invalid configuration: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): Config {
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new ConfigError(`environment variable ${name} is required.`);
    return value;
  };
  const corsOrigins = required('CORS_ORIGINS')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin === '*' || !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`CORS_ORIGINS entry "${origin}" is not an origin such as https://shop.example.com.`);
    }
  }
  const introspection = env.INTROSPECTION ?? 'false';
  if (introspection !== 'true' && introspection !== 'false') {
    throw new ConfigError('INTROSPECTION must be "true" or "false".');
  }
  return {
    stage: env.STAGE?.trim() || 'local',
    region: env.AWS_REGION?.trim() || 'us-east-1',
    tableName: required('TABLE_NAME'),
    dynamoDbEndpoint: env.DYNAMODB_ENDPOINT?.trim() || undefined,
    corsOrigins,
    introspection: introspection === 'true',
    auth: loadAuth(env, required),
    cursorSecret: loadCursorSecret(env),
    logLevel: loadLogLevel(env.POWERTOOLS_LOG_LEVEL),
    tracing: env.POWERTOOLS_TRACE_ENABLED === 'true',
  };
}

function loadLogLevel(value: string | undefined): Config['logLevel'] {
  const level = (value ?? 'INFO').trim().toUpperCase();
  if (level !== 'DEBUG' && level !== 'INFO' && level !== 'WARN' && level !== 'ERROR') {
    throw new ConfigError('POWERTOOLS_LOG_LEVEL must be DEBUG, INFO, WARN or ERROR.');
  }
  return level;
}

/**
 * Fixed secret for local runs only (`npm start`, tests): cursors signed with it are worth nothing
 * anywhere else. Deployed stages (Cognito auth) must set CURSOR_SECRET; they never fall back to it.
 */
export const LOCAL_CURSOR_SECRET = 'local-development-cursor-secret-do-not-deploy';
const MIN_CURSOR_SECRET_LENGTH = 32;

function loadCursorSecret(env: Env): string {
  const secret = env.CURSOR_SECRET?.trim();
  if (!secret) {
    if (env.USER_POOL_ID) throw new ConfigError('environment variable CURSOR_SECRET is required.');
    return LOCAL_CURSOR_SECRET;
  }
  if (secret.length < MIN_CURSOR_SECRET_LENGTH) {
    throw new ConfigError(`CURSOR_SECRET must be at least ${MIN_CURSOR_SECRET_LENGTH} characters.`);
  }
  return secret;
}

function loadAuth(env: Env, required: (name: string) => string): AuthConfig {
  if (env.USER_POOL_ID) {
    return { kind: 'cognito', userPoolId: required('USER_POOL_ID'), clientId: required('USER_POOL_CLIENT_ID') };
  }
  if (env.AUTH_JWKS) {
    let jwks: unknown;
    try {
      jwks = JSON.parse(env.AUTH_JWKS);
    } catch {
      throw new ConfigError('AUTH_JWKS must be a JSON Web Key Set.');
    }
    if (!jwks || !Array.isArray((jwks as LocalJwks).keys)) throw new ConfigError('AUTH_JWKS must be a JSON Web Key Set.');
    return { kind: 'local', issuer: required('AUTH_ISSUER'), clientId: required('AUTH_CLIENT_ID'), jwks: jwks as LocalJwks };
  }
  throw new ConfigError('set USER_POOL_ID and USER_POOL_CLIENT_ID (Cognito), or AUTH_ISSUER, AUTH_CLIENT_ID and AUTH_JWKS (local).');
}
