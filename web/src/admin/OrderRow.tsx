import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  AdminOrderDocument,
  AdminOrderFulfillDocument,
  AdminOrderMarkDeliveredDocument,
  AdminOrderRefundDocument,
  type AdminOrdersQuery,
} from '../../../generated/web/admin/graphql';
import { orderStatusLabel } from '../orderStatus';
import { formatMoney } from '../../../core/money';
import { AdminError, InputProblem } from './AdminError';
import { toMinorUnits } from './moneyInput';
import { orderActions, orderRefusalText, refundKey, settleRefund, type OrderAction } from './orderActions';

type Order = AdminOrdersQuery['orders']['edges'][number]['node'];
type Refusal = { readonly code: string; readonly message: string };

/** One order with the moves its status allows, each sent with the version shown (`expectedVersion`); a refusal reads the order again and says what changed. */
export function OrderRow({ order, onDone }: { order: Order; onDone: (message: string) => void }) {
  const client = useApolloClient();
  const [fulfil, fulfilling] = useMutation(AdminOrderFulfillDocument);
  const [deliver, delivering] = useMutation(AdminOrderMarkDeliveredDocument);
  const [refund, refunding] = useMutation(AdminOrderRefundDocument);
  const [refused, setRefused] = useState<string>();
  const [invalid, setInvalid] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const busy = fulfilling.loading || delivering.loading || refunding.loading;
  const actions = orderActions(order);

  /** Runs a move; a refusal reads the order again (Apollo's cache then shows it as it is now) and is said with what it is now. */
  const move = async (action: OrderAction, send: () => Promise<{ order?: { status: string } | null; userErrors: Refusal[] } | undefined>) => {
    setRefused(undefined);
    setInvalid(undefined);
    setFailure(undefined);
    try {
      const payload = await send();
      const [userError] = payload?.userErrors ?? [];
      if (userError) {
        const { data } = await client.query({ query: AdminOrderDocument, variables: { id: order.id }, fetchPolicy: 'network-only' });
        setRefused(orderRefusalText(userError, action, data?.order ?? undefined));
        return false;
      }
      if (payload?.order) onDone(`Order ${order.id} is now ${orderStatusLabel(payload.order.status)}.`);
      return true;
    } catch (caught) {
      setFailure(caught);
      return false;
    }
  };

  const submitFulfil = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trackingNumber = String(new FormData(event.currentTarget).get('trackingNumber') ?? '').trim();
    if (!trackingNumber || trackingNumber.length > 100) {
      setInvalid('Enter the carrier’s tracking number (1 to 100 characters).');
      return;
    }
    void move(
      'fulfil',
      async () => (await fulfil({ variables: { input: { orderId: order.id, expectedVersion: order.version, trackingNumber } } })).data?.orderFulfill,
    );
  };

  const submitRefund = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('amount') ?? '').trim();
    const amount = text ? toMinorUnits(text, order.total.currency) : null;
    if (amount === undefined || amount === 0) {
      setInvalid(`Enter the amount to refund in ${order.total.currency} (12.50), or leave it empty to refund all that is left.`);
      return;
    }
    const reason = String(form.get('reason') ?? '').trim() || null;
    const idempotencyKey = refundKey(sessionStorage, order.id, amount);
    void move('refund', async () => {
      const payload = (await refund({ variables: { input: { orderId: order.id, expectedVersion: order.version, amount, reason, idempotencyKey } } }))
        .data?.orderRefund;
      if (payload) settleRefund(sessionStorage, order.id);
      return payload;
    });
  };

  const left = order.total.amount - order.refundedTotal.amount;
  return (
    <tr data-order={order.id}>
      <th scope="row">
        {order.id}
        <br />
        <small>{new Date(order.placedAt).toLocaleString('en-US')}</small>
      </th>
      <td>
        {order.customer.name ?? order.customer.email ?? order.customer.id}
        {order.shippingAddress ? (
          <small>
            <br />
            {[
              order.shippingAddress.name,
              order.shippingAddress.line1,
              order.shippingAddress.postalCode,
              order.shippingAddress.city,
              order.shippingAddress.countryCode,
            ].join(', ')}
            {order.shippingMethod ? ` (${order.shippingMethod.title})` : ''}
          </small>
        ) : null}
      </td>
      <td>
        {order.items.map((item) => (
          <div key={item.sku}>
            {item.quantity} × {item.name} <small>{item.sku}</small>
          </div>
        ))}
      </td>
      <td>
        {formatMoney(order.total)}
        {order.refundedTotal.amount > 0 ? <small> ({formatMoney(order.refundedTotal)} refunded)</small> : null}
      </td>
      <td data-status={order.status}>
        {orderStatusLabel(order.status)}
        {order.trackingNumber ? <small> · {order.trackingNumber}</small> : null}
      </td>
      <td className="order-actions">
        {actions.includes('fulfil') ? (
          <form onSubmit={submitFulfil}>
            <label>
              Tracking number<span className="visually-hidden"> for order {order.id}</span>
              <input name="trackingNumber" maxLength={100} />
            </label>
            <button type="submit" disabled={busy}>
              Fulfil<span className="visually-hidden"> order {order.id}</span>
            </button>
          </form>
        ) : null}
        {actions.includes('deliver') ? (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void move(
                'deliver',
                async () => (await deliver({ variables: { input: { orderId: order.id, expectedVersion: order.version } } })).data?.orderMarkDelivered,
              )
            }
          >
            Mark delivered<span className="visually-hidden"> order {order.id}</span>
          </button>
        ) : null}
        {actions.includes('refund') ? (
          <form onSubmit={submitRefund}>
            <label>
              Refund amount<span className="visually-hidden"> for order {order.id}</span> (empty: all{' '}
              {formatMoney({ amount: left, currency: order.total.currency })})
              <input name="amount" inputMode="decimal" />
            </label>
            <label>
              Reason<span className="visually-hidden"> for refunding order {order.id}</span>
              <input name="reason" maxLength={500} />
            </label>
            <button type="submit" disabled={busy}>
              Refund<span className="visually-hidden"> order {order.id}</span>
            </button>
          </form>
        ) : null}
        {invalid ? <InputProblem message={invalid} /> : null}
        {refused ? <MoveRefused message={refused} /> : null}
        {failure ? <AdminError error={failure} /> : null}
      </td>
    </tr>
  );
}

/** A refused move, focused when it appears so that a keyboard or screen-reader user meets it. */
function MoveRefused({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <p ref={ref} tabIndex={-1} className="error" role="alert" data-code="ORDER_REFUSED">
      {message}
    </p>
  );
}
