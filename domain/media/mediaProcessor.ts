/** What the media function is asked to do with one upload (the bucket is its own configuration). */
export interface ProcessUploadRequest {
  /** The upload's key, under `uploads/`. */
  readonly uploadKey: string;
  readonly productId: string;
  /** The new image's id: its renditions go under `media/<productId>/<mediaId>/`. */
  readonly mediaId: string;
  /** The content type the upload was signed for. */
  readonly contentType: string;
  readonly maxBytes: number;
}

/** Why an upload was refused; the upload's file is deleted with every refusal but UPLOAD_NOT_RECEIVED. */
export type UploadRefusal = 'UPLOAD_NOT_RECEIVED' | 'FILE_TOO_LARGE' | 'NOT_AN_IMAGE' | 'UNSUPPORTED_TYPE' | 'TYPE_MISMATCH' | 'IMAGE_TOO_LARGE';

export type ProcessUploadResult =
  | {
      readonly kind: 'processed';
      /** The original's size in pixels, upright. */
      readonly width: number;
      readonly height: number;
      /** The widths written, ascending. */
      readonly renditionWidths: readonly number[];
    }
  | { readonly kind: 'refused'; readonly code: UploadRefusal; readonly detail?: string };

/**
 * Checks an upload by its bytes (an image, of the type it was signed for, within the limits),
 * writes its renditions and deletes the upload. Deployed, the media function (a Lambda of its
 * own, with sharp) does it; under `npm start` and in tests it runs in-process.
 */
export interface MediaProcessor {
  process(request: ProcessUploadRequest): Promise<ProcessUploadResult>;
}
