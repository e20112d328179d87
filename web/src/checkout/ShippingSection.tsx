import { useState } from 'react';
import type { ServerCart } from '../hooks';
import { formatMoney } from '../../../core/money';

/** The stage's shipping methods for the cart's address, cheapest first; choosing one sets it on the cart at once. */
export function ShippingSection({
  methods,
  current,
  disabled,
  onChoose,
}: {
  methods: ServerCart['availableShippingMethods'];
  current: ServerCart['shippingMethod'];
  disabled: boolean;
  onChoose: (id: string) => void;
}) {
  // the shopper's pick shows at once; the cart's answer confirms it (or, refused, the cart's own choice shows again)
  const [picked, setPicked] = useState<string>();
  const chosen = disabled ? (picked ?? current?.id) : current?.id;
  return (
    <section aria-labelledby="shipping-title" className="checkout-step">
      <h2 id="shipping-title">Shipping method</h2>
      {methods.length === 0 ? (
        <p>We do not ship to this address’s country. Choose another address.</p>
      ) : (
        <fieldset>
          <legend>How should we ship it?</legend>
          {methods.map((method) => (
            <label key={method.id} className="choice">
              <input
                type="radio"
                name="shipping"
                value={method.id}
                checked={chosen === method.id}
                disabled={disabled}
                onChange={() => {
                  setPicked(method.id);
                  onChoose(method.id);
                }}
              />
              {method.title}, {formatMoney(method.price)} ({method.minDays}–{method.maxDays} working days)
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
