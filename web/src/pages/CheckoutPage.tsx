import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CheckoutBeginDocument, type CheckoutBeginMutation } from '../../../generated/web/graphql';
import { cart } from '../cart';
import { cartErrorText } from '../cartText';
import { AddressSection } from '../checkout/AddressSection';
import { checkoutProblemOf, type CheckoutProblem } from '../checkout/checkoutProblem';
import { DiscountSection } from '../checkout/DiscountSection';
import { PaymentSection } from '../checkout/PaymentSection';
import { ShippingSection } from '../checkout/ShippingSection';
import { CartTotals } from '../components/CartTotals';
import { ErrorState, Loading } from '../components/ui';
import { problemOf, type Problem } from '../errors';
import { useCurrentCart, useSession } from '../hooks';
import { useCartActions } from '../useCartActions';
import { formatMoney } from '../../../core/money';
import { lineName } from './CartPage';

type Begun = NonNullable<CheckoutBeginMutation['checkoutBegin']>;

/**
 * Checkout, for a signed-in shopper: the shipping address, the shipping method, discount codes and
 * the totals, then "Pay" (`checkoutBegin`: the items are held and the order waits for payment) and
 * the card (`checkoutPaymentConfirm`); a paid order opens its page.
 */
export function CheckoutPage() {
  const session = useSession();
  if (!session) {
    return (
      <p>
        <Link to="/signin">Sign in</Link> to check out; your cart is kept.
      </p>
    );
  }
  return <Checkout />;
}

function Checkout() {
  const navigate = useNavigate();
  const { cart: current, loading, error, refetch } = useCurrentCart();
  const actions = useCartActions();
  const [begin, beginning] = useMutation(CheckoutBeginDocument);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [payFailure, setPayFailure] = useState<Problem>();
  const [refusal, setRefusal] = useState<CheckoutProblem>();
  const [begun, setBegun] = useState<{ order: NonNullable<Begun['order']>; provider: string; clientSecret?: string }>();
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) alert.current?.focus();
  }, [refusal]);

  if (loading && !current) return <Loading what="your cart" />;
  if (error && !current) return <ErrorState problem={problemOf(error)} onRetry={() => void refetch()} />;
  if (!current || current.lines.length === 0) {
    return (
      <p>
        Your cart is empty. <Link to="/">Shop</Link>
      </p>
    );
  }

  /** A cart change from this page; answers the refusal's message for the section that made it. */
  const change = async (act: () => Promise<Array<{ code: string; message: string; available?: number | null }>>) => {
    setProblem(undefined);
    setRefusal(undefined);
    setBusy(true);
    try {
      const [refused] = await act();
      return refused ? cartErrorText(refused) : undefined;
    } catch (caught) {
      setProblem(problemOf(caught));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const pay = async (expectedTotal: { amount: number; currency: string } = current.cost.total) => {
    setProblem(undefined);
    setPayFailure(undefined);
    setRefusal(undefined);
    try {
      const { data } = await begin({
        variables: {
          input: {
            cartId: current.id,
            // one key per attempt, kept across retries and reloads: a retry never orders twice
            idempotencyKey: cart.checkoutKey(),
            expectedTotal: { amount: expectedTotal.amount, currency: expectedTotal.currency },
          },
        },
      });
      const payload = data?.checkoutBegin;
      const [refused] = payload?.userErrors ?? [];
      if (refused) {
        setRefusal(checkoutProblemOf(refused));
        void refetch();
        return;
      }
      if (payload?.order && payload.payment)
        setBegun({ order: payload.order, provider: payload.payment.provider, clientSecret: payload.payment.clientSecret ?? undefined });
    } catch (caught) {
      setPayFailure(problemOf(caught));
    }
  };

  if (begun) {
    return (
      <section aria-labelledby="checkout-title">
        <h1 id="checkout-title">Checkout</h1>
        <PaymentSection
          order={begun.order}
          provider={begun.provider}
          clientSecret={begun.clientSecret}
          onPaid={(orderId) => {
            cart.setId(undefined);
            navigate(`/orders/${orderId}`);
          }}
          onCheckoutAgain={() => {
            setBegun(undefined);
            void refetch();
          }}
        />
      </section>
    );
  }

  const linesOk = current.lines.every((line) => line.problems.length === 0);
  const ready = Boolean(current.shippingAddress && current.shippingMethod) && linesOk;
  return (
    <section aria-labelledby="checkout-title" className="checkout">
      <h1 id="checkout-title">Checkout</h1>
      <section aria-labelledby="summary-title" className="checkout-step">
        <h2 id="summary-title">Your order</h2>
        <ul className="summary">
          {current.lines.map((line) => (
            <li key={line.id}>
              {line.quantity} × {lineName(line)}: {formatMoney(line.cost.subtotal)}
            </li>
          ))}
        </ul>
        <p>
          <Link to="/cart">Change the cart</Link>
        </p>
      </section>
      <AddressSection current={current.shippingAddress} onChoose={(where) => change(() => actions.shippingAddress(where))} />
      <ShippingSection
        methods={current.availableShippingMethods}
        current={current.shippingMethod}
        disabled={busy}
        onChoose={(id) =>
          void change(() => actions.shippingMethod(id)).then((message) => message && setProblem({ code: 'SHIPPING', message, retryable: false }))
        }
      />
      <DiscountSection codes={current.discountCodes} disabled={busy} onChange={(codes) => change(() => actions.discountCodes(codes))} />
      <section aria-labelledby="totals-title" className="checkout-step" aria-live="polite">
        <h2 id="totals-title">Total</h2>
        <CartTotals cost={current.cost} />
      </section>
      {problem ? <ErrorState problem={problem} /> : null}
      {payFailure ? <ErrorState problem={payFailure} onRetry={() => void pay()} /> : null}
      {refusal ? (
        <div ref={alert} tabIndex={-1} className="error" role="alert" data-code={refusal.code}>
          <p>{refusal.message}</p>
          {refusal.next === 'confirmTotal' && refusal.total ? (
            <button type="button" className="primary" onClick={() => void pay(refusal.total)}>
              Pay the new total, {formatMoney(refusal.total)}
            </button>
          ) : null}
          {refusal.next === 'fixCart' ? <Link to="/cart">Go to the cart</Link> : null}
        </div>
      ) : null}
      {ready ? null : (
        <p id="pay-hint">
          {linesOk ? 'Choose a shipping address and method to pay.' : 'Some items cannot be bought as they are: change them in your cart to pay.'}
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={!ready || busy || beginning.loading}
        aria-describedby={ready ? undefined : 'pay-hint'}
        onClick={() => void pay()}
      >
        {beginning.loading ? 'Holding your items…' : `Pay ${formatMoney(current.cost.total)}`}
      </button>
    </section>
  );
}
