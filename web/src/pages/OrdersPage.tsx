import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { MyOrdersDocument, OrderCancelDocument } from '../../../generated/web/graphql';
import { ErrorState, Loading } from '../components/ui';
import { problemOf } from '../errors';
import { useSession } from '../hooks';
import { customerCanCancel, orderStatusLabel } from '../orderStatus';
import { formatMoney } from '../../../core/money';

export function OrdersPage() {
  const session = useSession();
  if (!session) {
    return (
      <p>
        <Link to="/signin">Sign in</Link> to see your orders.
      </p>
    );
  }
  return <Orders />;
}

function Orders() {
  const { data, loading, error, refetch } = useQuery(MyOrdersDocument, { fetchPolicy: 'network-only' });
  const [cancelOrder, cancelling] = useMutation(OrderCancelDocument);
  const orders = data?.me?.orders.edges.map(({ node }) => node) ?? [];
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">My orders</h1>
      {loading ? <Loading what="your orders" /> : null}
      {error ? <ErrorState problem={problemOf(error)} onRetry={() => void refetch()} /> : null}
      {cancelling.error ? <ErrorState problem={problemOf(cancelling.error)} /> : null}
      {cancelling.data?.orderCancel.userErrors[0] ? (
        <p className="error" role="alert">
          The order could not be cancelled: {cancelling.data.orderCancel.userErrors[0].message}
        </p>
      ) : null}
      {data && orders.length === 0 ? <p>No orders yet.</p> : null}
      <ul className="orders">
        {orders.map((order) => (
          <li key={order.id} data-order={order.id}>
            <h2>
              <Link to={`/orders/${order.id}`}>Order {order.id}</Link>{' '}
              <span className={`status ${order.status.toLowerCase()}`} data-status={order.status}>
                {orderStatusLabel(order.status)}
              </span>
            </h2>
            <p>
              {new Date(order.placedAt).toLocaleString('en-US')}, {formatMoney(order.total)}
              {order.trackingNumber ? `, tracking number ${order.trackingNumber}` : ''}
            </p>
            <ul>
              {order.items.map((item) => (
                <li key={item.sku}>
                  {item.quantity} × {item.name}
                  {item.selectedOptions.map((option) => `, ${option.name}: ${option.value}`).join('')} ({formatMoney(item.unitPrice)})
                </li>
              ))}
            </ul>
            {customerCanCancel(order.status) ? (
              <button
                type="button"
                disabled={cancelling.loading}
                onClick={() =>
                  void cancelOrder({ variables: { input: { orderId: order.id, expectedVersion: order.version } } })
                    .then(() => refetch())
                    .catch(() => undefined)
                }
              >
                Cancel order {order.id}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
