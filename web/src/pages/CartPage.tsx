import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PlaceOrderDocument } from '../../../generated/web/graphql';
import { cart, lineKey, type CartLine } from '../cart';
import { ErrorState } from '../components/ui';
import { problemOf, type Problem } from '../errors';
import { useCart, useSession } from '../hooks';
import { formatMoney } from '../../../core/money';

type CurrentPrices = Array<{ productId: string; variantId?: string; unitPrice: CartLine['unitPrice'] }>;

export function CartPage() {
  const lines = useCart();
  const session = useSession();
  const [placeOrder, { loading }] = useMutation(PlaceOrderDocument);
  const [problem, setProblem] = useState<Problem>();
  const [placed, setPlaced] = useState<{ id: string; total: CartLine['unitPrice'] }>();
  const total = lines.reduce((sum, line) => sum + line.unitPrice.amount * line.quantity, 0);
  const currency = lines[0]?.unitPrice.currency ?? 'USD';
  const changedPrices = problem?.code === 'CONFLICT' ? (problem.extensions?.currentPrices as CurrentPrices | undefined) : undefined;

  const checkout = async () => {
    setProblem(undefined);
    try {
      const { data } = await placeOrder({
        variables: {
          input: {
            // the same key for every retry of this cart: a retry can never order twice
            idempotencyKey: cart.checkoutKey(),
            // the store's lines, not this render's: "Order at the new prices" reprices and checks out in one click
            items: cart.lines().map((line) => ({
              productId: line.productId,
              ...(line.variantId ? { variantId: line.variantId } : {}),
              quantity: line.quantity,
              expectedUnitPrice: line.unitPrice,
            })),
          },
        },
      });
      if (data) {
        setPlaced({ id: data.placeOrder.id, total: data.placeOrder.total });
        cart.clear();
      }
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  if (placed) {
    return (
      <section aria-labelledby="placed-title">
        <h1 id="placed-title">Thank you for your order</h1>
        <p role="status">
          Order {placed.id} is placed: {formatMoney(placed.total)}. <Link to="/orders">See your orders</Link>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="cart-title">
      <h1 id="cart-title">Cart</h1>
      {lines.length === 0 ? (
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
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={lineKey(line)}>
                  <td>
                    <Link to={`/product/${line.productId}`}>{line.name}</Link>
                    {optionsText(line) ? <span className="options">{optionsText(line)}</span> : null}
                  </td>
                  <td>
                    <label>
                      <span className="visually-hidden">Quantity of {lineName(line)}</span>
                      <input
                        type="number"
                        min={0}
                        max={99}
                        value={line.quantity}
                        onChange={(event) => cart.setQuantity(line.productId, Number(event.target.value), line.variantId)}
                      />
                    </label>
                  </td>
                  <td>{formatMoney({ amount: line.unitPrice.amount * line.quantity, currency: line.unitPrice.currency })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="total">Total {formatMoney({ amount: total, currency })}</p>
          {problem ? (
            changedPrices ? (
              <div className="error" role="alert" data-code="PRICE_CHANGED">
                <p>Prices changed since you added these products:</p>
                <ul>
                  {changedPrices.map((price) => (
                    <li key={lineKey(price)}>
                      {lineName(lines.find((line) => lineKey(line) === lineKey(price)))}: now {formatMoney(price.unitPrice)}
                    </li>
                  ))}
                </ul>
                <button type="button" onClick={() => (cart.reprice(changedPrices), void checkout())}>
                  Order at the new prices
                </button>
              </div>
            ) : (
              <ErrorState problem={outOfStock(problem, lines)} onRetry={() => void checkout()} />
            )
          ) : null}
          {session ? (
            <button type="button" className="primary" onClick={() => void checkout()} disabled={loading}>
              {loading ? 'Placing your order…' : 'Place order'}
            </button>
          ) : (
            <p>
              <Link to="/signin">Sign in</Link> to place your order.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** A line's option values (Size: M, Colour: Red), empty for a product without options. */
function optionsText(line: CartLine): string {
  return (line.selectedOptions ?? []).map((option) => `${option.name}: ${option.value}`).join(', ');
}

/** A line's product name with its option values. */
function lineName(line: CartLine | undefined): string {
  if (!line) return 'A product';
  const options = optionsText(line);
  return options ? `${line.name} (${options})` : line.name;
}

/** OUT_OF_STOCK names the product and variant: say which and how many are left. */
function outOfStock(problem: Problem, lines: CartLine[]): Problem {
  if (problem.code !== 'OUT_OF_STOCK') return problem;
  const productId = String(problem.extensions?.productId ?? '');
  const variantId = problem.extensions?.variantId ? String(problem.extensions.variantId) : undefined;
  const name = lineName(lines.find((line) => lineKey(line) === lineKey({ productId, variantId })));
  const available = Number(problem.extensions?.available ?? 0);
  return { ...problem, message: `${name}: only ${available} left. Change the quantity and order again.` };
}
