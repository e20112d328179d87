import { useState, type FormEvent } from 'react';
import { discountReasonText } from '../cartText';
import type { ServerCart } from '../hooks';

/** The discount codes entered, each saying whether it applies and why not; a field to enter another. `onChange` answers a refusal's message. */
export function DiscountSection({
  codes,
  disabled,
  onChange,
}: {
  codes: ServerCart['discountCodes'];
  disabled: boolean;
  onChange: (codes: string[]) => Promise<string | undefined>;
}) {
  const [refused, setRefused] = useState<string>();
  const [text, setText] = useState('');

  const apply = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = text.trim();
    if (!code) return;
    const message = await onChange([...codes.map((entered) => entered.code), code]);
    setRefused(message);
    if (!message) setText('');
  };

  return (
    <section aria-labelledby="discount-title" className="checkout-step">
      <h2 id="discount-title">Discount code</h2>
      {codes.length ? (
        <ul className="discount-codes" aria-live="polite">
          {codes.map((entered) => (
            <li key={entered.code} data-code={entered.code} data-applicable={entered.applicable}>
              <strong>{entered.code}</strong>: {entered.applicable ? 'applied' : discountReasonText(entered.reason)}{' '}
              <button
                type="button"
                className="link"
                disabled={disabled}
                onClick={() => void onChange(codes.filter((other) => other.code !== entered.code).map((other) => other.code)).then(setRefused)}
              >
                Remove<span className="visually-hidden"> code {entered.code}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={(event) => void apply(event)} className="inline-form">
        <label>
          Code
          <input
            name="code"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={refused ? true : undefined}
            aria-describedby={refused ? 'discount-problem' : undefined}
          />
        </label>
        <button type="submit" disabled={disabled}>
          Apply
        </button>
      </form>
      {refused ? (
        <p id="discount-problem" className="error" role="alert">
          {refused}
        </p>
      ) : null}
    </section>
  );
}
