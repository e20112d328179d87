import { LOG_LEVELS, type LogLevel } from '../core/logLevels';
import { TRUSTED_DOCUMENTS_MODES, type TrustedDocumentsMode } from './settings/runtimeSettings';

/**
 * Deploy-time configuration, read from the environment once and validated. Nothing else in the
 * code reads process.env, but for the one value Lambda sets anew for every invocation
 * (`invocationTraceId`).
 */
export type AuthConfig =
  | { readonly kind: 'cognito'; readonly userPoolId: string; readonly clientId: string }
  | { readonly kind: 'local'; readonly issuer: string; readonly clientId: string; readonly jwks: LocalJwks };

export interface LocalJwks {
  readonly keys: ReadonlyArray<Record<string, unknown>>;
}

export type CursorKeySource = { readonly kind: 'static'; readonly secret: string } | { readonly kind: 'secretsManager'; readonly secretArn: string };

export interface Config {
  readonly stage: string;
  readonly region: string;
  readonly tableName: string;
  /** DynamoDB Local; undefined in AWS. */
  readonly dynamoDbEndpoint?: string;
  readonly corsOrigins: readonly string[];
  readonly introspection: boolean;
  /** The stage's default for the `trustedDocuments` runtime setting (`TRUSTED_DOCUMENTS`). */
  readonly trustedDocuments: TrustedDocumentsMode;
  readonly auth: AuthConfig;
  /**
   * The key that signs and encrypts page cursors: deployed, a Secrets Manager secret read at run
   * time (`CURSOR_SECRET_ARN`); locally a fixed secret (`CURSOR_SECRET`, at least 32 characters).
   */
  readonly cursorKey: CursorKeySource;
  /**
   * Whether API Gateway caches this stage's GETs (`STAGE_CACHE_ENABLED`): if so, catalog writes
   * flush the stage's cache.
   */
  readonly stageCache: boolean;
  /** API Gateway's management endpoint; the local gateway's own address under `npm start`, undefined in AWS. */
  readonly apiGatewayEndpoint?: string;
  /** Default log level of this stage (POWERTOOLS_LOG_LEVEL); the alias's runtime settings may override it. */
  readonly logLevel: LogLevel;
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
  return {
    stage: env.STAGE?.trim() || 'local',
    region: env.AWS_REGION?.trim() || 'us-east-1',
    tableName: required('TABLE_NAME'),
    dynamoDbEndpoint: env.DYNAMODB_ENDPOINT?.trim() || undefined,
    corsOrigins,
    introspection: loadBoolean(env, 'INTROSPECTION'),
    trustedDocuments: loadTrustedDocuments(env.TRUSTED_DOCUMENTS),
    auth: loadAuth(env, required),
    cursorKey: loadCursorKey(env),
    stageCache: loadBoolean(env, 'STAGE_CACHE_ENABLED'),
    apiGatewayEndpoint: env.APIGATEWAY_ENDPOINT?.trim() || undefined,
    logLevel: loadLogLevel(env.POWERTOOLS_LOG_LEVEL),
    tracing: env.POWERTOOLS_TRACE_ENABLED === 'true',
  };
}

function loadBoolean(env: Env, name: string): boolean {
  const value = env[name]?.trim() || 'false';
  if (value !== 'true' && value !== 'false') throw new ConfigError(`${name} must be "true" or "false".`);
  return value === 'true';
}

function loadTrustedDocuments(value: string | undefined): TrustedDocumentsMode {
  const mode = value?.trim() || 'allow';
  if (!(TRUSTED_DOCUMENTS_MODES as readonly string[]).includes(mode))
    throw new ConfigError(`TRUSTED_DOCUMENTS must be ${TRUSTED_DOCUMENTS_MODES.join(', ')}.`);
  return mode as TrustedDocumentsMode;
}

/** POWERTOOLS_LOG_LEVEL, for every function of the project: INFO when unset, any case. */
export function loadLogLevel(value: string | undefined): LogLevel {
  const level = (value ?? 'INFO').trim().toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new ConfigError(`POWERTOOLS_LOG_LEVEL must be ${LOG_LEVELS.slice(0, -1).join(', ')} or ${LOG_LEVELS.at(-1)}.`);
  return level as LogLevel;
}

/**
 * Fixed secret for local runs only (`npm start`, tests): cursors signed with it are worth nothing
 * anywhere else. Deployed stages (Cognito auth) must set CURSOR_SECRET_ARN; they never fall back to it.
 */
export const LOCAL_CURSOR_SECRET = 'local-development-cursor-secret-do-not-deploy';
export const MIN_CURSOR_SECRET_LENGTH = 32;

function loadCursorKey(env: Env): CursorKeySource {
  const secretArn = env.CURSOR_SECRET_ARN?.trim();
  if (secretArn) {
    if (!/^arn:aws[\w-]*:secretsmanager:/.test(secretArn)) throw new ConfigError('CURSOR_SECRET_ARN must be a Secrets Manager secret ARN.');
    return { kind: 'secretsManager', secretArn };
  }
  const secret = env.CURSOR_SECRET?.trim();
  if (!secret) {
    if (env.USER_POOL_ID) throw new ConfigError('environment variable CURSOR_SECRET_ARN is required.');
    return { kind: 'static', secret: LOCAL_CURSOR_SECRET };
  }
  if (secret.length < MIN_CURSOR_SECRET_LENGTH) {
    throw new ConfigError(`CURSOR_SECRET must be at least ${MIN_CURSOR_SECRET_LENGTH} characters.`);
  }
  return { kind: 'static', secret };
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

/** The X-Ray trace id of the invocation under way, which Lambda sets in the environment for each one. */
export function invocationTraceId(env: Env = process.env): string | undefined {
  return env._X_AMZN_TRACE_ID;
}
