import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import sharp, { type Metadata } from 'sharp';
import { renditionKey } from '../data/mediaKeys';
import { mediaLimits, renditionHeight, renditionWidthsFor } from '../domain/media/mediaLimits';
import type { MediaProcessor, ProcessUploadRequest, ProcessUploadResult, UploadRefusal } from '../domain/media/mediaProcessor';

/** Renditions never change under their key (a media id is never reused): cached for a year by browsers and CloudFront. */
export const RENDITION_CACHE_CONTROL = 'public, max-age=31536000, immutable';
const WEBP_QUALITY = 80;

/**
 * The content type a file's own bytes say it is, as sharp reads its header; null for anything
 * sharp cannot read as an image.
 */
export function detectedContentType(metadata: Metadata): string | null {
  switch (metadata.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'gif':
    case 'tiff':
      return `image/${metadata.format}`;
    case 'svg':
      return 'image/svg+xml';
    case 'heif':
      return metadata.compression === 'av1' ? 'image/avif' : 'image/heic';
    default:
      return metadata.format ? `image/${metadata.format}` : null;
  }
}

/**
 * The media function's work on one upload, with sharp: the file's size (HeadObject), its bytes
 * (GetObject) read as an image whose real type is the one signed for, within the size limits;
 * then WebP renditions at `renditionWidthsFor` its width, upright (EXIF orientation applied, the
 * metadata dropped), each written once (PutObject). The upload is deleted whatever the verdict,
 * unless it never arrived.
 *
 * @example
 * const processor = createUploadProcessor({ client: createS3Client({ region }), bucket });
 * await processor.process({ uploadKey, productId, mediaId, contentType: 'image/png', maxBytes });
 */
export function createUploadProcessor({ client, bucket }: { client: S3Client; bucket: string }): MediaProcessor {
  const remove = (key: string) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  const refuse = async (request: ProcessUploadRequest, code: UploadRefusal, detail?: string): Promise<ProcessUploadResult> => {
    await remove(request.uploadKey);
    return { kind: 'refused', code, ...(detail ? { detail } : {}) };
  };
  return {
    async process(request): Promise<ProcessUploadResult> {
      const size = await uploadSize(client, bucket, request.uploadKey);
      if (size === null) return { kind: 'refused', code: 'UPLOAD_NOT_RECEIVED' };
      if (size > Math.min(request.maxBytes, mediaLimits.maxBytes)) return refuse(request, 'FILE_TOO_LARGE');
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: request.uploadKey }));
      const bytes = Buffer.from(await object.Body!.transformToByteArray());
      let metadata: Metadata;
      try {
        metadata = await sharp(bytes).metadata();
      } catch {
        return refuse(request, 'NOT_AN_IMAGE');
      }
      const detected = detectedContentType(metadata);
      if (!detected) return refuse(request, 'NOT_AN_IMAGE');
      if (!(mediaLimits.contentTypes as readonly string[]).includes(detected)) return refuse(request, 'UNSUPPORTED_TYPE', detected);
      if (detected !== request.contentType) return refuse(request, 'TYPE_MISMATCH', detected);
      const upright = (metadata.orientation ?? 1) >= 5;
      const width = (upright ? metadata.height : metadata.width) ?? 0;
      const height = (upright ? metadata.width : metadata.height) ?? 0;
      if (!width || !height || Math.max(width, height) > mediaLimits.maxSide || width * height > mediaLimits.maxPixels) {
        return refuse(request, 'IMAGE_TOO_LARGE');
      }
      const renditionWidths = renditionWidthsFor(width);
      const written: string[] = [];
      try {
        for (const target of renditionWidths) {
          const key = renditionKey(request.productId, request.mediaId, target);
          await client.send(renditionPut(bucket, key, await renderRendition(bytes, { width, height }, target)));
          written.push(key);
        }
      } catch (error) {
        await Promise.all(written.map(remove));
        // a file whose header reads but whose pixels do not decode (truncated, corrupt)
        if (!isDecodeError(error)) throw error;
        return refuse(request, 'NOT_AN_IMAGE');
      }
      await remove(request.uploadKey);
      return { kind: 'processed', width, height, renditionWidths };
    },
  };
}

/**
 * One rendition of an image: upright (EXIF orientation applied), `width` pixels wide at the
 * original's aspect ratio (`renditionHeight`), WebP, without metadata.
 */
export function renderRendition(bytes: Buffer, original: { width: number; height: number }, width: number): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: mediaLimits.maxPixels })
    .rotate()
    .resize({ width, height: renditionHeight(original, width), fit: 'fill' })
    .webp({ quality: WEBP_QUALITY })
    .toBuffer();
}

/** The PutObject of a rendition: WebP, cached for good. */
export function renditionPut(bucket: string, key: string, body: Buffer): PutObjectCommand {
  return new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'image/webp', CacheControl: RENDITION_CACHE_CONTROL });
}

/** The upload's size in bytes, or null when nothing was uploaded under its key. */
async function uploadSize(client: S3Client, bucket: string, key: string): Promise<number | null> {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ContentLength ?? 0;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if ((error as Error).name === 'NotFound' || status === 404) return null;
    throw error;
  }
}

/** sharp's (libvips') errors are plain Errors; those of the SDK have a `$metadata`. */
function isDecodeError(error: unknown): boolean {
  return error instanceof Error && !('$metadata' in error);
}
