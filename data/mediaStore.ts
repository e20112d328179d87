import type { S3Client } from '@aws-sdk/client-s3';

export interface MediaStoreOptions {
  readonly bucket: string;
  readonly region: string;
  /** An S3-compatible server (`npm start`'s); unset in AWS. */
  readonly endpoint?: string;
}

/** A presigned POST: the form fields to send with the file (the file last), to `url`. */
export interface PresignedUpload {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** What the API does with the media bucket: it never reads images, it lets admins upload them and deletes them. */
export interface MediaStore {
  /**
   * A presigned POST for exactly `key`, with S3 itself refusing another content type or a file
   * outside 1..`maxBytes` bytes (the policy's `eq $Content-Type` and `content-length-range`).
   */
  presignUpload(args: { key: string; contentType: string; maxBytes: number; expiresInSeconds: number }): Promise<PresignedUpload>;
  /** Deletes these objects (missing ones are no error): one DeleteObject each, at once (an image has a handful of renditions). */
  deleteObjects(keys: readonly string[]): Promise<void>;
}

/**
 * The media bucket as the API uses it. The S3 SDK and the POST presigner load on first use (a
 * media mutation), not with the function: no other request pays for them.
 *
 * @example
 * const store = createMediaStore({ bucket: 'storefront-media-dev', region: 'eu-west-1' });
 * const { url, fields } = await store.presignUpload({ key: 'uploads/p1/u1', contentType: 'image/png', maxBytes: 10_485_760, expiresInSeconds: 900 });
 */
export function createMediaStore(options: MediaStoreOptions, given?: S3Client): MediaStore {
  const { bucket } = options;
  let loading:
    Promise<{ client: S3Client; sdk: typeof import('@aws-sdk/client-s3'); presign: typeof import('@aws-sdk/s3-presigned-post') }> | undefined;
  const load = () =>
    (loading ??= (async () => {
      // `require`, not `import()`: bundled, the CommonJS builds stay unevaluated until this first call
      /* eslint-disable @typescript-eslint/no-require-imports */
      const sdk = require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');
      const presign = require('@aws-sdk/s3-presigned-post') as typeof import('@aws-sdk/s3-presigned-post');
      const { createS3Client } = require('./s3Client') as typeof import('./s3Client');
      /* eslint-enable @typescript-eslint/no-require-imports */
      return { sdk, presign, client: given ?? createS3Client(options) };
    })());
  return {
    async presignUpload({ key, contentType, maxBytes, expiresInSeconds }) {
      const { client, presign } = await load();
      const { url, fields } = await presign.createPresignedPost(client, {
        Bucket: bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: expiresInSeconds,
      });
      return { url, fields };
    },
    async deleteObjects(keys) {
      const { client, sdk } = await load();
      await Promise.all(keys.map((Key) => client.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key }))));
    },
  };
}
