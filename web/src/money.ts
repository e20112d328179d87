/** A money amount in minor units as the shopper reads it. */
export function formatMoney({ amount, currency }: { amount: number; currency: string }): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount / 100);
}
