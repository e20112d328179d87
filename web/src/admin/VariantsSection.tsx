import { useState } from 'react';
import { Announcement } from './Announcement';
import { NewVariantsForm } from './NewVariantsForm';
import type { VariantsProduct } from './variantDrafts';
import { VariantRow } from './VariantRow';

/**
 * The product's variants, archived ones too, in a table: each one's price and threshold (saved from
 * the product's version), stock and archiving; below it, new variants for the combinations of the
 * options that no active variant has.
 */
export function VariantsSection({ product, reload }: { product: VariantsProduct; reload: () => void }) {
  const [message, setMessage] = useState('');
  const currency = product.variants[0]?.price.currency ?? 'USD';
  const announce = (next: string) => setMessage(next);
  return (
    <section aria-labelledby="variants-title">
      <h2 id="variants-title">Variants</h2>
      <div className="table-scroll">
        <table className="admin-table">
          <caption>
            {product.variants.length} {product.variants.length === 1 ? 'variant' : 'variants'}, product version {product.version}
          </caption>
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">SKU</th>
              <th scope="col">Price ({currency})</th>
              <th scope="col">Low-stock threshold</th>
              <th scope="col">Stock</th>
              <th scope="col">Adjust stock</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {product.variants.map((variant) => (
              <VariantRow key={variant.id} productId={product.id} version={product.version} variant={variant} announce={announce} reload={reload} />
            ))}
          </tbody>
        </table>
      </div>
      <Announcement message={message} />
      <NewVariantsForm product={product} currency={currency} announce={announce} />
    </section>
  );
}
