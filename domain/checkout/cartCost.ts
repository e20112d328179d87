import type { DiscountCodeItem } from '../../data/entities/discountCode';
import type { ProductItem } from '../../data/entities/product';
import { findVariant } from '../../data/variants';
import type { ShippingMethodSetting } from './shippingMethods';

/**
 * What a cart costs (minimal on this branch: the cart helper's pure `cartCost` replaces this file
 * at the merge, with the same signature). The checkout prices its order by exactly this.
 */
export interface CartCostInput {
  readonly lines: ReadonlyArray<{
    readonly lineId: string;
    readonly variantId: string;
    readonly quantity: number;
    readonly product: ProductItem | null;
  }>;
  readonly discountCodes: readonly DiscountCodeItem[];
  readonly shippingMethod?: ShippingMethodSetting | null;
  readonly customerId?: string;
  readonly now: Date;
}

export interface CartCost {
  readonly subtotal: number;
  readonly discountTotal: number;
  readonly shipping: number;
  readonly total: number;
  readonly currency: string;
  readonly appliedCode?: DiscountCodeItem;
  readonly codeProblems: ReadonlyArray<{ readonly code: string; readonly reason: string }>;
}

export function cartCost({ lines, discountCodes, shippingMethod, now }: CartCostInput): CartCost {
  let currency = 'USD';
  let subtotal = 0;
  for (const line of lines) {
    const variant = line.product && findVariant(line.product, line.variantId);
    if (!variant) continue;
    currency = variant.currency;
    subtotal += variant.priceAmount * line.quantity;
  }
  const codeProblems: Array<{ code: string; reason: string }> = [];
  let appliedCode: DiscountCodeItem | undefined;
  let discountTotal = 0;
  for (const code of discountCodes) {
    if (code.endsAt && Date.parse(code.endsAt) <= now.getTime()) codeProblems.push({ code: code.code, reason: 'expired' });
    else if (code.usageLimit !== undefined && code.usageCount >= code.usageLimit) codeProblems.push({ code: code.code, reason: 'used up' });
    else if (code.minimumSubtotal !== undefined && subtotal < code.minimumSubtotal) codeProblems.push({ code: code.code, reason: 'below minimum' });
    else if (!appliedCode) {
      appliedCode = code;
      discountTotal = Math.min(subtotal, code.kind === 'PERCENTAGE' ? Math.floor((subtotal * code.value) / 100) : code.value);
    }
  }
  const shipping = shippingMethod?.amount ?? 0;
  return { subtotal, discountTotal, shipping, total: subtotal - discountTotal + shipping, currency, appliedCode, codeProblems };
}
