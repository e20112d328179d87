/**
 * The ElectroDB attribute reference of `variants[index]` in an update's `data` or a `where`
 * callback, so its fields (`.stock`, `.variantId`, `.status`) go into expressions as
 * `#variants[index].#stock`. ElectroDB resolves list positions at runtime; its types do not
 * index lists, hence the cast in this one place.
 */
export function variantAt(
  attr: { variants: unknown },
  index: number,
): Record<'variantId' | 'sku' | 'priceAmount' | 'stock' | 'status' | 'selectedOptions' | 'lowStockThreshold', any> {
  return (attr.variants as any)[index];
}
