import { LOCAL_CURSOR_SECRET, apiEnvironment, inheritedApiInputs, loadConfig, type Config } from '../../../../runtime/env/apiEnvironment';
import { ConfigError } from '../../../../runtime/env/readEnv';

const base = {
  TABLE_NAME: 'storefront-dev',
  CORS_ORIGINS: 'https://shop.example.com, http://localhost:3000',
  USER_POOL_ID: 'eu-west-1_abc123',
  USER_POOL_CLIENT_ID: 'client123',
  CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:CursorSecret-AbCdEf',
};

describe('loadConfig', () => {
  it('reads a deployed configuration', () => {
    const config = loadConfig({ ...base, STAGE: 'qa', AWS_REGION: 'eu-west-1', INTROSPECTION: 'false', STAGE_CACHE_ENABLED: 'true' });

    expect(config).toEqual({
      stage: 'qa',
      region: 'eu-west-1',
      tableName: 'storefront-dev',
      dynamoDbEndpoint: undefined,
      corsOrigins: ['https://shop.example.com', 'http://localhost:3000'],
      introspection: false,
      trustedDocuments: 'allow',
      auth: { kind: 'cognito', userPoolId: 'eu-west-1_abc123', clientId: 'client123' },
      cursorKey: { kind: 'secretsManager', secretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:CursorSecret-AbCdEf' },
      stageCache: true,
      apiGatewayEndpoint: undefined,
      logLevel: 'INFO',
      tracing: false,
      runtimeVersionArn: undefined,
      costForEveryone: false,
    });
  });

  it('reads a local configuration with a JWKS', () => {
    const config = loadConfig({
      TABLE_NAME: 't',
      CORS_ORIGINS: 'http://localhost:4000',
      AUTH_ISSUER: 'http://localhost/issuer',
      AUTH_CLIENT_ID: 'local-client',
      AUTH_JWKS: JSON.stringify({ keys: [{ kty: 'RSA' }] }),
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      INTROSPECTION: 'true',
    });

    expect(config).toMatchObject({
      stage: 'local',
      introspection: true,
      dynamoDbEndpoint: 'http://127.0.0.1:8000',
      auth: { kind: 'local', clientId: 'local-client' },
    });
    // locally, without CURSOR_SECRET, cursors are signed with the fixed development secret
    expect(config.cursorKey).toEqual({ kind: 'static', secret: LOCAL_CURSOR_SECRET });
    expect(config.stageCache).toBe(false);
  });

  it.each([
    [{ ...base, TABLE_NAME: '' }, /TABLE_NAME is required/],
    [{ ...base, CORS_ORIGINS: '*' }, /CORS_ORIGINS entry "\*"/],
    [{ ...base, CORS_ORIGINS: 'shop.example.com' }, /not an origin/],
    [{ ...base, INTROSPECTION: 'yes' }, /INTROSPECTION/],
    [{ ...base, USER_POOL_CLIENT_ID: undefined }, /USER_POOL_CLIENT_ID is required/],
    [{ ...base, CURSOR_SECRET_ARN: undefined }, /CURSOR_SECRET_ARN is required/],
    [{ ...base, CURSOR_SECRET_ARN: 'a-secret-value-pasted-by-mistake-0123456789' }, /CURSOR_SECRET_ARN must be a Secrets Manager secret ARN/],
    [{ ...base, STAGE_CACHE_ENABLED: 'yes' }, /STAGE_CACHE_ENABLED/],
    [{ ...base, POWERTOOLS_LOG_LEVEL: 'LOUD' }, /POWERTOOLS_LOG_LEVEL/],
    [{ ...base, CURSOR_SECRET_ARN: undefined, CURSOR_SECRET: 'too-short' }, /CURSOR_SECRET must be at least 32 characters/],
    [{ TABLE_NAME: 't', CORS_ORIGINS: 'http://localhost:4000' }, /USER_POOL_ID/],
    [{ TABLE_NAME: 't', CORS_ORIGINS: 'http://localhost:4000', AUTH_ISSUER: 'x', AUTH_JWKS: '{' }, /JSON Web Key Set/],
    [{ TABLE_NAME: 't', CORS_ORIGINS: 'http://localhost:4000', AUTH_ISSUER: 'x', AUTH_JWKS: '{"keys":[]}' }, /AUTH_CLIENT_ID is required/],
  ])('fails fast with a clear message on %#', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

/** A configuration with every field set, deployed (Cognito, a secret by ARN) or local (a JWKS, a fixed secret). */
const DEPLOYED: Config = {
  stage: 'prod',
  region: 'eu-west-1',
  tableName: 'storefront-prod',
  corsOrigins: ['https://shop.example.com', 'https://d111111abcdef8.cloudfront.net'],
  introspection: false,
  trustedDocuments: 'require',
  auth: { kind: 'cognito', userPoolId: 'eu-west-1_abc123', clientId: 'client123' },
  cursorKey: { kind: 'secretsManager', secretArn: base.CURSOR_SECRET_ARN },
  stageCache: true,
  logLevel: 'WARN',
  tracing: true,
  runtimeVersionArn: `arn:aws:lambda:eu-west-1::runtime:${'0123456789abcdef'.repeat(4)}`,
  costForEveryone: false,
};
const LOCAL: Config = {
  stage: 'local',
  region: 'us-east-1',
  tableName: 'storefront-local',
  dynamoDbEndpoint: 'http://127.0.0.1:8000',
  corsOrigins: ['http://localhost:3000'],
  introspection: true,
  trustedDocuments: 'off',
  auth: { kind: 'local', issuer: 'http://localhost/issuer', clientId: 'local-client', jwks: { keys: [{ kty: 'RSA', n: 'abc', e: 'AQAB' }] } },
  cursorKey: { kind: 'static', secret: 'a-local-cursor-secret-of-forty-characters' },
  stageCache: false,
  apiGatewayEndpoint: 'http://127.0.0.1:4000',
  logLevel: 'DEBUG',
  tracing: false,
  costForEveryone: true,
};

describe('apiEnvironment', () => {
  it.each([
    ['deployed', DEPLOYED],
    ['local', LOCAL],
  ])('writes the variables loadConfig reads back as the same configuration (%s)', (_case, config) => {
    // Act
    const env = apiEnvironment(config);

    // Assess
    expect(loadConfig(env)).toEqual(config);
  });

  it("leaves out what it is not given, so the reader's defaults apply", () => {
    // Act
    const env = apiEnvironment({ tableName: 't', corsOrigins: ['http://localhost:4000'], auth: LOCAL.auth });

    // Assess
    expect(Object.keys(env).sort()).toEqual(['AUTH_CLIENT_ID', 'AUTH_ISSUER', 'AUTH_JWKS', 'CORS_ORIGINS', 'TABLE_NAME']);
    expect(loadConfig(env)).toMatchObject({ stage: 'local', region: 'us-east-1', introspection: false, trustedDocuments: 'allow', logLevel: 'INFO' });
  });

  it('writes what Lambda and Powertools read themselves', () => {
    // Act
    const env = apiEnvironment({ ...DEPLOYED, serviceName: 'storefront-api', metricsDisabled: true, execWrapper: '/var/task/exec-wrapper.sh' });

    // Assess
    expect(env).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'storefront-api',
      POWERTOOLS_METRICS_DISABLED: 'true',
      AWS_LAMBDA_EXEC_WRAPPER: '/var/task/exec-wrapper.sh',
    });
  });
});

describe('inheritedApiInputs', () => {
  it('keeps the region, log level and metrics switch an operator set', () => {
    expect(inheritedApiInputs({ AWS_REGION: 'eu-west-1', POWERTOOLS_LOG_LEVEL: 'debug', POWERTOOLS_METRICS_DISABLED: 'false' })).toEqual({
      region: 'eu-west-1',
      logLevel: 'DEBUG',
      metricsDisabled: false,
    });
  });

  it('gives nothing for what is unset, and refuses what the function would refuse', () => {
    expect(inheritedApiInputs({})).toEqual({ region: undefined, logLevel: undefined, metricsDisabled: undefined });
    expect(() => inheritedApiInputs({ POWERTOOLS_LOG_LEVEL: 'LOUD' })).toThrow(ConfigError);
  });
});
