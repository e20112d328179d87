import type { ProductItem } from '../../data/entities/product';
import { findVariant } from '../../data/variants';

/**
 * Units of a variant that can be bought now: its stock (0 for a variant that is missing, or
 * archived, or of an archived product). `now` is when availability is asked for.
 */
export function availableUnits(product: ProductItem, variantId: string, now: Date): number {
  void now;
  const variant = findVariant(product, variantId);
  if (!variant || variant.status !== 'ACTIVE' || product.status !== 'ACTIVE') return 0;
  return Math.max(0, variant.stock);
}
