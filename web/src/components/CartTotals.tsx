import { formatMoney } from '../../../core/money';

interface Amount {
  readonly amount: number;
  readonly currency: string;
}

/** Subtotal, discount, shipping and total, as the API computed them (minor units of one currency). */
export function CartTotals({
  cost,
}: {
  cost: { readonly subtotal: Amount; readonly discountTotal: Amount; readonly shipping?: Amount | null; readonly total: Amount };
}) {
  return (
    <dl className="totals">
      <dt>Subtotal</dt>
      <dd>{formatMoney(cost.subtotal)}</dd>
      {cost.discountTotal.amount > 0 ? (
        <>
          <dt>Discount</dt>
          <dd>−{formatMoney(cost.discountTotal)}</dd>
        </>
      ) : null}
      <dt>Shipping</dt>
      <dd>{cost.shipping ? formatMoney(cost.shipping) : 'Chosen at checkout'}</dd>
      <dt>Total</dt>
      <dd className="total" data-total={cost.total.amount}>
        {formatMoney(cost.total)}
      </dd>
    </dl>
  );
}
