import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface LocalS3 {
  /** The endpoint the AWS SDK is pointed at (path-style). */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** The local media bucket's name. */
export const LOCAL_MEDIA_BUCKET = 'storefront-media-local';

/** The bucket's CORS rules: the storefront's origins may POST uploads (the admin pages) and read files. */
function corsConfiguration(origins: readonly string[]): string {
  const allowed = origins.map((origin) => `<AllowedOrigin>${origin}</AllowedOrigin>`).join('');
  return `<CORSConfiguration><CORSRule>${allowed}<AllowedMethod>GET</AllowedMethod><AllowedMethod>POST</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
}

/**
 * An S3-compatible server (s3rver: pure JavaScript, files on disk) with the media bucket, which the
 * AWS SDK talks to unchanged (path-style, any credentials). It answers presigned POSTs and PUTs
 * (refusing expired presigned URLs), serves objects to browsers, and keeps its files under
 * `directory` (a temporary folder, removed on stop, when not given).
 */
export async function startLocalS3({
  port = 0,
  directory,
  bucket = LOCAL_MEDIA_BUCKET,
  corsOrigins = [],
}: {
  port?: number;
  directory?: string;
  bucket?: string;
  corsOrigins?: readonly string[];
}): Promise<LocalS3> {
  const temporary = directory === undefined;
  const root = directory ?? mkdtempSync(join(tmpdir(), 'storefront-s3-'));
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: root,
    configureBuckets: [{ name: bucket, configs: corsOrigins.length ? [Buffer.from(corsConfiguration(corsOrigins))] : [] }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    async stop() {
      await server.close();
      if (temporary) rmSync(root, { recursive: true, force: true });
    },
  };
}
