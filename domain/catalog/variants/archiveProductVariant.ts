import type { Db } from '../../../data/db';
import type { ProductItem } from '../../../data/entities/product';
import { findVariant, variantsOf } from '../../../data/variants';
import { changeVariants, type VariantChangeResult, type VariantPlan } from './changeVariants';
import { problem } from './variantRules';

export interface ArchiveProductVariantInput {
  readonly productId: string;
  readonly variantId: string;
  readonly expectedVersion?: number | null;
}

/**
 * Archives a variant (`changeVariants`): it stays in its product's list, at its position, so the
 * orders that bought it keep it; it can no longer be ordered. The last active variant stays
 * (archive the product instead); an archived variant is answered as it is.
 *
 * @example
 * await archiveProductVariant(db, { productId, variantId });
 */
export function archiveProductVariant(db: Db, input: ArchiveProductVariantInput, now = new Date()): Promise<VariantChangeResult> {
  return changeVariants(db, { productId: input.productId, expectedVersion: input.expectedVersion, now }, (current) =>
    archivePlan(current, input.variantId),
  );
}

/** The write that archives the variant, nothing to write when it is archived already, or why it may not be archived. */
export function archivePlan(current: ProductItem, variantId: string): VariantPlan {
  const variant = findVariant(current, variantId);
  if (!variant) return [problem('VARIANT_NOT_FOUND', ['input', 'variantId'], 'The product has no variant with this id.')];
  if (variant.status === 'ARCHIVED') return { changes: [] };
  if (!variantsOf(current).some((other) => other.status === 'ACTIVE' && other.variantId !== variantId)) {
    return [problem('LAST_ACTIVE_VARIANT', ['input', 'variantId'], 'This is the last active variant; archive the product instead.')];
  }
  return { changes: [{ index: variant.index, variantId: variant.variantId, set: { status: 'ARCHIVED' } }] };
}
