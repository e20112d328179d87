import { loadStripe, type Stripe, type StripeCardElement } from '@stripe/stripe-js';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PaymentAttempt } from './PaymentSection';

/** One Stripe object per publishable key, as Stripe asks (`loadStripe` adds Stripe.js's script from https://js.stripe.com once). */
const stripes = new Map<string, Promise<Stripe | null>>();
function stripeFor(publishableKey: string): Promise<Stripe | null> {
  if (!stripes.has(publishableKey)) stripes.set(publishableKey, loadStripe(publishableKey));
  return stripes.get(publishableKey)!;
}

/**
 * The card on a stage that pays through Stripe: Stripe's own card field (Elements, a frame of
 * js.stripe.com), so the card number never reaches this page or the API. Paying turns the card into
 * a PaymentMethod (`pm_…`) and hands its id to `attempt`, which confirms on the server (the hold is
 * checked before any charge); a card that asks for a confirmation step (3-D Secure) gets it from
 * Stripe.js with the payment's client secret. After a failure (no answer), Pay sends the same
 * PaymentMethod again with the same key, so it never charges twice.
 */
export default function StripeCardForm({
  publishableKey,
  clientSecret,
  payLabel,
  busy,
  attempt,
  onPaid,
}: {
  publishableKey: string;
  clientSecret?: string;
  payLabel: string;
  busy: boolean;
  attempt: (paymentMethod: string) => Promise<PaymentAttempt>;
  onPaid: (orderId: string) => void;
}) {
  const mount = useRef<HTMLDivElement>(null);
  const [stripe, setStripe] = useState<Stripe>();
  const [card, setCard] = useState<StripeCardElement>();
  const [cardError, setCardError] = useState<string>();
  const [unavailable, setUnavailable] = useState(false);
  const [working, setWorking] = useState(false);
  const retryWith = useRef<string | undefined>(undefined);

  useEffect(() => {
    let mounted: StripeCardElement | undefined;
    let gone = false;
    stripeFor(publishableKey).then(
      (loaded) => {
        if (gone) return;
        if (!loaded || !mount.current) return setUnavailable(true);
        mounted = loaded.elements().create('card', { hidePostalCode: true });
        mounted.on('change', (event) => setCardError(event.error?.message));
        mounted.mount(mount.current);
        mounted.focus();
        setStripe(loaded);
        setCard(mounted);
      },
      () => !gone && setUnavailable(true),
    );
    return () => {
      gone = true;
      mounted?.destroy();
    };
  }, [publishableKey]);

  const pay = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!stripe || !card) return;
    setWorking(true);
    try {
      let paymentMethod: string;
      if (retryWith.current) paymentMethod = retryWith.current;
      else {
        const created = await stripe.createPaymentMethod({ type: 'card', card });
        if (created.error) return setCardError(created.error.message ?? 'The card details are not complete.');
        paymentMethod = created.paymentMethod.id;
      }
      const result = await attempt(paymentMethod);
      retryWith.current = result.outcome === 'failed' ? paymentMethod : undefined;
      if (result.outcome === 'pending' && clientSecret) {
        const step = await stripe.handleNextAction({ clientSecret });
        // a refused confirmation step leaves the payment waiting for another card: the order page says so
        if (step.error) setCardError(step.error.message);
      }
      if (result.outcome === 'paid' || result.outcome === 'pending') onPaid(result.orderId);
    } finally {
      setWorking(false);
    }
  };

  if (unavailable) {
    return (
      <div className="error" role="alert" data-code="NETWORK">
        <p>The card form could not be loaded. Check your connection and reload the page.</p>
      </div>
    );
  }
  return (
    <form onSubmit={(event) => void pay(event)} className="card-form">
      <p id="stripe-card-label">Card</p>
      <div
        ref={mount}
        className="stripe-card"
        role="group"
        aria-labelledby="stripe-card-label"
        aria-describedby={cardError ? 'stripe-card-error' : undefined}
      />
      {cardError ? (
        <p id="stripe-card-error" className="error" role="alert">
          {cardError}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={!card || busy || working}>
        {busy || working ? 'Paying…' : payLabel}
      </button>
    </form>
  );
}
