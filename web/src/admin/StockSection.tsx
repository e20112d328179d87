import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AdminInventoryAdjustDocument } from '../../../generated/web/admin/graphql';
import { AdminError, InputProblem } from './AdminError';
import { Announcement } from './Announcement';
import { adjustmentKey, settleAdjustment } from './pendingAdjustment';
import type { AdminProduct } from './productDraft';

const units = (count: number) => `${count} ${count === 1 ? 'unit' : 'units'}`;

/**
 * The product's stock: restock or take units away with inventoryAdjust. Each adjustment carries an
 * idempotency key of its own, kept while its outcome is unknown, so "Try again" after a timeout or
 * a lost answer (or a reload) sends the same key and the stock changes once.
 */
export function StockSection({ product }: { product: AdminProduct }) {
  const id = useId();
  const [delta, setDelta] = useState('');
  const [adjust, { loading }] = useMutation(AdminInventoryAdjustDocument);
  const [refusal, setRefusal] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState('');

  const send = async () => {
    const change = Number(delta);
    setFailure(undefined);
    setRefusal(undefined);
    setMessage('');
    if (!Number.isInteger(change) || change === 0) {
      setRefusal('Units: a whole number other than 0 (negative takes units away).');
      return;
    }
    const idempotencyKey = adjustmentKey(sessionStorage, product.id, change);
    try {
      const { data } = await adjust({ variables: { input: { productId: product.id, delta: change, idempotencyKey } } });
      if (!data) return;
      settleAdjustment(sessionStorage, product.id);
      const { product: adjusted, userErrors } = data.inventoryAdjust;
      if (userErrors.length) setRefusal(userErrors.map((error) => error.message).join(' '));
      else if (adjusted) {
        setDelta('');
        setMessage(`Stock adjusted by ${change > 0 ? '+' : ''}${change}: ${units(adjusted.stock)} in stock.`);
      }
    } catch (error) {
      // the outcome is unknown: the key stays, and "Try again" sends the same adjustment with it
      setFailure(error);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  return (
    <section aria-labelledby="stock-title">
      <h2 id="stock-title">Stock</h2>
      <p>
        {units(product.stock)} in stock; listed as low at or below {product.lowStockThreshold ?? 'the stage’s default'}.
      </p>
      <form className="admin-form" onSubmit={submit}>
        <fieldset>
          <legend>Adjust stock</legend>
          <label htmlFor={`${id}-delta`}>Units to add</label>
          <input
            id={`${id}-delta`}
            type="number"
            min={-1000000}
            max={1000000}
            step={1}
            value={delta}
            onChange={(event) => setDelta(event.target.value)}
            required
            aria-describedby={`${id}-delta-hint`}
          />
          <small id={`${id}-delta-hint`} className="hint">
            A restock adds units; a negative number takes them away (damaged, counted short).
          </small>
        </fieldset>
        {refusal ? <InputProblem message={refusal} /> : null}
        {failure ? <AdminError error={failure} onRetry={() => void send()} /> : null}
        <button type="submit" disabled={loading}>
          {loading ? 'Adjusting…' : 'Adjust stock'}
        </button>
        <Announcement message={message} />
      </form>
    </section>
  );
}
