import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { AdminArchiveProductDocument } from '../../../generated/web/admin/graphql';
import { AdminError } from './AdminError';
import { Announcement } from './Announcement';
import type { AdminProduct } from './productDraft';

/** Whether the product is on sale, and archiving it (asked twice: there is no way back here). */
export function ArchiveSection({ product }: { product: AdminProduct }) {
  const [archive, { loading, error }] = useMutation(AdminArchiveProductDocument);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);

  const run = async () => {
    const result = await archive({ variables: { id: product.id } }).catch(() => undefined);
    if (result?.data) {
      setConfirming(false);
      setMessage(`Archived ${result.data.archiveProduct.name}.`);
    }
  };

  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">Status</h2>
      {product.status === 'ARCHIVED' ? (
        <p>Archived: off the category listings and cannot be ordered; still found by id and SKU, and on past orders.</p>
      ) : (
        <>
          <p>Active: listed in {product.category.name} and on sale.</p>
          {confirming ? (
            <div role="group" aria-labelledby="archive-question" className="confirm">
              <p id="archive-question">
                Archive {product.name}? It leaves the listings and can no longer be ordered or reviewed. These pages cannot bring it back.
              </p>
              <button ref={confirm} type="button" className="primary" onClick={() => void run()} disabled={loading}>
                {loading ? 'Archiving…' : `Archive ${product.name}`}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                Keep it on sale
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Archive…
            </button>
          )}
          {error ? <AdminError error={error} /> : null}
        </>
      )}
      <Announcement message={message} />
    </section>
  );
}
