import { BadUserInputError } from '../../core/errors';
import { mediaLimits } from '../../domain/media/mediaLimits';
import { mediaRenditions, renditionFor } from '../../domain/media/mediaRenditions';
import type { ProductMediaResolvers, ProductResolvers } from '../../generated/graphql';

export const ProductMedia: ProductMediaResolvers = {
  id: (media) => media.mediaId,
  alt: (media) => media.alt ?? null,
  url: (media, { maxWidth }, { mediaBaseUrl }) => renditionFor(mediaRenditions(mediaBaseUrl, media.productId, media), maxWidth).url,
  renditions: (media, _args, { mediaBaseUrl }) => mediaRenditions(mediaBaseUrl, media.productId, media),
};

/** `Product.media`: the list on the product item, so listings and the product page need no other read. */
export const ProductMediaField: Pick<ProductResolvers, 'media'> = {
  media(product, { first }) {
    if (!Number.isInteger(first) || first < 1 || first > mediaLimits.maxPerProduct) {
      throw new BadUserInputError(`first: must be 1 to ${mediaLimits.maxPerProduct}.`, { details: { field: 'first' } });
    }
    const media = product.media ?? [];
    return media.slice(0, first).map((entry) => ({ ...entry, productId: product.productId }));
  },
};
