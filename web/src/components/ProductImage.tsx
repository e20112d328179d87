/** An image as the API describes it: the original's size, its renditions and the widest one's URL. */
export interface ProductImageData {
  readonly alt?: string | null;
  readonly width: number;
  readonly height: number;
  readonly url: string;
  readonly renditions: ReadonlyArray<{ readonly url: string; readonly width: number }>;
}

/**
 * A product image: every rendition in `srcset` so the browser picks the one `sizes` needs, the
 * original's width and height so the page keeps its place before it loads, lazy unless it is
 * above the fold (`eager`), and its alt text (empty for a decorative one, or where the text beside
 * it already names the product: `decorative`).
 */
export function ProductImage({
  image,
  sizes,
  eager = false,
  decorative = false,
}: {
  image: ProductImageData;
  sizes: string;
  eager?: boolean;
  decorative?: boolean;
}) {
  return (
    <img
      className="product-image"
      src={image.url}
      srcSet={image.renditions.map((rendition) => `${rendition.url} ${rendition.width}w`).join(', ')}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={decorative ? '' : (image.alt ?? '')}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      {...(eager ? { fetchPriority: 'high' as const } : {})}
    />
  );
}
