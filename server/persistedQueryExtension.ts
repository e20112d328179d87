import { PersistedQueryInvalidError, PersistedQueryNotSupportedError } from '../core/errors';

/** A persisted-query hash as clients send it: the SHA-256 of the document, in hexadecimal. */
const SHA256_HEX = /^[0-9a-f]{64}$/i;

export const PERSISTED_QUERY_INVALID_MESSAGE =
  'extensions.persistedQuery must be an object with "version": 1 and a "sha256Hash" of 64 hexadecimal characters.';

/**
 * Checks `extensions.persistedQuery` of a request (its `extensions` as the client sent them, by
 * GET or POST) before Apollo reads it: Apollo uses the hash as a cache key as it is given, and a
 * value that is not a string (an object, an array) fails inside it as a server error. Absent (or
 * null) is fine; anything else must be `{ version: 1, sha256Hash: <64 hex characters> }`.
 *
 * @throws PersistedQueryInvalidError (400 PERSISTED_QUERY_INVALID) for a malformed extension,
 * PersistedQueryNotSupportedError (400 PERSISTED_QUERY_NOT_SUPPORTED) for a version other than 1.
 * @example
 * checkPersistedQueryExtension({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }); // passes
 */
export function checkPersistedQueryExtension(extensions: unknown): void {
  if (typeof extensions !== 'object' || extensions === null || Array.isArray(extensions)) return; // Apollo refuses these itself (400)
  const persistedQuery = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (persistedQuery === undefined || persistedQuery === null) return;
  if (typeof persistedQuery !== 'object' || Array.isArray(persistedQuery)) throw new PersistedQueryInvalidError(PERSISTED_QUERY_INVALID_MESSAGE);
  const { version, sha256Hash } = persistedQuery as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) throw new PersistedQueryNotSupportedError('Unsupported persisted query version: only version 1 is supported.');
  if (typeof sha256Hash !== 'string' || !SHA256_HEX.test(sha256Hash)) throw new PersistedQueryInvalidError(PERSISTED_QUERY_INVALID_MESSAGE);
}

/** The `extensions` query parameter of a GET, parsed; undefined when absent or not JSON (Apollo answers that with a 400 itself). */
export function extensionsOfQueryString(value: string | null | undefined): unknown {
  if (value === undefined || value === null) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
