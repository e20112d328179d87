import { BadUserInputError } from '../core/errors';
import type { OrderLineItem } from '../data/entities/orderLine';
import type { ProductItem } from '../data/entities/product';
import { variantsOf, type Variant } from '../data/variants';
import { limits } from './limits';

/** A price as the shopper saw it or as the catalog holds it. */
export interface UnitPrice {
  readonly amount: number;
  readonly currency: string;
}

/**
 * The current prices of the variants whose price differs from the one the shopper was shown (a
 * line shown no price accepts the current one): an order is only placed at the prices shown. A
 * line names its variant, or stands for the product's only one; `variantId` is in the answer when
 * the line named it.
 *
 * @example
 * changedPrices([{ productId: 'p1', expectedUnitPrice: { amount: 900, currency: 'USD' } }], byId); // [{ productId: 'p1', unitPrice: { amount: 1000, currency: 'USD' } }]
 */
export function changedPrices(
  items: ReadonlyArray<{ readonly productId: string; readonly variantId?: string | null; readonly expectedUnitPrice?: UnitPrice | null }>,
  byId: ReadonlyMap<string, ProductItem>,
): Array<{ productId: string; variantId?: string; unitPrice: UnitPrice }> {
  const changed = new Map<string, { productId: string; variantId?: string; unitPrice: UnitPrice }>();
  for (const { productId, variantId, expectedUnitPrice: shown } of items) {
    const variant = lineVariant(byId.get(productId)!, variantId);
    if (shown && (shown.amount !== variant.priceAmount || shown.currency !== variant.currency)) {
      changed.set(`${productId}\n${variant.variantId}`, {
        productId,
        ...(variantId == null ? {} : { variantId }),
        unitPrice: { amount: variant.priceAmount, currency: variant.currency },
      });
    }
  }
  return [...changed.values()];
}

/** The lines of order `orderId` at the catalog's current prices, numbered from 1 in the order given, each with the variant's id, SKU and option values. */
export function pricedLines(
  orderId: string,
  lines: ReadonlyArray<{ readonly productId: string; readonly variantId?: string; readonly quantity: number }>,
  byId: ReadonlyMap<string, ProductItem>,
): OrderLineItem[] {
  return lines.map((line, index) => {
    const product = byId.get(line.productId)!;
    const variant = lineVariant(product, line.variantId);
    return {
      orderId,
      lineNo: index + 1,
      productId: product.productId,
      variantId: variant.variantId,
      ...((product.variants?.length ?? 0) > 1 ? { variantIndex: variant.index } : {}),
      sku: variant.sku,
      name: product.name,
      ...(variant.selectedOptions.length ? { selectedOptions: variant.selectedOptions.map(({ name, value }) => ({ name, value })) } : {}),
      unitAmount: variant.priceAmount,
      currency: variant.currency,
      quantity: line.quantity,
    };
  });
}

/** The variant a checked line orders: the named one, or the product's first. */
function lineVariant(product: ProductItem, variantId: string | null | undefined): Variant {
  const variants = variantsOf(product);
  return (variantId == null ? undefined : variants.find((variant) => variant.variantId === variantId)) ?? variants[0]!;
}

/** An order's total in minor units: the sum of unit price times quantity, exact (integers far below 2^53). */
export function orderTotal(lines: ReadonlyArray<Pick<OrderLineItem, 'unitAmount' | 'quantity'>>): number {
  return lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
}

/** BAD_USER_INPUT for a total above `limits.maxOrderTotal`; undefined for one that may be ordered. */
export function orderTotalProblem(totalAmount: number): BadUserInputError | undefined {
  if (totalAmount <= limits.maxOrderTotal) return undefined;
  return new BadUserInputError(`items: the order total would be ${totalAmount} minor units; the largest order total is ${limits.maxOrderTotal}.`, {
    details: { field: 'items', maxOrderTotal: limits.maxOrderTotal },
  });
}
