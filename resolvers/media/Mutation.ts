import { ServiceUnavailableError } from '../../core/errors';
import { attachMedia } from '../../domain/media/attachMedia';
import { createMediaUpload } from '../../domain/media/createMediaUpload';
import { deleteMedia, reorderMedia, updateMediaAlt } from '../../domain/media/editMedia';
import type { MediaServices } from '../../domain/media/mediaServices';
import type { ProductMediaProblem } from '../../domain/media/productMediaProblem';
import type { MutationResolvers, ProductMediaUserError } from '../../generated/graphql';
import { requireAdmin } from '../access';
import type { Context } from '../context';
import { mediaUserError } from './mediaUserError';

type MediaMutations = 'productMediaUploadCreate' | 'productMediaCreate' | 'productMediaUpdate' | 'productMediaReorder' | 'productMediaDelete';

/** The stage's media services; SERVICE_UNAVAILABLE where it has none. */
function mediaOf(context: Context): MediaServices {
  if (!context.media) throw new ServiceUnavailableError('This stage stores no product images.');
  return context.media;
}

const errors = (problem: ProductMediaProblem): ProductMediaUserError[] => [mediaUserError(problem)];

export const Mutation: Pick<MutationResolvers, MediaMutations> = {
  async productMediaUploadCreate(_parent, { input }, context) {
    requireAdmin(context);
    const result = await createMediaUpload(context.db, mediaOf(context), input);
    if (result.kind === 'refused') return { upload: null, userErrors: errors(result.problem) };
    const { upload, post } = result;
    return {
      upload: {
        id: upload.uploadId,
        url: post.url,
        fields: Object.entries(post.fields).map(([name, value]) => ({ name, value })),
        contentType: upload.contentType,
        maxBytes: upload.maxBytes,
        expiresAt: upload.uploadExpiresAt,
      },
      userErrors: [],
    };
  },
  async productMediaCreate(_parent, { input }, context) {
    requireAdmin(context);
    const result = await attachMedia(context.db, mediaOf(context), input);
    if (result.kind === 'refused') return { product: null, media: null, userErrors: errors(result.problem) };
    return { product: result.product, media: { ...result.media, productId: result.product.productId }, userErrors: [] };
  },
  async productMediaUpdate(_parent, { input }, context) {
    requireAdmin(context);
    const result = await updateMediaAlt(context.db, input);
    if (result.kind === 'refused') return { product: null, media: null, userErrors: errors(result.problem) };
    const media = result.product.media?.find((entry) => entry.mediaId === input.mediaId);
    return { product: result.product, media: media ? { ...media, productId: result.product.productId } : null, userErrors: [] };
  },
  async productMediaReorder(_parent, { input }, context) {
    requireAdmin(context);
    const result = await reorderMedia(context.db, input);
    if (result.kind === 'refused') return { product: null, userErrors: errors(result.problem) };
    return { product: result.product, userErrors: [] };
  },
  async productMediaDelete(_parent, { input }, context) {
    requireAdmin(context);
    const result = await deleteMedia(context.db, mediaOf(context), input);
    if (result.kind === 'refused') return { product: null, deletedMediaId: null, userErrors: errors(result.problem) };
    return { product: result.product, deletedMediaId: input.mediaId, userErrors: [] };
  },
};
