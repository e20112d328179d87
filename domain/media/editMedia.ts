import type { Db } from '../../data/db';
import type { ProductItem } from '../../data/entities/product';
import { renditionKey } from '../../data/mediaKeys';
import { checkId } from '../../data/validation';
import { checkAlt } from './checkAlt';
import type { MediaServices } from './mediaServices';
import { refused, type Refused } from './productMediaProblem';
import { readProductForMedia, writeProductMedia, type MediaEntry } from './productMediaWrites';

export type MediaEditResult = { readonly kind: 'edited'; readonly product: ProductItem } | Refused;

interface Target {
  readonly productId: string;
  readonly expectedVersion?: number | null;
}

/**
 * Changes one image's alt text (null or empty: none): the product read, then written at that version.
 *
 * @example
 * await updateMediaAlt(db, { productId, mediaId, alt: 'The mug, full of tea' });
 */
export async function updateMediaAlt(
  db: Db,
  input: Target & { readonly mediaId: string; readonly alt?: string | null },
  now = new Date(),
): Promise<MediaEditResult> {
  const mediaId = checkId('mediaId', input.mediaId);
  const alt = checkAlt(input.alt);
  if (alt === undefined) return refused({ code: 'ALT_TOO_LONG', field: 'alt' });
  return edit(db, input, now, (media) => {
    if (!media.some((entry) => entry.mediaId === mediaId)) return refused({ code: 'MEDIA_NOT_FOUND', field: 'mediaId' });
    return media.map((entry) => {
      if (entry.mediaId !== mediaId) return entry;
      const { alt: _previous, ...rest } = entry;
      return alt ? { ...rest, alt } : rest;
    });
  });
}

/**
 * Puts a product's images in the order given: every image's id exactly once.
 *
 * @example
 * await reorderMedia(db, { productId, mediaIds: [second, first] });
 */
export async function reorderMedia(db: Db, input: Target & { readonly mediaIds: readonly string[] }, now = new Date()): Promise<MediaEditResult> {
  const mediaIds = input.mediaIds.map((id) => checkId('mediaIds', id));
  return edit(db, input, now, (media) => {
    const byId = new Map(media.map((entry) => [entry.mediaId, entry]));
    const permutation = mediaIds.length === media.length && new Set(mediaIds).size === mediaIds.length && mediaIds.every((id) => byId.has(id));
    if (!permutation) return refused({ code: 'INVALID_ORDER', field: 'mediaIds' });
    return mediaIds.map((id) => byId.get(id)!);
  });
}

/**
 * Removes an image from its product, then deletes its renditions from the bucket (CloudFront may
 * serve cached copies of them until they expire there).
 *
 * @example
 * await deleteMedia(db, media, { productId, mediaId });
 */
export async function deleteMedia(
  db: Db,
  media: MediaServices,
  input: Target & { readonly mediaId: string },
  now = new Date(),
): Promise<MediaEditResult> {
  const mediaId = checkId('mediaId', input.mediaId);
  let removed: MediaEntry | undefined;
  const result = await edit(db, input, now, (list) => {
    removed = list.find((entry) => entry.mediaId === mediaId);
    if (!removed) return refused({ code: 'MEDIA_NOT_FOUND', field: 'mediaId' });
    return list.filter((entry) => entry.mediaId !== mediaId);
  });
  if (result.kind === 'edited' && removed) {
    const { productId } = result.product;
    await media.store.deleteObjects(removed.renditionWidths.map((width) => renditionKey(productId, mediaId, width)));
  }
  return result;
}

/** Reads the product, applies `change` to its media list and writes the result at the version read. */
async function edit(db: Db, target: Target, now: Date, change: (media: MediaEntry[]) => MediaEntry[] | Refused): Promise<MediaEditResult> {
  const productId = checkId('productId', target.productId);
  const read = await readProductForMedia(db, { productId, expectedVersion: target.expectedVersion });
  if (read.kind === 'refused') return read;
  const next = change(read.product.media ?? []);
  if (!Array.isArray(next)) return next;
  const written = await writeProductMedia(db, { product: read.product, media: next, now });
  return written.kind === 'refused' ? written : { kind: 'edited', product: written.product };
}
