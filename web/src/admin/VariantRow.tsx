import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  AdminProductVariantArchiveDocument,
  AdminProductVariantUpdateDocument,
  AdminVariantInventoryAdjustDocument,
} from '../../../generated/web/admin/graphql';
import { AdminError } from './AdminError';
import { FieldProblem } from './FieldProblem';
import { fromMinorUnits, toMinorUnits } from './moneyInput';
import { adjustmentKey, settleAdjustment } from './pendingAdjustment';
import { messageFor, placeError, unplaced, type AdminVariant, type PlacedError } from './variantDrafts';

interface Props {
  readonly productId: string;
  /** The product's version this row's changes are based on (`expectedVersion`). */
  readonly version: number;
  readonly variant: AdminVariant;
  /** Says the outcome of an action in the section's live region. */
  readonly announce: (message: string) => void;
  /** The product changed meanwhile (VERSION_STALE): read it again. */
  readonly reload: () => void;
}

const thresholdOf = (text: string): number | null | undefined => {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
};

/**
 * One variant in the Variants table: its price and low-stock threshold, saved with productVariantUpdate
 * from the product's version (optimistic concurrency); its stock, adjusted with inventoryAdjust and an
 * idempotency key kept until the API answered (as the Stock section does); archiving it, asked twice.
 */
export function VariantRow({ productId, version, variant, announce, reload }: Props) {
  const id = useId();
  const currency = variant.price.currency;
  const [price, setPrice] = useState(() => fromMinorUnits(variant.price.amount, currency));
  const [threshold, setThreshold] = useState(() => (variant.lowStockThreshold ?? '').toString());
  const [delta, setDelta] = useState('');
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [failure, setFailure] = useState<{ error: unknown; retry: () => void }>();
  const [confirming, setConfirming] = useState(false);
  const [update, { loading: saving }] = useMutation(AdminProductVariantUpdateDocument);
  const [archive, { loading: archiving }] = useMutation(AdminProductVariantArchiveDocument);
  const [adjust, { loading: adjusting }] = useMutation(AdminVariantInventoryAdjustDocument);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);

  const start = () => {
    setErrors([]);
    setFailure(undefined);
  };

  const refuse = (problems: readonly PlacedError[]) => {
    setErrors([...problems]);
    if (problems.some((problem) => problem.field === 'expectedVersion')) reload();
  };

  const save = async () => {
    start();
    const amount = toMinorUnits(price, currency);
    const lowStockThreshold = thresholdOf(threshold);
    const invalid: PlacedError[] = [];
    if (amount === undefined) invalid.push({ field: 'price', index: undefined, message: `A price in ${currency}, such as 12.99.` });
    if (lowStockThreshold === undefined)
      invalid.push({ field: 'lowStockThreshold', index: undefined, message: 'A whole number from 0, or empty for the product’s.' });
    if (invalid.length) return setErrors(invalid);
    try {
      const { data } = await update({
        variables: {
          input: { productId, variantId: variant.id, expectedVersion: version, price: { amount: amount!, currency }, lowStockThreshold },
        },
      });
      if (!data) return;
      const { productVariant, userErrors } = data.productVariantUpdate;
      if (userErrors.length) refuse(userErrors.map(placeError));
      else if (productVariant) announce(`Saved ${productVariant.title}: the product is at version ${productVariant.product.version}.`);
    } catch (error) {
      setFailure({ error, retry: () => void save() });
    }
  };

  const adjustStock = async () => {
    start();
    const change = Number(delta);
    if (!Number.isInteger(change) || change === 0)
      return setErrors([{ field: 'stock', index: undefined, message: 'A whole number other than 0 (negative takes units away).' }]);
    const scope = `${productId}/${variant.id}`;
    const idempotencyKey = adjustmentKey(sessionStorage, scope, change);
    try {
      const { data } = await adjust({ variables: { input: { productId, variantId: variant.id, delta: change, idempotencyKey } } });
      if (!data) return;
      settleAdjustment(sessionStorage, scope);
      const { product, userErrors } = data.inventoryAdjust;
      if (userErrors.length) setErrors(userErrors.map((error) => ({ field: 'stock', index: undefined, message: error.message })));
      else if (product) {
        setDelta('');
        const stock = product.variants.find((candidate) => candidate.id === variant.id)?.stock;
        announce(`Stock of ${variant.title} adjusted by ${change > 0 ? '+' : ''}${change}: ${stock} in stock.`);
      }
    } catch (error) {
      // the outcome is unknown: the key stays, and "Try again" sends the same adjustment with it
      setFailure({ error, retry: () => void adjustStock() });
    }
  };

  const archiveIt = async () => {
    start();
    try {
      const { data } = await archive({ variables: { input: { productId, variantId: variant.id, expectedVersion: version } } });
      if (!data) return;
      const { productVariant, userErrors } = data.productVariantArchive;
      setConfirming(false);
      if (userErrors.length) refuse(userErrors.map(placeError));
      else if (productVariant) announce(`Archived ${variant.title} (${variant.sku}).`);
    } catch (error) {
      setFailure({ error, retry: () => void archiveIt() });
    }
  };

  const submit = (action: () => Promise<void>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action();
  };

  const archived = variant.status === 'ARCHIVED';
  const priceError = messageFor(errors, 'price');
  const thresholdError = messageFor(errors, 'lowStockThreshold');
  const stockError = messageFor(errors, 'stock');
  const rowError = unplaced(errors, ['price', 'lowStockThreshold', 'stock']);
  return (
    <tr data-sku={variant.sku}>
      <th scope="row">{variant.title}</th>
      <td>{variant.sku}</td>
      <td>
        {archived ? (
          fromMinorUnits(variant.price.amount, currency)
        ) : (
          <>
            <input
              form={`${id}-save`}
              aria-label={`Price of ${variant.title} (${currency})`}
              inputMode="decimal"
              size={8}
              value={price}
              onChange={(event) => setPrice(event.target.value)}
              aria-invalid={priceError ? true : undefined}
              aria-describedby={priceError ? `${id}-price-error` : undefined}
            />
            <FieldProblem id={`${id}-price-error`} message={priceError} />
          </>
        )}
      </td>
      <td>
        {archived ? (
          (variant.lowStockThreshold ?? '')
        ) : (
          <>
            <input
              form={`${id}-save`}
              aria-label={`Low-stock threshold of ${variant.title}`}
              type="number"
              min={0}
              max={1000}
              size={5}
              value={threshold}
              onChange={(event) => setThreshold(event.target.value)}
              aria-invalid={thresholdError ? true : undefined}
              aria-describedby={thresholdError ? `${id}-threshold-error` : undefined}
            />
            <FieldProblem id={`${id}-threshold-error`} message={thresholdError} />
          </>
        )}
      </td>
      <td>{variant.stock}</td>
      <td>
        {archived ? null : (
          <form id={`${id}-adjust`} className="row-form" onSubmit={submit(adjustStock)}>
            <input
              aria-label={`Units to add to ${variant.title}`}
              type="number"
              min={-1000000}
              max={1000000}
              step={1}
              size={6}
              value={delta}
              onChange={(event) => setDelta(event.target.value)}
              aria-invalid={stockError ? true : undefined}
              aria-describedby={stockError ? `${id}-stock-error` : undefined}
            />
            <button type="submit" disabled={adjusting}>
              {adjusting ? 'Adjusting…' : 'Adjust'}
              <span className="visually-hidden"> stock of {variant.title}</span>
            </button>
            <FieldProblem id={`${id}-stock-error`} message={stockError} />
          </form>
        )}
      </td>
      <td>{archived ? 'Archived' : 'Active'}</td>
      <td>
        {archived ? null : (
          <>
            <form id={`${id}-save`} className="row-form" onSubmit={submit(save)}>
              <button type="submit" disabled={saving}>
                {saving ? 'Saving…' : 'Save'}
                <span className="visually-hidden"> {variant.title}</span>
              </button>
            </form>
            {confirming ? (
              <div role="group" aria-label={`Archive ${variant.title}?`} className="confirm">
                <button ref={confirm} type="button" onClick={() => void archiveIt()} disabled={archiving}>
                  {archiving ? 'Archiving…' : `Archive ${variant.title}`}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                Archive<span className="visually-hidden"> {variant.title}…</span>
              </button>
            )}
          </>
        )}
        {rowError ? (
          <p className="error" role="alert">
            {rowError}
          </p>
        ) : null}
        {failure ? <AdminError error={failure.error} onRetry={failure.retry} /> : null}
      </td>
    </tr>
  );
}
