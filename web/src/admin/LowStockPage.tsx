import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { AdminLowStockDocument } from '../../../generated/web/admin/graphql';
import { Loading } from '../components/ui';
import { AdminError } from './AdminError';
import { Announcement } from './Announcement';

/** The admin pages' start: active products at or below their low-stock threshold, lowest stock first, a page at a time (`lowStock`). */
export function LowStockPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminLowStockDocument, { fetchPolicy: 'cache-and-network' });
  const [more, setMore] = useState(false);
  const [message, setMessage] = useState('');
  const list = data?.lowStock;

  const loadMore = async () => {
    setMore(true);
    try {
      const { data: next } = await fetchMore({ variables: { after: list?.pageInfo.endCursor } });
      const added = next?.lowStock.edges.length ?? 0;
      setMessage(
        `${added} more ${added === 1 ? 'product' : 'products'} shown${next?.lowStock.pageInfo.hasNextPage ? '' : '; that is the whole list'}.`,
      );
    } finally {
      setMore(false);
    }
  };

  return (
    <section aria-labelledby="low-stock-title">
      <h1 id="low-stock-title">Low stock</h1>
      {loading && !data ? <Loading what="the low-stock list" /> : null}
      {error ? <AdminError error={error} onRetry={() => void refetch()} /> : null}
      {list && list.edges.length === 0 ? <p>No product is low on stock.</p> : null}
      {list && list.edges.length > 0 ? (
        <table className="admin-table">
          <caption>Active products at or below their low-stock threshold, lowest stock first</caption>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">SKU</th>
              <th scope="col">In stock</th>
              <th scope="col">Threshold</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node }) => (
              <tr key={node.product.id} data-sku={node.product.sku}>
                <td>
                  <Link to={`/admin/products/${node.product.id}`}>{node.product.name}</Link>
                </td>
                <td>{node.product.sku}</td>
                <td>{node.product.stock}</td>
                <td>{node.threshold}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list?.pageInfo.hasNextPage ? (
        <button type="button" onClick={() => void loadMore()} disabled={more}>
          {more ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
      <Announcement message={message} focus={!list?.pageInfo.hasNextPage} />
    </section>
  );
}
