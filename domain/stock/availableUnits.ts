import type { ProductItem } from '../../data/entities/product';
import { activeHoldsOf, expiredHoldUnits } from '../../data/holds';
import { findVariant } from '../../data/variants';

/**
 * Units of a variant that can be bought now: its stock plus the units of that product's holds that
 * have expired (their units went back the moment they expired, whether or not a write has folded
 * them into the stock yet). Exact at read time, from the product item alone. 0 for an unknown variant.
 *
 * @example
 * availableUnits(product, variantId, new Date()); // 7
 */
export function availableUnits(product: ProductItem, variantId: string, now: Date): number {
  const variant = findVariant(product, variantId);
  if (!variant) return 0;
  return Math.max(0, variant.stock + expiredHoldUnits(product, variant.variantId, now));
}

/** Units of a variant held by checkouts that have not expired (for admins' stock views). */
export function heldUnits(product: ProductItem, variantId: string, now: Date): number {
  return activeHoldsOf(product, now)
    .flatMap((hold) => hold.units)
    .filter((unit) => unit.v === variantId)
    .reduce((sum, unit) => sum + unit.q, 0);
}
