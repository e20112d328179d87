import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { AdminCategoriesDocument } from '../../../generated/web/admin/graphql';
import type { ProductDraft } from './productDraft';

/**
 * The inputs of a product's own fields (name, description, category, price, low-stock threshold),
 * the same when it is created and when it is edited; the page puts them in its fieldset.
 */
export function ProductFields({ draft, onChange }: { draft: ProductDraft; onChange: (draft: ProductDraft) => void }) {
  const id = useId();
  const { data } = useQuery(AdminCategoriesDocument);
  const set = (field: keyof ProductDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [field]: event.target.value });
  return (
    <>
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} value={draft.name} onChange={set('name')} required maxLength={200} />
      <label htmlFor={`${id}-description`}>Description</label>
      <textarea id={`${id}-description`} value={draft.description} onChange={set('description')} maxLength={5000} rows={3} />
      <label htmlFor={`${id}-category`}>Category</label>
      <select id={`${id}-category`} value={draft.categoryId} onChange={set('categoryId')} required>
        <option value="" disabled>
          Choose a category
        </option>
        {data?.categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-price`}>Price</label>
      <input
        id={`${id}-price`}
        value={draft.price}
        onChange={set('price')}
        required
        inputMode="decimal"
        pattern="\d+(\.\d{1,3})?"
        aria-describedby={`${id}-price-hint`}
      />
      <small id={`${id}-price-hint`} className="hint">
        In the currency’s units, for example 12.99.
      </small>
      <label htmlFor={`${id}-currency`}>Currency</label>
      <input id={`${id}-currency`} value={draft.currency} onChange={set('currency')} required pattern="[A-Z]{3}" maxLength={3} size={4} />
      <label htmlFor={`${id}-threshold`}>Low-stock threshold</label>
      <input
        id={`${id}-threshold`}
        type="number"
        min={0}
        max={1000}
        value={draft.lowStockThreshold}
        onChange={set('lowStockThreshold')}
        aria-describedby={`${id}-threshold-hint`}
      />
      <small id={`${id}-threshold-hint`} className="hint">
        Listed as low on stock at or below this. Left empty: the stage’s default.
      </small>
    </>
  );
}
