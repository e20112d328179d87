import { mediaLimits } from '../../domain/media/mediaLimits';
import type { ProductMediaProblem } from '../../domain/media/productMediaProblem';
import type { ProductMediaUserError } from '../../generated/graphql';

const MIB = 1024 * 1024;

/** A sentence for the admin about each refusal. */
function messageOf(problem: ProductMediaProblem): string {
  switch (problem.code) {
    case 'PRODUCT_NOT_FOUND':
      return 'No product has this id.';
    case 'MEDIA_NOT_FOUND':
      return 'The product has no image with this id.';
    case 'INVALID_CONTENT_TYPE':
      return `Upload an image of type ${mediaLimits.contentTypes.join(', ')}.`;
    case 'FILE_TOO_LARGE':
      return `The file is larger than ${mediaLimits.maxBytes / MIB} MiB.`;
    case 'UPLOAD_NOT_FOUND':
      return 'No upload has this id for this product; it may have been attached or refused already.';
    case 'UPLOAD_EXPIRED':
      return 'The upload expired before it was attached; ask for a new one.';
    case 'UPLOAD_NOT_RECEIVED':
      return 'Nothing has been uploaded yet; upload the file, then attach it.';
    case 'NOT_AN_IMAGE':
      return 'The file is not an image.';
    case 'UNSUPPORTED_TYPE':
      return `The file is ${problem.detail ?? 'an image type'} the store does not take; use ${mediaLimits.contentTypes.join(', ')}.`;
    case 'TYPE_MISMATCH':
      return `The file's bytes say ${problem.detail ?? 'another type'}, not the type it was uploaded as.`;
    case 'IMAGE_TOO_LARGE':
      return `The image is larger than ${mediaLimits.maxSide} pixels on a side or ${mediaLimits.maxPixels / 1_000_000} megapixels.`;
    case 'TOO_MANY_MEDIA':
      return `The product already has ${mediaLimits.maxPerProduct} images; delete one first.`;
    case 'ALT_TOO_LONG':
      return `The alt text is longer than ${mediaLimits.altMaxLength} characters.`;
    case 'INVALID_ORDER':
      return "mediaIds must name every one of the product's images exactly once.";
    case 'VERSION_STALE':
      return `The product is at version ${problem.currentVersion} now; reload it and retry.`;
  }
}

/** A refusal as the schema's user error: its code, the input field at fault and a sentence for the admin. */
export function mediaUserError(problem: ProductMediaProblem): ProductMediaUserError {
  return {
    code: problem.code,
    field: ['input', problem.field],
    message: messageOf(problem),
    currentVersion: problem.code === 'VERSION_STALE' ? problem.currentVersion : null,
  };
}
