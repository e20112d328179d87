import { randomUUID } from 'node:crypto';
import type { Db } from '../../data/db';
import type { MediaUploadItem } from '../../data/entities/mediaUpload';
import { uploadKey } from '../../data/mediaKeys';
import type { PresignedUpload } from '../../data/mediaStore';
import { insertMediaUpload } from '../../data/mediaUploads';
import { getProduct } from '../../data/products';
import { checkId } from '../../data/validation';
import { isImageContentType, mediaLimits } from './mediaLimits';
import type { MediaServices } from './mediaServices';
import { refused, type Refused } from './productMediaProblem';

export interface CreateMediaUploadInput {
  readonly productId: string;
  /** The file's content type, which the signature fixes. */
  readonly contentType: string;
  /** The file's size in bytes, when the client knows it: too large is refused before any upload. */
  readonly byteSize?: number | null;
}

export type CreateMediaUploadResult = { readonly kind: 'created'; readonly upload: MediaUploadItem; readonly post: PresignedUpload } | Refused;

/**
 * Lets an admin upload one image for a product: checks the product exists (GetItem), records the
 * upload (PutItem, removed by TTL a day after its POST expires) and presigns a POST into the media
 * bucket's `uploads/` for exactly that key, content type and size range.
 *
 * @example
 * const result = await createMediaUpload(db, media, { productId, contentType: 'image/png', byteSize: 20_000 });
 */
export async function createMediaUpload(
  db: Db,
  media: MediaServices,
  input: CreateMediaUploadInput,
  now = new Date(),
): Promise<CreateMediaUploadResult> {
  const productId = checkId('productId', input.productId);
  if (!isImageContentType(input.contentType)) return refused({ code: 'INVALID_CONTENT_TYPE', field: 'contentType' });
  if (input.byteSize != null && (input.byteSize < 1 || input.byteSize > mediaLimits.maxBytes)) {
    return refused({ code: 'FILE_TOO_LARGE', field: 'byteSize' });
  }
  const product = await getProduct(db, { productId });
  if (!product) return refused({ code: 'PRODUCT_NOT_FOUND', field: 'productId' });
  if ((product.media?.length ?? 0) >= mediaLimits.maxPerProduct) return refused({ code: 'TOO_MANY_MEDIA', field: 'productId' });
  const uploadId = randomUUID();
  const expires = new Date(now.getTime() + mediaLimits.uploadSeconds * 1000);
  const upload: MediaUploadItem = {
    uploadId,
    productId,
    key: uploadKey(productId, uploadId),
    contentType: input.contentType,
    maxBytes: mediaLimits.maxBytes,
    uploadExpiresAt: expires.toISOString(),
    createdAt: now.toISOString(),
    expiresAt: Math.ceil(expires.getTime() / 1000) + mediaLimits.uploadRecordSeconds,
  };
  const post = await media.store.presignUpload({
    key: upload.key,
    contentType: upload.contentType,
    maxBytes: upload.maxBytes,
    expiresInSeconds: mediaLimits.uploadSeconds,
  });
  await insertMediaUpload(db, upload);
  return { kind: 'created', upload, post };
}
