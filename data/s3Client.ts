import { S3Client } from '@aws-sdk/client-s3';

/** Fixed credentials for an S3-compatible server on this machine (`npm start`'s s3rver accepts any). */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/**
 * An S3 client for the media bucket: path-style with fixed credentials against a local server.
 * The media function and `npm start` use it; the API loads the S3 SDK only when a media mutation
 * needs it (data/mediaStore.ts).
 *
 * @example
 * const client = createS3Client({ region: 'eu-west-1' });
 */
export function createS3Client({ region, endpoint }: { region: string; endpoint?: string }): S3Client {
  return new S3Client({ region, ...(endpoint ? { endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS } : {}) });
}
