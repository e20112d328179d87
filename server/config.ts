/**
 * Deploy-time settings, read from the environment once and validated. Nothing else in the
 * code reads process.env.
 */
export type AuthConfig =
  | { readonly kind: 'cognito'; readonly userPoolId: string; readonly clientId: string }
  | { readonly kind: 'local'; readonly issuer: string; readonly jwks: LocalJwks };

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
  };
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
    return { kind: 'local', issuer: required('AUTH_ISSUER'), jwks: jwks as LocalJwks };
  }
  throw new ConfigError('set USER_POOL_ID and USER_POOL_CLIENT_ID (Cognito), or AUTH_ISSUER and AUTH_JWKS (local).');
}
