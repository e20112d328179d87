/** What an image upload may be, and what the store keeps of it. */
export const mediaLimits = {
  /** Largest file an upload may hold: the presigned POST's `content-length-range` and the check after upload. */
  maxBytes: 10 * 1024 * 1024,
  /** Images per product: the list lives on the product item, which stays far below DynamoDB's 400 KB. */
  maxPerProduct: 10,
  /** Longest side of an original, in pixels. */
  maxSide: 8_000,
  /** Largest original in pixels (width × height): sharp refuses to decode more. */
  maxPixels: 40_000_000,
  altMaxLength: 512,
  /** How long a presigned POST works. */
  uploadSeconds: 15 * 60,
  /** How long an upload's record outlives its POST before TTL removes it (the bucket's lifecycle rule removes its file after a day). */
  uploadRecordSeconds: 24 * 60 * 60,
  /** The content types an upload may declare; the file's own bytes must say the same. */
  contentTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const,
} as const;

export type ImageContentType = (typeof mediaLimits.contentTypes)[number];

export function isImageContentType(value: string): value is ImageContentType {
  return (mediaLimits.contentTypes as readonly string[]).includes(value);
}

/** The widths renditions are made at (those below the original's width, and the original's own, up to the last). */
export const RENDITION_WIDTHS = [320, 640, 1024, 1600] as const;

/**
 * The widths of an original's renditions, ascending: every standard width narrower than the
 * original, then the original's own width (capped at the widest standard one).
 *
 * @example
 * renditionWidthsFor(800); // [320, 640, 800]
 * renditionWidthsFor(200); // [200]
 */
export function renditionWidthsFor(originalWidth: number): number[] {
  const widest = RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]!;
  const top = Math.min(originalWidth, widest);
  return [...RENDITION_WIDTHS.filter((width) => width < top), top];
}

/** A rendition's height: the original's aspect ratio at that width, at least one pixel (renditions are made at exactly this size). */
export function renditionHeight(original: { readonly width: number; readonly height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}
