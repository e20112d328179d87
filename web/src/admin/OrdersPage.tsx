import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { AdminOrdersDocument, type OrderStatus } from '../../../generated/web/admin/graphql';
import { Loading } from '../components/ui';
import { orderStatusLabel } from '../orderStatus';
import { AdminError } from './AdminError';
import { Announcement } from './Announcement';
import { OrderRow } from './OrderRow';

const STATUSES: readonly OrderStatus[] = ['PAID', 'FULFILLED', 'DELIVERED', 'PENDING_PAYMENT', 'PLACED', 'CANCELLED', 'REFUNDED'];

/** Orders by status, newest first (`orders(status)`, 20 a page): fulfil with a tracking number, mark delivered, refund. */
export function OrdersPage() {
  const [status, setStatus] = useState<OrderStatus>('PAID');
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminOrdersDocument, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const [message, setMessage] = useState('');
  const list = data?.orders;

  return (
    <section aria-labelledby="orders-admin-title">
      <h1 id="orders-admin-title">Orders</h1>
      <label>
        Status{' '}
        <select value={status} onChange={(event) => setStatus(event.target.value as OrderStatus)}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {orderStatusLabel(value)}
            </option>
          ))}
        </select>
      </label>
      {loading && !data ? <Loading what="the orders" /> : null}
      {error ? <AdminError error={error} onRetry={() => void refetch()} /> : null}
      {list && list.edges.length === 0 ? <p>No order is {orderStatusLabel(status).toLowerCase()}.</p> : null}
      {list && list.edges.length > 0 ? (
        <table className="admin-table orders-table">
          <caption>{orderStatusLabel(status)} orders, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Customer and address</th>
              <th scope="col">Items</th>
              <th scope="col">Total</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node }) => (
              <OrderRow key={node.id} order={node} onDone={setMessage} />
            ))}
          </tbody>
        </table>
      ) : null}
      {list?.pageInfo.hasNextPage ? (
        <button type="button" onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
          Load more
        </button>
      ) : null}
      <Announcement message={message} />
    </section>
  );
}
