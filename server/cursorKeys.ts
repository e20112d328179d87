import { GetParameterError } from '@aws-lambda-powertools/parameters';
import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { ResourceNotFoundException, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createCursorCodec, type CursorCodec } from '../data/cursor';
import type { CursorKeySource } from '../runtime/env/apiEnvironment';
import { ServiceUnavailableError } from '../core/errors';
import { createRefresher } from '../runtime/refresher';

/** How long a container keeps the cursor key it read before reading it again. */
export const CURSOR_KEY_REFRESH_SECONDS = 60;

/** After a failed read, the next attempt waits this long. */
const RETRY_AFTER_FAILURE_MS = 5_000;

/** The cursor keys in force for this container. */
export interface CursorKeys {
  /**
   * Reads the key again once it is older than the refresh interval (a failed read keeps the keys
   * in force); undefined, with nothing to wait for, while the keys in force are fresh.
   */
  refresh(): Promise<void> | undefined;
  /** A codec over the keys in force; SERVICE_UNAVAILABLE while no key could be read yet. */
  codec(): CursorCodec;
}

export interface CursorKeysOptions {
  readonly region: string;
  /** Defaults to a client for `region`. */
  readonly client?: SecretsManagerClient;
  readonly onWarning?: (message: string, error: unknown) => void;
}

/**
 * The cursor key of a deployed stage lives in Secrets Manager, never in the function's
 * configuration. Each container reads the version labelled AWSCURRENT (it signs new cursors) and,
 * whenever that changes, the one labelled AWSPREVIOUS (cursors it signed are still accepted):
 * `put-secret-value` rotates the key with no redeploy, and cursors already handed out keep working
 * until the next rotation. Reads go through Powertools Parameters and are cached for
 * `CURSOR_KEY_REFRESH_SECONDS`.
 */
export function createCursorKeys(source: CursorKeySource, options: CursorKeysOptions): CursorKeys {
  if (source.kind === 'static') {
    const codec = createCursorCodec({ secret: source.secret });
    return { refresh: () => undefined, codec: () => codec };
  }
  const { secretArn } = source;
  const client = options.client ?? new SecretsManagerClient({ region: options.region });
  const current = new SecretsProvider({ awsSdkV3Client: client });
  const previous = new SecretsProvider({ awsSdkV3Client: client });
  let inForce: { readonly secret: string; readonly codec: CursorCodec } | undefined;

  async function read(): Promise<number> {
    const secret = await current.get(secretArn, { maxAge: CURSOR_KEY_REFRESH_SECONDS });
    if (typeof secret !== 'string') throw new Error('The cursor key secret must be a string.');
    if (secret !== inForce?.secret) {
      // The key changed (or this is the first read): the previous one changed with it.
      const before = await previous
        .get(secretArn, { forceFetch: true, sdkOptions: { VersionStage: 'AWSPREVIOUS' } })
        .catch((error: unknown) => (isMissingVersion(error) ? undefined : Promise.reject(error)));
      inForce = { secret, codec: createCursorCodec({ secret, previousSecret: typeof before === 'string' ? before : undefined }) };
    }
    // Powertools' cache would answer until then too
    return CURSOR_KEY_REFRESH_SECONDS * 1000;
  }

  const refresher = createRefresher({
    read,
    retryAfterFailureMs: RETRY_AFTER_FAILURE_MS,
    onFailure: (error) => options.onWarning?.('The cursor key could not be read; the keys in force are kept.', error),
  });
  return {
    refresh: () => refresher.refresh(),
    codec() {
      if (!inForce) throw new ServiceUnavailableError('Page cursors cannot be signed right now; retry the request.');
      return inForce.codec;
    },
  };
}

/** A secret that has never been rotated has no AWSPREVIOUS version. */
function isMissingVersion(error: unknown): boolean {
  return error instanceof GetParameterError && error.cause instanceof ResourceNotFoundException;
}
