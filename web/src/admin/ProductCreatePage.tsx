import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AdminCreateProductDocument } from '../../../generated/web/admin/graphql';
import { AdminError, InputProblem } from './AdminError';
import { ProductFields } from './ProductFields';
import { createInputOf, draftProblem, EMPTY_DRAFT, type ProductDraft } from './productDraft';

/** A new product: its SKU, its own fields and its opening stock; created, it opens in the editor. */
export function ProductCreatePage() {
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<ProductDraft>(() => ({ ...EMPTY_DRAFT, categoryId: params.get('category') ?? '' }));
  const [sku, setSku] = useState('');
  const [stock, setStock] = useState('0');
  const [invalid, setInvalid] = useState<string>();
  const [create, { loading, error }] = useMutation(AdminCreateProductDocument);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = draftProblem(draft);
    setInvalid(problem);
    if (problem) return;
    const result = await create({ variables: { input: createInputOf(draft, { sku, stock: Number(stock) }) } }).catch(() => undefined);
    const created = result?.data?.createProduct;
    if (created) void navigate(`/admin/products/${created.id}`, { state: { announce: `Created ${created.name}.` } });
  };

  return (
    <section aria-labelledby="new-product-title">
      <p className="crumbs">
        <Link to="/admin/products">Products</Link>
      </p>
      <h1 id="new-product-title">New product</h1>
      <form className="admin-form" onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>Product</legend>
          <label htmlFor={`${id}-sku`}>SKU</label>
          <input
            id={`${id}-sku`}
            value={sku}
            onChange={(event) => setSku(event.target.value)}
            required
            maxLength={64}
            aria-describedby={`${id}-sku-hint`}
          />
          <small id={`${id}-sku-hint`} className="hint">
            Letters, digits, dots, dashes and underscores; unique in any letter case.
          </small>
          <ProductFields draft={draft} onChange={setDraft} />
          <label htmlFor={`${id}-stock`}>Units in stock</label>
          <input id={`${id}-stock`} type="number" min={0} max={1000000} value={stock} onChange={(event) => setStock(event.target.value)} required />
        </fieldset>
        {invalid ? <InputProblem message={invalid} /> : null}
        {error ? <AdminError error={error} /> : null}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create product'}
        </button>
      </form>
    </section>
  );
}
