// Where the media bucket keeps each kind of file: the API, the media function and CDK (lifecycle
// rule, permissions, the CloudFront behaviour) all name them from here. Free of dependencies.

/** Uploads wait here until they are checked; the bucket's lifecycle rule expires what stays. */
export const UPLOADS_PREFIX = 'uploads/';
/** Renditions, served by CloudFront at `/media/*`: each key is written once and never changes. */
export const MEDIA_PREFIX = 'media/';
/** The format every rendition is written in. */
export const RENDITION_EXTENSION = 'webp';

/** The key a presigned POST allows for one upload. */
export function uploadKey(productId: string, uploadId: string): string {
  return `${UPLOADS_PREFIX}${productId}/${uploadId}`;
}

/** The folder of one image's renditions. */
export function mediaFolder(productId: string, mediaId: string): string {
  return `${MEDIA_PREFIX}${productId}/${mediaId}/`;
}

/** The key of one rendition: immutable, since a media id is never reused. */
export function renditionKey(productId: string, mediaId: string, width: number): string {
  return `${mediaFolder(productId, mediaId)}${width}.${RENDITION_EXTENSION}`;
}
