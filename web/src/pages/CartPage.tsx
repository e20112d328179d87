import { useState } from 'react';
import { Link } from 'react-router';
import { cartErrorText, lineProblemText } from '../cartText';
import { CartTotals } from '../components/CartTotals';
import { ErrorState, Loading } from '../components/ui';
import { problemOf, type Problem } from '../errors';
import { useCurrentCart, useSession, type ServerCart } from '../hooks';
import { useCartActions } from '../useCartActions';
import { formatMoney } from '../../../core/money';

type Line = ServerCart['lines'][number];

/** The server cart: current prices, each line's problems from the API, quantities and removal; checkout for a signed-in shopper. */
export function CartPage() {
  const session = useSession();
  const { cart, loading, error, refetch } = useCurrentCart();
  const actions = useCartActions();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const change = async (act: () => Promise<Array<{ code: string; message: string; available?: number | null }>>) => {
    setProblem(undefined);
    setBusy(true);
    try {
      const [refused] = await act();
      if (refused) setProblem({ code: refused.code, message: cartErrorText(refused), retryable: false });
    } catch (caught) {
      setProblem(problemOf(caught));
    } finally {
      setBusy(false);
    }
  };

  if (loading && !cart) return <Loading what="your cart" />;
  if (error && !cart) return <ErrorState problem={problemOf(error)} onRetry={() => void refetch()} />;
  const lines = cart?.lines ?? [];
  const blocked = lines.some((line) => line.problems.length > 0);

  return (
    <section aria-labelledby="cart-title">
      <h1 id="cart-title">Cart</h1>
      {!cart || lines.length === 0 ? (
        <p>
          Your cart is empty. <Link to="/">Shop</Link>
        </p>
      ) : (
        <>
          <table className="cart">
            <caption className="visually-hidden">Items in your cart</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Quantity</th>
                <th scope="col">Price</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id} data-line={line.merchandise?.sku ?? line.id}>
                  <td>
                    {line.merchandise ? (
                      <Link to={`/product/${line.merchandise.product.id}`}>{line.merchandise.product.name}</Link>
                    ) : (
                      'A product no longer sold'
                    )}
                    {optionsText(line) ? <span className="options">{optionsText(line)}</span> : null}
                    {line.problems.map((lineProblem) => (
                      <span key={lineProblem.code} className="line-problem" data-problem={lineProblem.code}>
                        {lineProblemText(lineProblem)}
                      </span>
                    ))}
                  </td>
                  <td>
                    <label>
                      <span className="visually-hidden">Quantity of {lineName(line)}</span>
                      <input
                        key={line.quantity}
                        type="number"
                        min={0}
                        max={99}
                        defaultValue={line.quantity}
                        disabled={busy}
                        onChange={(event) => {
                          const quantity = Number(event.target.value);
                          if (Number.isInteger(quantity) && quantity >= 0 && quantity <= 99 && quantity !== line.quantity)
                            void change(() => actions.setQuantity(line.id, quantity));
                        }}
                      />
                    </label>
                  </td>
                  <td>
                    {formatMoney(line.cost.subtotal)}
                    {line.quantity > 1 ? <small> ({formatMoney(line.cost.unitPrice)} each)</small> : null}
                  </td>
                  <td>
                    <button type="button" className="link" disabled={busy} onClick={() => void change(() => actions.remove(line.id))}>
                      Remove<span className="visually-hidden"> {lineName(line)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <CartTotals cost={cart.cost} />
          {problem ? <ErrorState problem={problem} /> : null}
          {blocked ? <p role="status">Change the lines marked above to check out.</p> : null}
          {session ? (
            blocked ? null : (
              <Link className="button primary" to="/checkout">
                Check out
              </Link>
            )
          ) : (
            <p>
              <Link to="/signin">Sign in</Link> to check out; your cart is kept.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** A line's option values (Size: M, Colour: Red), empty for a product without options. */
export function optionsText(line: Line): string {
  return (line.merchandise?.selectedOptions ?? []).map((option) => `${option.name}: ${option.value}`).join(', ');
}

/** A line's product name with its option values. */
export function lineName(line: Line): string {
  const name = line.merchandise?.product.name ?? 'A product';
  const options = optionsText(line);
  return options ? `${name} (${options})` : name;
}
