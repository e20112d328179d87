import { formatMoney } from '../../core/money';

type Money = { readonly amount: number; readonly currency: string };

/** A listing's price: the price when every variant costs the same, else "from" the lowest. */
export function priceRangeText(range: { readonly min: Money; readonly max: Money }): string {
  return range.min.amount === range.max.amount ? formatMoney(range.min) : `from ${formatMoney(range.min)}`;
}
