import type { UploadRefusal } from './mediaProcessor';

/** Why a media mutation was refused (nothing was written to the product): the schema's `ProductMediaErrorCode`. */
export type ProductMediaProblem =
  | { readonly code: 'PRODUCT_NOT_FOUND'; readonly field: 'productId' }
  | { readonly code: 'MEDIA_NOT_FOUND'; readonly field: 'mediaId' }
  | { readonly code: 'INVALID_CONTENT_TYPE'; readonly field: 'contentType' }
  | { readonly code: 'FILE_TOO_LARGE'; readonly field: 'byteSize' | 'uploadId' }
  | { readonly code: Exclude<UploadRefusal, 'FILE_TOO_LARGE'>; readonly field: 'uploadId'; readonly detail?: string }
  | { readonly code: 'UPLOAD_NOT_FOUND' | 'UPLOAD_EXPIRED'; readonly field: 'uploadId' }
  | { readonly code: 'TOO_MANY_MEDIA'; readonly field: 'productId' }
  | { readonly code: 'ALT_TOO_LONG'; readonly field: 'alt' }
  | { readonly code: 'INVALID_ORDER'; readonly field: 'mediaIds' }
  | { readonly code: 'VERSION_STALE'; readonly field: 'expectedVersion'; readonly currentVersion: number };

export type Refused = { readonly kind: 'refused'; readonly problem: ProductMediaProblem };

export function refused(problem: ProductMediaProblem): Refused {
  return { kind: 'refused', problem };
}
