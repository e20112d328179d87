import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { OrderCancelDocument, OrderDocument } from '../../../generated/web/graphql';
import { addressLine } from '../checkout/addressForm';
import { ErrorState, Loading } from '../components/ui';
import { problemOf } from '../errors';
import { useSession } from '../hooks';
import { customerCanCancel, orderStatusLabel } from '../orderStatus';
import { formatMoney } from '../../../core/money';

const when = (at: string) => new Date(at).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** An order of the signed-in customer: status, history with times, lines, totals, address, shipping, tracking, refunds; cancel before it ships. */
export function OrderPage() {
  const session = useSession();
  if (!session) {
    return (
      <p>
        <Link to="/signin">Sign in</Link> to see your order.
      </p>
    );
  }
  return <Order />;
}

function Order() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrderDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [cancel, cancelling] = useMutation(OrderCancelDocument);
  const [refused, setRefused] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const order = data?.order;
  useEffect(() => heading.current?.focus(), [order?.id]);

  if (loading && !data) return <Loading what="your order" />;
  if (error && !order) return <ErrorState problem={problemOf(error)} onRetry={() => void refetch()} />;
  if (!order) return <p>There is no such order of yours.</p>;

  const cancelOrder = async () => {
    setConfirming(false);
    setRefused(undefined);
    const result = await cancel({ variables: { input: { orderId: order.id, expectedVersion: order.version } } }).catch(() => undefined);
    const [userError] = result?.data?.orderCancel.userErrors ?? [];
    if (userError) {
      setRefused(
        userError.code === 'VERSION_STALE' || userError.code === 'CONFLICT'
          ? 'This order changed meanwhile and can no longer be cancelled here. Its current state is shown below.'
          : userError.message,
      );
      void refetch();
    }
  };

  return (
    <article aria-labelledby="order-title" className="order" data-order={order.id}>
      <h1 id="order-title" ref={heading} tabIndex={-1}>
        Order {order.id}
      </h1>
      <p>
        <span className={`status ${order.status.toLowerCase()}`} data-status={order.status}>
          {orderStatusLabel(order.status)}
        </span>{' '}
        · placed {when(order.placedAt)}
      </p>
      {order.status === 'PENDING_PAYMENT' && order.holdExpiresAt ? (
        <p>Waiting for payment: the items are held until {when(order.holdExpiresAt)}; after that the order is cancelled and nothing is charged.</p>
      ) : null}
      {order.trackingNumber ? (
        <p>
          Tracking number: <strong data-tracking>{order.trackingNumber}</strong>
        </p>
      ) : null}
      <h2>Items</h2>
      <ul>
        {order.items.map((item) => (
          <li key={item.sku}>
            {item.quantity} × {item.product ? <Link to={`/product/${item.product.id}`}>{item.name}</Link> : item.name}
            {item.selectedOptions.map((option) => `, ${option.name}: ${option.value}`).join('')} ({formatMoney(item.unitPrice)})
          </li>
        ))}
      </ul>
      <dl className="totals">
        <dt>Subtotal</dt>
        <dd>{formatMoney(order.subtotal)}</dd>
        {order.discountTotal.amount > 0 ? (
          <>
            <dt>Discount{order.discountCodes.length ? ` (${order.discountCodes.join(', ')})` : ''}</dt>
            <dd>−{formatMoney(order.discountTotal)}</dd>
          </>
        ) : null}
        <dt>Shipping</dt>
        <dd>{formatMoney(order.shippingTotal)}</dd>
        <dt>Total</dt>
        <dd className="total">{formatMoney(order.total)}</dd>
        {order.refundedTotal.amount > 0 ? (
          <>
            <dt>Refunded</dt>
            <dd>{formatMoney(order.refundedTotal)}</dd>
          </>
        ) : null}
      </dl>
      {order.shippingAddress ? (
        <p>
          Ships to {addressLine(order.shippingAddress)}
          {order.shippingMethod ? `, ${order.shippingMethod.title}` : ''}
        </p>
      ) : null}
      {order.refunds.length ? (
        <>
          <h2>Refunds</h2>
          <ul>
            {order.refunds.map((refund) => (
              <li key={refund.id}>
                {formatMoney(refund.amount)} on {when(refund.createdAt)}
                {refund.reason ? `: ${refund.reason}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>History</h2>
      <ol className="history">
        {order.history.map((entry, index) => (
          <li key={`${entry.status}-${index}`}>
            <time dateTime={entry.at}>{when(entry.at)}</time>: {orderStatusLabel(entry.status)}
            {entry.note ? ` (${entry.note})` : ''}
          </li>
        ))}
      </ol>
      {customerCanCancel(order.status) ? (
        confirming ? (
          <p role="group" aria-label="Confirm cancelling">
            Cancel this order? {order.status === 'PAID' ? 'What you paid is refunded in full. ' : ''}
            <button type="button" autoFocus onClick={() => void cancelOrder()} disabled={cancelling.loading}>
              Yes, cancel order {order.id}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Cancel order {order.id}
          </button>
        )
      ) : null}
      {refused ? (
        <p className="error" role="alert">
          {refused}
        </p>
      ) : null}
      {cancelling.error ? <ErrorState problem={problemOf(cancelling.error)} onRetry={() => void cancelOrder()} /> : null}
      <p>
        <Link to="/orders">All your orders</Link>
      </p>
    </article>
  );
}
