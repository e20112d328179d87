/**
 * The stage's shipping methods (minimal on this branch: the cart helper's file replaces it at the
 * merge, reading the runtime setting `shippingMethods`).
 */
export interface ShippingMethodSetting {
  readonly id: string;
  readonly title: string;
  /** Minor units of the cart's currency. */
  readonly amount: number;
  readonly minDays: number;
  readonly maxDays: number;
  /** ISO 3166-1 alpha-2 codes it ships to; absent: everywhere. */
  readonly countries?: readonly string[];
}

const DEFAULT_METHODS: readonly ShippingMethodSetting[] = [
  { id: 'standard', title: 'Standard', amount: 500, minDays: 3, maxDays: 5 },
  { id: 'express', title: 'Express', amount: 1500, minDays: 1, maxDays: 2 },
];

/** The methods offered for a country (all of them without one), cheapest first. */
export function shippingMethodsFor(settings: object, countryCode?: string): ShippingMethodSetting[] {
  const methods = (settings as { shippingMethods?: readonly ShippingMethodSetting[] }).shippingMethods ?? DEFAULT_METHODS;
  return methods.filter((method) => !countryCode || !method.countries || method.countries.includes(countryCode)).sort((a, b) => a.amount - b.amount);
}
