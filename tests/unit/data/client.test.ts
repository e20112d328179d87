import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../../../data/client';
import { decodeBase64 } from '../../../data/decodeBase64';

/** The low-level client under the document client, whose config holds the resolved logger and credentials. */
function baseConfig(options: Parameters<typeof createDynamoClient>[0]) {
  return createDynamoClient(options).config as DynamoDBClient['config'];
}

describe('createDynamoClient', () => {
  const ENV_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;
  const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

  afterEach(() => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('decodes binary attributes with Node’s base64 decoder, byte for byte', () => {
    // Prepare
    const bytes = Uint8Array.from({ length: 300 }, (_, at) => (at * 37) % 256);

    // Act
    const { base64Decoder } = baseConfig({ region: 'eu-west-1' });
    const decoded = base64Decoder(Buffer.from(bytes).toString('base64'));

    // Assess
    expect(base64Decoder).toBe(decodeBase64);
    expect(decoded).toEqual(bytes);
  });

  it("passes the SDK's warnings on, and gives it nothing to log every call with", () => {
    // Prepare
    const warnings: string[] = [];

    // Act
    const { logger } = baseConfig({ region: 'eu-west-1', onWarning: (message) => warnings.push(message) });
    logger.warn('socket usage at capacity=50', 3);

    // Assess
    expect(warnings).toEqual(['socket usage at capacity=50 3']);
    expect('info' in logger).toBe(false);
    expect('error' in logger).toBe(false);
  });

  it('resolves credentials from the environment, as in Lambda, through that logger (the providers call debug)', async () => {
    // Prepare
    process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret-example';
    process.env.AWS_SESSION_TOKEN = 'session-example';
    const config = baseConfig({ region: 'eu-west-1', onWarning: () => undefined });

    // Act
    const credentials = await config.credentials();

    // Assess
    expect(credentials).toMatchObject({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example', sessionToken: 'session-example' });
  });
});
