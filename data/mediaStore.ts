import { DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';

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

/** An S3 client for the media bucket: path-style with fixed credentials against a local server. */
export function createS3Client({ region, endpoint }: Omit<MediaStoreOptions, 'bucket'>): S3Client {
  return new S3Client({
    region,
    ...(endpoint ? { endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}),
  });
}

/**
 * The media bucket as the API uses it.
 *
 * @example
 * const store = createMediaStore({ bucket: 'storefront-media-dev', region: 'eu-west-1' });
 * const { url, fields } = await store.presignUpload({ key: 'uploads/p1/u1', contentType: 'image/png', maxBytes: 10_485_760, expiresInSeconds: 900 });
 */
export function createMediaStore(options: MediaStoreOptions, client: S3Client = createS3Client(options)): MediaStore {
  const { bucket } = options;
  return {
    async presignUpload({ key, contentType, maxBytes, expiresInSeconds }) {
      const { url, fields } = await createPresignedPost(client, {
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
      await Promise.all(keys.map((Key) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key }))));
    },
  };
}
