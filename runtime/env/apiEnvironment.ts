// The API function's environment contract (server/lambda.ts): every variable it reads, the typed
// Config read from them once at init, and the writer every producer sets them with (CDK's
// GraphqlFunction, `npm start`, the bench, the code-cache recording). Adding a variable: a field of
// Config (of ApiEnvironmentInputs when only Lambda or Powertools reads it), its name in
// API_VARIABLES, and one line in each of the reader and the writer.
import type { LogLevel } from '../../core/logLevels';
import { TRUSTED_DOCUMENTS_MODES, type TrustedDocumentsMode } from '../settings/runtimeSettings';
import { ConfigError, readEnv, type Env } from './readEnv';
import { PAYMENT_VARIABLES, paymentVariables, readPayments, type PaymentsConfig } from './paymentEnvironment';
import { writeEnv, type EnvVariables } from './writeEnv';

export type AuthConfig =
  | { readonly kind: 'cognito'; readonly userPoolId: string; readonly clientId: string }
  | { readonly kind: 'local'; readonly issuer: string; readonly clientId: string; readonly jwks: LocalJwks };

export interface LocalJwks {
  readonly keys: ReadonlyArray<Record<string, unknown>>;
}

/** Where product images live and are served from. */
export interface MediaConfig {
  /** The private media bucket (uploads and renditions). */
  readonly bucket: string;
  /** Where `media/…` keys are served to browsers: the stage's CloudFront (the storefront's own origin), or `npm start`'s storefront; no trailing slash. */
  readonly baseUrl: string;
  /** An S3-compatible server (`npm start`'s); unset in AWS. */
  readonly s3Endpoint?: string;
  /** The media function the API invokes to check uploads and make renditions; unset where it runs in-process (`npm start`). */
  readonly functionName?: string;
}

export type CursorKeySource = { readonly kind: 'static'; readonly secret: string } | { readonly kind: 'secretsManager'; readonly secretArn: string };

/** The API's deploy-time configuration, read from its environment once and validated. */
export interface Config {
  /** The stage, and the alias whose runtime settings apply when the function is invoked unqualified. */
  readonly stage: string;
  readonly region: string;
  readonly tableName: string;
  /** DynamoDB Local; undefined in AWS. */
  readonly dynamoDbEndpoint?: string;
  readonly corsOrigins: readonly string[];
  readonly introspection: boolean;
  /** The stage's default for the `trustedDocuments` runtime setting. */
  readonly trustedDocuments: TrustedDocumentsMode;
  readonly auth: AuthConfig;
  /**
   * The key that signs and encrypts page cursors: deployed, a Secrets Manager secret read at run
   * time; locally a fixed secret (at least MIN_CURSOR_SECRET_LENGTH characters).
   */
  readonly cursorKey: CursorKeySource;
  /** Whether API Gateway caches this stage's GETs: if so, catalog writes flush the stage's cache. */
  readonly stageCache: boolean;
  /** API Gateway's management endpoint; the local gateway's own address under `npm start`, undefined in AWS. */
  readonly apiGatewayEndpoint?: string;
  /** Default log level of this stage (Powertools'); the alias's runtime settings may override it. */
  readonly logLevel: LogLevel;
  /** X-Ray tracing of the function and its DynamoDB calls. */
  readonly tracing: boolean;
  /** The Lambda runtime version the stage pins (`pinnedRuntime`), named in the init log line. */
  readonly runtimeVersionArn?: string;
  /**
   * Every caller's answers carry `extensions.cost` (server/plugins/costExtensionPlugin.ts), not only
   * admins': the stage's `costForEveryone` (dev, `npm start`; never prod).
   */
  readonly costForEveryone: boolean;
  /** Product images; undefined where the stage has no media bucket (image URLs are then relative, `/media/…`, and uploads are refused). */
  readonly media?: MediaConfig;
  /** The payment provider the checkout takes money through; undefined where none is set (checkouts are then SERVICE_UNAVAILABLE). */
  readonly payments?: PaymentsConfig;
}

/** What a producer gives the writer: a Config without what has a default, and what Lambda and Powertools read themselves. */
export interface ApiEnvironmentInputs
  extends Pick<Config, 'tableName' | 'corsOrigins' | 'auth'>, Partial<Omit<Config, 'tableName' | 'corsOrigins' | 'auth'>> {
  /** Powertools' service name, also the code cache loader's (infra/bundle/codeCache/loader.cjs). */
  readonly serviceName?: string;
  /** Powertools Metrics writes nothing (`npm start`). */
  readonly metricsDisabled?: boolean;
  /** The script Lambda starts the runtime with (infra/bundle/execWrapper.sh). */
  readonly execWrapper?: string;
}

/** Every variable of the API's environment, by the input it carries. */
export const API_VARIABLES = {
  stage: 'STAGE',
  region: 'AWS_REGION',
  tableName: 'TABLE_NAME',
  dynamoDbEndpoint: 'DYNAMODB_ENDPOINT',
  corsOrigins: 'CORS_ORIGINS',
  introspection: 'INTROSPECTION',
  trustedDocuments: 'TRUSTED_DOCUMENTS',
  userPoolId: 'USER_POOL_ID',
  userPoolClientId: 'USER_POOL_CLIENT_ID',
  authIssuer: 'AUTH_ISSUER',
  authClientId: 'AUTH_CLIENT_ID',
  authJwks: 'AUTH_JWKS',
  cursorSecretArn: 'CURSOR_SECRET_ARN',
  cursorSecret: 'CURSOR_SECRET',
  stageCache: 'STAGE_CACHE_ENABLED',
  apiGatewayEndpoint: 'APIGATEWAY_ENDPOINT',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
  tracing: 'POWERTOOLS_TRACE_ENABLED',
  runtimeVersionArn: 'RUNTIME_VERSION_ARN',
  costForEveryone: 'COST_FOR_EVERYONE',
  mediaBucket: 'MEDIA_BUCKET',
  mediaBaseUrl: 'MEDIA_BASE_URL',
  s3Endpoint: 'S3_ENDPOINT',
  mediaFunctionName: 'MEDIA_FUNCTION_NAME',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  metricsDisabled: 'POWERTOOLS_METRICS_DISABLED',
  execWrapper: 'AWS_LAMBDA_EXEC_WRAPPER',
} as const;

const v = API_VARIABLES;

/**
 * Fixed secret for local runs only (`npm start`, tests): cursors signed with it are worth nothing
 * anywhere else. Deployed stages (Cognito auth) must name a secret by ARN; they never fall back to it.
 */
export const LOCAL_CURSOR_SECRET = 'local-development-cursor-secret-do-not-deploy';
export const MIN_CURSOR_SECRET_LENGTH = 32;

/** Reads and validates the API's configuration, failing fast with a ConfigError that names the variable. */
export function loadConfig(env: Env = process.env): Config {
  const read = readEnv(env);
  return {
    stage: read.optional(v.stage) ?? 'local',
    region: read.optional(v.region) ?? 'us-east-1',
    tableName: read.required(v.tableName),
    dynamoDbEndpoint: read.optional(v.dynamoDbEndpoint),
    corsOrigins: readCorsOrigins(read.required(v.corsOrigins)),
    introspection: read.boolean(v.introspection, false),
    trustedDocuments: read.oneOf(v.trustedDocuments, TRUSTED_DOCUMENTS_MODES, 'allow'),
    auth: readAuth(read),
    cursorKey: readCursorKey(read),
    stageCache: read.boolean(v.stageCache, false),
    apiGatewayEndpoint: read.optional(v.apiGatewayEndpoint),
    logLevel: read.logLevel(v.logLevel),
    tracing: read.boolean(v.tracing, false),
    runtimeVersionArn: read.optional(v.runtimeVersionArn),
    costForEveryone: read.boolean(v.costForEveryone, false),
    media: readMedia(read),
    payments: read.optional(PAYMENT_VARIABLES.provider) === undefined ? undefined : readPayments(read),
  };
}

/** The variables that give the function `inputs`; an input left out is left unset, so the reader's default applies. */
export function apiEnvironment(inputs: ApiEnvironmentInputs): EnvVariables {
  const { auth, cursorKey } = inputs;
  const cognito = auth.kind === 'cognito' ? auth : undefined;
  const local = auth.kind === 'local' ? auth : undefined;
  return writeEnv({
    [v.stage]: inputs.stage,
    [v.region]: inputs.region,
    [v.tableName]: inputs.tableName,
    [v.dynamoDbEndpoint]: inputs.dynamoDbEndpoint,
    [v.corsOrigins]: inputs.corsOrigins.join(','),
    [v.introspection]: inputs.introspection?.toString(),
    [v.trustedDocuments]: inputs.trustedDocuments,
    [v.userPoolId]: cognito?.userPoolId,
    [v.userPoolClientId]: cognito?.clientId,
    [v.authIssuer]: local?.issuer,
    [v.authClientId]: local?.clientId,
    [v.authJwks]: local && JSON.stringify(local.jwks),
    [v.cursorSecretArn]: cursorKey?.kind === 'secretsManager' ? cursorKey.secretArn : undefined,
    [v.cursorSecret]: cursorKey?.kind === 'static' ? cursorKey.secret : undefined,
    [v.stageCache]: inputs.stageCache?.toString(),
    [v.apiGatewayEndpoint]: inputs.apiGatewayEndpoint,
    [v.logLevel]: inputs.logLevel,
    [v.tracing]: inputs.tracing?.toString(),
    [v.runtimeVersionArn]: inputs.runtimeVersionArn,
    // only where it is on: the other stages' templates stay as they were
    [v.costForEveryone]: inputs.costForEveryone ? 'true' : undefined,
    [v.mediaBucket]: inputs.media?.bucket,
    [v.mediaBaseUrl]: inputs.media?.baseUrl,
    [v.s3Endpoint]: inputs.media?.s3Endpoint,
    [v.mediaFunctionName]: inputs.media?.functionName,
    ...paymentVariables(inputs.payments),
    [v.serviceName]: inputs.serviceName,
    [v.metricsDisabled]: inputs.metricsDisabled?.toString(),
    [v.execWrapper]: inputs.execWrapper,
  });
}

/** What `npm start` keeps of the environment it starts in: the operator's region, log level and metrics switch. */
export function inheritedApiInputs(env: Env = process.env): Pick<ApiEnvironmentInputs, 'region' | 'logLevel' | 'metricsDisabled'> {
  const read = readEnv(env);
  const isSet = (name: string) => read.optional(name) !== undefined;
  return {
    region: read.optional(v.region),
    logLevel: isSet(v.logLevel) ? read.logLevel(v.logLevel) : undefined,
    metricsDisabled: isSet(v.metricsDisabled) ? read.boolean(v.metricsDisabled) : undefined,
  };
}

type Reader = ReturnType<typeof readEnv>;

function readCorsOrigins(list: string): string[] {
  const origins = list
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin === '*' || !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`${v.corsOrigins} entry "${origin}" is not an origin such as https://shop.example.com.`);
    }
  }
  return origins;
}

function readAuth(read: Reader): AuthConfig {
  if (read.optional(v.userPoolId)) {
    return { kind: 'cognito', userPoolId: read.required(v.userPoolId), clientId: read.required(v.userPoolClientId) };
  }
  const jwksText = read.optional(v.authJwks);
  if (jwksText) {
    const jwks = parseJwks(jwksText);
    return { kind: 'local', issuer: read.required(v.authIssuer), clientId: read.required(v.authClientId), jwks };
  }
  throw new ConfigError(`set ${v.userPoolId} and ${v.userPoolClientId} (Cognito), or ${v.authIssuer}, ${v.authClientId} and ${v.authJwks} (local).`);
}

function parseJwks(text: string): LocalJwks {
  let jwks: unknown;
  try {
    jwks = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${v.authJwks} must be a JSON Web Key Set.`, { cause: error });
  }
  if (!jwks || !Array.isArray((jwks as LocalJwks).keys)) throw new ConfigError(`${v.authJwks} must be a JSON Web Key Set.`);
  return jwks as LocalJwks;
}

function readMedia(read: Reader): MediaConfig | undefined {
  const bucket = read.optional(v.mediaBucket);
  if (!bucket) return undefined;
  const baseUrl = read.required(v.mediaBaseUrl).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(baseUrl))
    throw new ConfigError(`${v.mediaBaseUrl} must be a URL such as https://d111111abcdef8.cloudfront.net.`);
  return { bucket, baseUrl, s3Endpoint: read.optional(v.s3Endpoint), functionName: read.optional(v.mediaFunctionName) };
}

function readCursorKey(read: Reader): CursorKeySource {
  const secretArn = read.optional(v.cursorSecretArn);
  if (secretArn) {
    if (!/^arn:aws[\w-]*:secretsmanager:/.test(secretArn)) throw new ConfigError(`${v.cursorSecretArn} must be a Secrets Manager secret ARN.`);
    return { kind: 'secretsManager', secretArn };
  }
  const secret = read.optional(v.cursorSecret);
  if (!secret) {
    if (read.optional(v.userPoolId)) throw new ConfigError(`environment variable ${v.cursorSecretArn} is required.`);
    return { kind: 'static', secret: LOCAL_CURSOR_SECRET };
  }
  if (secret.length < MIN_CURSOR_SECRET_LENGTH) throw new ConfigError(`${v.cursorSecret} must be at least ${MIN_CURSOR_SECRET_LENGTH} characters.`);
  return { kind: 'static', secret };
}
