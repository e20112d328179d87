import { GetSecretValueCommand, ResourceNotFoundException, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { CURSOR_KEY_REFRESH_SECONDS, createCursorKeys } from '../../../server/cursorKeys';
import { ServiceUnavailableError } from '../../../core/errors';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:CursorSecret-AbCdEf';
const KEY_1 = 'first-cursor-key-0123456789abcdefghijklmnop';
const KEY_2 = 'second-cursor-key-0123456789abcdefghijklmno';
const KEY_3 = 'third-cursor-key-0123456789abcdefghijklmnopq';
const SCOPE = 'products:c1:NEWEST';

/**
 * Secrets Manager has no local stand-in, so its client is mocked: a secret whose AWSCURRENT and
 * AWSPREVIOUS versions the test moves as `put-secret-value` would.
 */
function secretStore(current: string, previous?: string) {
  const sdk = mockClient(SecretsManagerClient);
  const versions = { AWSCURRENT: current, AWSPREVIOUS: previous };
  sdk.on(GetSecretValueCommand).callsFake((input: { SecretId: string; VersionStage?: 'AWSCURRENT' | 'AWSPREVIOUS' }) => {
    const value = versions[input.VersionStage ?? 'AWSCURRENT'];
    if (input.SecretId !== ARN || value === undefined) {
      throw new ResourceNotFoundException({ message: "Secrets Manager can't find the specified secret value.", $metadata: {} });
    }
    return { ARN, SecretString: value };
  });
  return {
    sdk,
    rotate(next: string) {
      versions.AWSPREVIOUS = versions.AWSCURRENT;
      versions.AWSCURRENT = next;
    },
    reads: () => sdk.commandCalls(GetSecretValueCommand).map((call) => call.args[0].input.VersionStage ?? 'AWSCURRENT'),
  };
}

describe('cursor keys from Secrets Manager', () => {
  afterEach(() => jest.useRealTimers());

  it('signs with the current key and keeps reading it only once per refresh interval', async () => {
    // Prepare
    jest.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') });
    const store = secretStore(KEY_1);
    const keys = createCursorKeys(
      { kind: 'secretsManager', secretArn: ARN },
      { region: 'eu-west-1', client: new SecretsManagerClient({ region: 'eu-west-1' }) },
    );

    // Act
    await keys.refresh();
    const cursor = keys.codec().forCaller(undefined).encode(SCOPE, { productId: 'p1' });
    await keys.refresh();
    jest.setSystemTime(Date.now() + (CURSOR_KEY_REFRESH_SECONDS - 1) * 1000);
    await keys.refresh();

    // Assess: one read of each label (a never-rotated secret has no AWSPREVIOUS), then the cache
    expect(store.reads()).toEqual(['AWSCURRENT', 'AWSPREVIOUS']);
    expect(keys.codec().forCaller(undefined).decode(SCOPE, cursor)).toEqual({ productId: 'p1' });
    store.sdk.restore();
  });

  it('takes a rotation without a redeploy and keeps accepting cursors signed with the previous key', async () => {
    // Prepare
    jest.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') });
    const store = secretStore(KEY_1);
    const keys = createCursorKeys(
      { kind: 'secretsManager', secretArn: ARN },
      { region: 'eu-west-1', client: new SecretsManagerClient({ region: 'eu-west-1' }) },
    );
    await keys.refresh();
    const beforeRotation = keys.codec().forCaller(undefined).encode(SCOPE, { productId: 'p1' });

    // Act: rotate, and let the cached key expire
    store.rotate(KEY_2);
    jest.setSystemTime(Date.now() + CURSOR_KEY_REFRESH_SECONDS * 1000 + 1);
    await keys.refresh();
    const afterRotation = keys.codec().forCaller(undefined).encode(SCOPE, { productId: 'p2' });
    const stillValid = keys.codec().forCaller(undefined).decode(SCOPE, beforeRotation);
    store.rotate(KEY_3);
    jest.setSystemTime(Date.now() + CURSOR_KEY_REFRESH_SECONDS * 1000 + 1);
    await keys.refresh();

    // Assess: after one rotation both keys work; after the next one, only the last two do
    expect(stillValid).toEqual({ productId: 'p1' });
    const cursors = keys.codec().forCaller(undefined);
    expect(cursors.decode(SCOPE, afterRotation)).toEqual({ productId: 'p2' });
    expect(() => cursors.decode(SCOPE, beforeRotation)).toThrow(/Invalid cursor/);
    expect(store.reads()).toEqual(['AWSCURRENT', 'AWSPREVIOUS', 'AWSCURRENT', 'AWSPREVIOUS', 'AWSCURRENT', 'AWSPREVIOUS']);
    store.sdk.restore();
  });

  it('accepts cursors of the previous key right after a rotation', async () => {
    const store = secretStore(KEY_2, KEY_1);
    const old = createCursorKeys({ kind: 'static', secret: KEY_1 }, { region: 'eu-west-1' });
    const keys = createCursorKeys(
      { kind: 'secretsManager', secretArn: ARN },
      { region: 'eu-west-1', client: new SecretsManagerClient({ region: 'eu-west-1' }) },
    );
    const handedOut = old.codec().forCaller('customer-1').encode(SCOPE, { productId: 'p9' });

    await keys.refresh();

    expect(keys.codec().forCaller('customer-1').decode(SCOPE, handedOut)).toEqual({ productId: 'p9' });
    store.sdk.restore();
  });

  it('keeps the keys in force when a read fails, and is unavailable (not broken) before any read succeeded', async () => {
    // Prepare
    jest.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') });
    const sdk = mockClient(SecretsManagerClient);
    sdk.on(GetSecretValueCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const warnings: string[] = [];
    const keys = createCursorKeys(
      { kind: 'secretsManager', secretArn: ARN },
      { region: 'eu-west-1', client: new SecretsManagerClient({ region: 'eu-west-1' }), onWarning: (message) => warnings.push(message) },
    );

    // Act + Assess: nothing read yet
    await keys.refresh();
    expect(() => keys.codec()).toThrow(ServiceUnavailableError);
    // the store recovers (a failed read is retried after a few seconds), then fails again after the interval: the key read stays in force
    jest.setSystemTime(Date.now() + 5_001);
    sdk.reset();
    sdk
      .on(GetSecretValueCommand, { SecretId: ARN, VersionStage: 'AWSPREVIOUS' })
      .rejects(new ResourceNotFoundException({ message: 'none', $metadata: {} }));
    sdk.on(GetSecretValueCommand, { SecretId: ARN }).resolves({ SecretString: KEY_1 });
    await keys.refresh();
    const cursor = keys.codec().forCaller(undefined).encode(SCOPE, { productId: 'p1' });
    sdk.reset();
    sdk.on(GetSecretValueCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    jest.setSystemTime(Date.now() + CURSOR_KEY_REFRESH_SECONDS * 1000 + 1);
    await keys.refresh();
    expect(keys.codec().forCaller(undefined).decode(SCOPE, cursor)).toEqual({ productId: 'p1' });
    expect(warnings).toHaveLength(2);
    sdk.restore();
  });
});
