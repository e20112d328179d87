import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AdminProductVariantsCreateDocument } from '../../../generated/web/admin/graphql';
import { AdminError, InputProblem } from './AdminError';
import { FieldProblem } from './FieldProblem';
import { toMinorUnits } from './moneyInput';
import { messageFor, openCombinations, placeError, titleOf, unplaced, type PlacedError, type VariantsProduct } from './variantDrafts';

interface Row {
  readonly sku: string;
  readonly price: string;
  readonly stock: string;
}

const EMPTY_ROW: Row = { sku: '', price: '', stock: '0' };

/**
 * New variants, one per option combination no active variant has yet: the combinations given a SKU
 * are created together with productVariantsCreate (all or nothing), each refusal beside its field.
 */
export function NewVariantsForm({
  product,
  currency,
  announce,
}: {
  product: VariantsProduct;
  currency: string;
  announce: (message: string) => void;
}) {
  const id = useId();
  const open = openCombinations(product);
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [create, { loading }] = useMutation(AdminProductVariantsCreateDocument);
  if (!open.length) return null;

  const rowOf = (title: string) => rows[title] ?? EMPTY_ROW;
  const change = (title: string, next: Partial<Row>) => setRows({ ...rows, [title]: { ...rowOf(title), ...next } });
  const chosen = open.filter((selected) => rowOf(titleOf(selected)).sku.trim());

  const send = async () => {
    setErrors([]);
    setFailure(undefined);
    if (!chosen.length) return setErrors([{ field: undefined, index: undefined, message: 'Give a SKU to each combination to create.' }]);
    const invalid: PlacedError[] = [];
    const variants = chosen.map((selected, index) => {
      const row = rowOf(titleOf(selected));
      const amount = toMinorUnits(row.price, currency);
      const stock = Number(row.stock);
      if (amount === undefined) invalid.push({ field: 'price', index, message: `A price in ${currency}, such as 12.99.` });
      if (!Number.isInteger(stock) || stock < 0) invalid.push({ field: 'stock', index, message: 'A whole number from 0.' });
      return { sku: row.sku.trim(), price: { amount: amount ?? 0, currency }, stock, selectedOptions: selected };
    });
    if (invalid.length) return setErrors(invalid);
    try {
      const { data } = await create({ variables: { input: { productId: product.id, variants, expectedVersion: product.version } } });
      if (!data) return;
      const { productVariants, userErrors } = data.productVariantsCreate;
      if (userErrors.length) return setErrors(userErrors.map(placeError));
      setRows({});
      announce(
        `Created ${productVariants.length} ${productVariants.length === 1 ? 'variant' : 'variants'}: ${productVariants.map((variant) => variant.sku).join(', ')}.`,
      );
    } catch (error) {
      setFailure(error);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  /** A refusal's position counts the combinations sent, in order: those with a SKU. */
  const errorAt = (field: string, title: string) => {
    const index = chosen.findIndex((selected) => titleOf(selected) === title);
    return index < 0 ? undefined : messageFor(errors, field, index);
  };
  const general = unplaced(errors, ['sku', 'price', 'stock']);
  return (
    <form className="admin-form wide" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>New variants</h3>
      <p className="hint" id={`${id}-hint`}>
        Give a SKU to each combination to sell; combinations left without one are not created.
      </p>
      <table className="admin-table">
        <caption>Option combinations without a variant</caption>
        <thead>
          <tr>
            <th scope="col">Combination</th>
            <th scope="col">SKU</th>
            <th scope="col">Price ({currency})</th>
            <th scope="col">Units in stock</th>
          </tr>
        </thead>
        <tbody>
          {open.map((selected, position) => {
            const title = titleOf(selected);
            const row = rowOf(title);
            const problems = {
              sku: errorAt('sku', title) ?? errorAt('selectedOptions', title),
              price: errorAt('price', title),
              stock: errorAt('stock', title),
            };
            return (
              <tr key={title}>
                <th scope="row">{title}</th>
                {(['sku', 'price', 'stock'] as const).map((field) => (
                  <td key={field}>
                    <input
                      aria-label={`${field === 'sku' ? 'SKU' : field === 'price' ? 'Price' : 'Units in stock'} of ${title}`}
                      value={row[field]}
                      onChange={(event) => change(title, { [field]: event.target.value })}
                      inputMode={field === 'sku' ? undefined : field === 'price' ? 'decimal' : 'numeric'}
                      size={field === 'sku' ? 14 : 8}
                      aria-invalid={problems[field] ? true : undefined}
                      aria-describedby={problems[field] ? `${id}-${position}-${field}-error` : undefined}
                    />
                    <FieldProblem id={`${id}-${position}-${field}-error`} message={problems[field]} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {general ? <InputProblem message={general} /> : null}
      {failure ? <AdminError error={failure} onRetry={() => void send()} /> : null}
      <button type="submit" className="primary" disabled={loading}>
        {loading ? 'Creating…' : 'Create variants'}
      </button>
    </form>
  );
}
