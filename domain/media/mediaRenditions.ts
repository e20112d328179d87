import { renditionKey } from '../../data/mediaKeys';
import { renditionHeight } from './mediaLimits';
import type { MediaEntry } from './productMediaWrites';

export interface Rendition {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/**
 * An image's renditions, narrowest first, at `baseUrl` (the origin that serves `/media/*`; empty:
 * relative URLs).
 *
 * @example
 * mediaRenditions('https://d111.cloudfront.net', 'p1', entry)[0]; // { url: 'https://d111.cloudfront.net/media/p1/<id>/320.webp', width: 320, height: 240 }
 */
export function mediaRenditions(baseUrl: string, productId: string, entry: MediaEntry): Rendition[] {
  return entry.renditionWidths.map((width) => ({
    url: `${baseUrl}/${renditionKey(productId, entry.mediaId, width)}`,
    width,
    height: renditionHeight(entry, width),
  }));
}

/** The narrowest rendition at least `maxWidth` wide, or the widest when none is (or `maxWidth` is not given). */
export function renditionFor(renditions: readonly Rendition[], maxWidth?: number | null): Rendition {
  const widest = renditions[renditions.length - 1]!;
  if (maxWidth == null) return widest;
  return renditions.find((rendition) => rendition.width >= maxWidth) ?? widest;
}
