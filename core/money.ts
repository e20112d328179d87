/**
 * A money amount in minor units as a person reads it: the currency's own number of minor-unit
 * digits (ISO 4217, as `Intl` applies it: 2 for USD, 0 for JPY, 3 for KWD). Shared by the
 * storefront and the notifier's emails.
 */
export function formatMoney({ amount, currency }: { readonly amount: number; readonly currency: string }): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return format.format(amount / 10 ** format.resolvedOptions().maximumFractionDigits!);
}
