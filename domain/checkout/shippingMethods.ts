/** A way the shop ships, as the stage's `shippingMethods` setting lists it; `amount` in minor units of `currency`. */
export interface ShippingMethod {
  readonly id: string;
  readonly title: string;
  readonly amount: number;
  readonly currency: string;
  readonly minDays: number;
  readonly maxDays: number;
  /** ISO 3166-1 alpha-2 codes it ships to; absent: everywhere. */
  readonly countries?: readonly string[];
}

/**
 * The methods offered for a country (all of them without one) and, when given, in a cart's
 * currency: cheapest first, then by id.
 *
 * @example
 * shippingMethodsFor(context.settings, 'US', 'USD'); // [standard, express]
 */
export function shippingMethodsFor(
  settings: { readonly shippingMethods: readonly ShippingMethod[] },
  countryCode?: string | null,
  currency?: string | null,
): ShippingMethod[] {
  return settings.shippingMethods
    .filter((method) => !countryCode || !method.countries || method.countries.includes(countryCode))
    .filter((method) => !currency || method.currency === currency)
    .sort((a, b) => a.amount - b.amount || a.id.localeCompare(b.id));
}
