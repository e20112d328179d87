import { randomUUID } from 'node:crypto';
import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { renditionKey } from '../../data/mediaKeys';
import { deleteMediaUpload, getMediaUpload } from '../../data/mediaUploads';
import { checkId } from '../../data/validation';
import { checkAlt } from './checkAlt';
import { mediaLimits } from './mediaLimits';
import type { MediaServices } from './mediaServices';
import { refused, type Refused } from './productMediaProblem';
import { readProductForMedia, writeProductMedia, type MediaEntry } from './productMediaWrites';

export interface AttachMediaInput {
  readonly productId: string;
  readonly uploadId: string;
  readonly alt?: string | null;
  readonly expectedVersion?: number | null;
}

export type AttachMediaResult = { readonly kind: 'attached'; readonly product: ProductItem; readonly media: MediaEntry } | Refused;

/**
 * Attaches an uploaded file to its product as the last image. In order: the upload's record
 * (GetItem; unknown, another product's or expired is refused), the product (GetItem, at
 * `expectedVersion` when given, below the image limit), the media function's check of the file by
 * its bytes and its renditions, then the product's new media list under its version
 * (`writeProductMedia`). Any refusal leaves the product as it was: a refused file is deleted by
 * the media function, and renditions whose product write fails are deleted again.
 *
 * @example
 * const result = await attachMedia(db, media, { productId, uploadId, alt: 'The mug from the side' });
 */
export async function attachMedia(db: Db, media: MediaServices, input: AttachMediaInput, now = new Date()): Promise<AttachMediaResult> {
  const productId = checkId('productId', input.productId);
  const uploadId = checkId('uploadId', input.uploadId);
  const alt = checkAlt(input.alt);
  if (alt === undefined) return refused({ code: 'ALT_TOO_LONG', field: 'alt' });
  const upload = await getMediaUpload(db, { uploadId });
  if (!upload || upload.productId !== productId) return refused({ code: 'UPLOAD_NOT_FOUND', field: 'uploadId' });
  if (now.getTime() > Date.parse(upload.uploadExpiresAt)) {
    await media.store.deleteObjects([upload.key]);
    await deleteMediaUpload(db, { uploadId });
    return refused({ code: 'UPLOAD_EXPIRED', field: 'uploadId' });
  }
  const read = await readProductForMedia(db, { productId, expectedVersion: input.expectedVersion });
  if (read.kind === 'refused') return read;
  const current = read.product.media ?? [];
  if (current.length >= mediaLimits.maxPerProduct) return refused({ code: 'TOO_MANY_MEDIA', field: 'productId' });

  const mediaId = randomUUID();
  const processed = await media.processor.process({
    uploadKey: upload.key,
    productId,
    mediaId,
    contentType: upload.contentType,
    maxBytes: upload.maxBytes,
  });
  if (processed.kind === 'refused') {
    // the file is gone (deleted by the check), so the upload is spent; one never received may still come
    if (processed.code !== 'UPLOAD_NOT_RECEIVED') await deleteMediaUpload(db, { uploadId });
    const { code, detail } = processed;
    return refused(code === 'FILE_TOO_LARGE' ? { code, field: 'uploadId' } : { code, field: 'uploadId', ...(detail ? { detail } : {}) });
  }
  const entry: MediaEntry = {
    mediaId,
    ...(alt ? { alt } : {}),
    width: processed.width,
    height: processed.height,
    renditionWidths: [...processed.renditionWidths],
  };
  const written = await writeProductMedia(db, { product: read.product, media: [...current, entry], now });
  if (written.kind === 'refused') {
    await media.store.deleteObjects(entry.renditionWidths.map((width) => renditionKey(productId, mediaId, width)));
    return written;
  }
  await deleteMediaUpload(db, { uploadId });
  return { kind: 'attached', product: written.product, media: entry };
}
