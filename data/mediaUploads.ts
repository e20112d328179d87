import type { Db } from './db';
import type { MediaUploadItem } from './entities/mediaUpload';

/** Records an upload an admin may make: PutItem. */
export async function insertMediaUpload(db: Db, item: MediaUploadItem): Promise<MediaUploadItem> {
  await db.entities.mediaUpload.create(item).go();
  return item;
}

/** An upload by id, read consistently (it was just written): GetItem. Null when unknown or removed. */
export async function getMediaUpload(db: Db, { uploadId }: { uploadId: string }): Promise<MediaUploadItem | null> {
  const { data } = await db.entities.mediaUpload.get({ uploadId }).go({ consistent: true });
  return data;
}

/** Forgets an upload (attached, refused or expired): DeleteItem. */
export async function deleteMediaUpload(db: Db, { uploadId }: { uploadId: string }): Promise<void> {
  await db.entities.mediaUpload.delete({ uploadId }).go();
}
