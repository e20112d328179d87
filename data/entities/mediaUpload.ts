import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/**
 * An upload an admin was allowed to make (a presigned POST into the media bucket's `uploads/`),
 * by its id: what it may hold and until when. Attaching it deletes it; DynamoDB's TTL removes the
 * ones never attached (the bucket's lifecycle rule removes their files).
 */
export const MediaUploadEntity = modelEntity({
  model: { entity: 'mediaUpload', version: '1', service: SERVICE },
  attributes: {
    uploadId: { type: 'string', required: true, readOnly: true },
    productId: { type: 'string', required: true, readOnly: true },
    /** The object key the presigned POST allows, under `uploads/`. */
    key: { type: 'string', required: true, readOnly: true },
    /** The content type the signature fixes. */
    contentType: { type: 'string', required: true, readOnly: true },
    /** The largest file the signature allows, in bytes. */
    maxBytes: { type: 'number', required: true, readOnly: true },
    /** When the presigned POST stops working (ISO 8601): checked on attach, since TTL deletes late. */
    uploadExpiresAt: { type: 'string', required: true, readOnly: true },
    createdAt: { type: 'string', required: true, readOnly: true },
    /** Epoch seconds: the table's TTL attribute. */
    expiresAt: { type: 'number', required: true, readOnly: true, field: table.ttlAttribute },
  },
  indexes: {
    byId: {
      pk: { ...primaryKeys.pk, composite: ['uploadId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type MediaUploadItem = EntityItem<typeof MediaUploadEntity>;
