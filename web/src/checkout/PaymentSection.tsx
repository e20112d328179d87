import { useMutation } from '@apollo/client/react';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { CheckoutPaymentConfirmDocument, type CheckoutBeginMutation } from '../../../generated/web/graphql';
import { cart } from '../cart';
import { ErrorState } from '../components/ui';
import { problemOf, type Problem } from '../errors';
import { checkoutProblemOf, type CheckoutProblem } from './checkoutProblem';
import { HoldCountdown } from './HoldCountdown';
import { usePaymentsConfig } from './paymentsConfig';
import { formatMoney } from '../../../core/money';

type PendingOrder = NonNullable<CheckoutBeginMutation['checkoutBegin']['order']>;

/** The local provider's test cards (domain/payments/localProvider.ts): what `npm start` and the tests pay with. */
export const TEST_CARDS = [
  { number: '4242 4242 4242 4242', outcome: 'approves' },
  { number: '4000 0000 0000 0002', outcome: 'declines' },
  { number: '4000 0025 0000 3155', outcome: 'waits for a confirmation step (the order shows awaiting payment until it comes)' },
] as const;

/**
 * Stripe's card field: a chunk of its own, loaded on the payment step of a stage that pays through
 * Stripe only, so no other page (and no local checkout) loads Stripe.js.
 */
const StripeCardForm = lazy(() =>
  import('./StripeCardForm').catch(() => ({
    default: () => (
      <ErrorState
        problem={{ code: 'NETWORK', message: 'The card form could not be loaded. Check your connection and reload the page.', retryable: false }}
      />
    ),
  })),
);

/**
 * What a payment attempt came to: `paid`, or `pending` while the card's confirmation step (3-D
 * Secure) is due; `refused` (a decline, an expired hold) or `failed` (no answer: a retry sends the
 * same payment method with the same key) are shown by the payment step itself.
 */
export type PaymentAttempt = { readonly outcome: 'paid' | 'pending'; readonly orderId: string } | { readonly outcome: 'refused' | 'failed' };

/**
 * Paying the pending order: the card form (the local provider's test cards, or Stripe's card field
 * on a stage that pays through Stripe), the hold's time left,
 * and what to do after a refusal (another card after a decline; checking out again once the hold
 * expired). A retry of the same attempt sends the same payment key, so it never charges twice.
 */
export function PaymentSection({
  order,
  provider,
  clientSecret,
  onPaid,
  onCheckoutAgain,
}: {
  order: PendingOrder;
  provider: string;
  /** The provider's secret for this payment (Stripe's PaymentIntent), for a confirmation step in the browser (3-D Secure). */
  clientSecret?: string;
  onPaid: (orderId: string) => void;
  onCheckoutAgain: () => void;
}) {
  const payments = usePaymentsConfig();
  const [confirm, { loading }] = useMutation(CheckoutPaymentConfirmDocument);
  const [refusal, setRefusal] = useState<CheckoutProblem>();
  const [failure, setFailure] = useState<Problem>();
  const [expired, setExpired] = useState(false);
  const card = useRef<HTMLInputElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => card.current?.focus(), []);
  useEffect(() => {
    if (refusal?.next === 'otherCard') card.current?.focus();
    else if (refusal || expired) alert.current?.focus();
  }, [refusal, expired]);
  const onExpired = useCallback(() => setExpired(true), []);

  /** Confirms the payment with `paymentMethod` (a test card number, or Stripe's `pm_…`); shows a refusal or a failure itself. */
  const attempt = async (paymentMethod: string): Promise<PaymentAttempt> => {
    setRefusal(undefined);
    setFailure(undefined);
    try {
      const { data } = await confirm({ variables: { input: { orderId: order.id, paymentMethod, idempotencyKey: cart.paymentKey(order.id) } } });
      const payload = data?.checkoutPaymentConfirm;
      const [refused] = payload?.userErrors ?? [];
      if (refused) {
        const problem = checkoutProblemOf(refused);
        if (problem.next === 'otherCard') cart.endPaymentAttempt();
        if (problem.next === 'checkoutAgain') cart.endAttempt();
        setRefusal(problem);
        return { outcome: 'refused' };
      }
      if (!payload?.order) return { outcome: 'refused' };
      return { outcome: payload.order.status === 'PENDING_PAYMENT' ? 'pending' : 'paid', orderId: payload.order.id };
    } catch (caught) {
      setFailure(problemOf(caught));
      return { outcome: 'failed' };
    }
  };

  const pay = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const paid = await attempt((card.current?.value ?? '').replace(/\s+/g, ''));
    if (paid.outcome === 'paid' || paid.outcome === 'pending') onPaid(paid.orderId);
  };

  if (expired || refusal?.next === 'checkoutAgain') {
    return (
      <section aria-labelledby="payment-title" className="checkout-step">
        <h2 id="payment-title">Payment</h2>
        <div ref={alert} tabIndex={-1} className="error" role="alert" data-code={refusal?.code ?? 'HOLD_EXPIRED'}>
          <p>
            {refusal?.message ??
              'The time we held your items for ran out, so they went back on sale and nothing was charged. Check out again to order them.'}
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              cart.endAttempt();
              onCheckoutAgain();
            }}
          >
            Check out again
          </button>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="payment-title" className="checkout-step">
      <h2 id="payment-title">Payment</h2>
      <p>
        Order {order.id}: <strong>{formatMoney(order.total)}</strong> to pay.
      </p>
      {order.holdExpiresAt ? <HoldCountdown holdExpiresAt={order.holdExpiresAt} onExpired={onExpired} /> : null}
      {payments.provider === 'stripe' ? (
        <Suspense fallback={<p>Loading the card form…</p>}>
          <StripeCardForm
            publishableKey={payments.publishableKey}
            clientSecret={clientSecret}
            payLabel={`Pay ${formatMoney(order.total)}`}
            busy={loading}
            attempt={attempt}
            onPaid={onPaid}
          />
        </Suspense>
      ) : (
        <form onSubmit={(event) => void pay(event)} className="card-form">
          <label>
            Card number
            <input
              ref={card}
              name="card"
              inputMode="numeric"
              autoComplete="cc-number"
              aria-describedby={provider === 'local' ? 'test-cards' : undefined}
              required
            />
          </label>
          {provider === 'local' ? (
            <div id="test-cards" className="hint">
              This shop takes test payments only. Test cards:
              <ul>
                {TEST_CARDS.map((test) => (
                  <li key={test.number}>
                    {test.number} {test.outcome}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Paying…' : `Pay ${formatMoney(order.total)}`}
          </button>
        </form>
      )}
      {refusal ? (
        <div ref={alert} tabIndex={-1} className="error" role="alert" data-code={refusal.code}>
          <p>{refusal.message}</p>
        </div>
      ) : null}
      {/* Stripe's form retries itself (Pay again sends the same payment method) */}
      {failure ? <ErrorState problem={failure} onRetry={payments.provider === 'stripe' ? undefined : () => void pay()} /> : null}
    </section>
  );
}
