import { ServiceUnavailableError } from '../../core/errors';
import type { OrderItem } from '../../data/entities/order';
import { getOrderWithLines, type OrderWithLines } from '../../data/orders';
import { endPendingOrder } from '../orders/endPendingOrder';
import { HOLD_EXPIRED_NOTE, effectiveOrder, holdExpired } from '../orders/effectiveOrder';
import { markOrderPaid } from '../orders/markOrderPaid';
import type { OrderDeps } from '../orders/orderDeps';
import { PaymentProviderError } from '../payments/paymentErrors';
import { refuseCheckout } from './checkoutRefusedError';

export interface CheckoutPaymentConfirmInput {
  readonly customerId: string;
  readonly orderId: string;
  readonly paymentMethod: string;
  readonly idempotencyKey: string;
}

/** Provider codes that mean the shopper's payment method was refused (try another), not that the provider failed. */
const DECLINE_CODES = new Set(['card_declined', 'expired_card', 'incorrect_cvc', 'processing_error', 'incorrect_number', 'authentication_required']);

/**
 * Pays the customer's PENDING_PAYMENT order with a payment method. An expired hold is HOLD_EXPIRED
 * before the provider is called (the order is ended then, its units already back): nothing is
 * charged. The provider confirms: succeeded moves the order to PAID at once (the webhook that
 * follows finds it PAID and changes nothing); failed is PAYMENT_DECLINED and the order stays
 * pending until its hold expires; a step more (3-D Secure) leaves it pending until the webhook.
 */
export async function checkoutPaymentConfirm(deps: OrderDeps, input: CheckoutPaymentConfirmInput): Promise<OrderWithLines> {
  const { db, now } = deps;
  if (!/^.{1,64}$/su.test(input.idempotencyKey)) {
    refuseCheckout({ code: 'INVALID', field: ['input', 'idempotencyKey'], message: 'idempotencyKey must be 1 to 64 characters.' });
  }
  const found = await getOrderWithLines(db, { orderId: input.orderId, consistent: true });
  if (!found || found.order.customerId !== input.customerId) {
    return refuseCheckout({ code: 'ORDER_NOT_FOUND', field: ['input', 'orderId'], message: 'No such order of yours.' });
  }
  const { order, lines } = found;
  if (holdExpired(order, now)) {
    await endPendingOrder(deps, order, HOLD_EXPIRED_NOTE);
    return refuseCheckout({
      code: 'HOLD_EXPIRED',
      message: 'The items were held for you for a limited time, which has passed; nothing was charged. Check out again.',
    });
  }
  if (order.status !== 'PENDING_PAYMENT' || !order.paymentId) {
    return refuseCheckout({ code: 'ORDER_NOT_PENDING', field: ['input', 'orderId'], message: `The order is ${order.status}; it cannot be paid.` });
  }
  const provider = await deps.payments();
  let status: string;
  try {
    ({ status } = await provider.confirm({
      paymentId: order.paymentId,
      paymentMethod: input.paymentMethod,
      idempotencyKey: `confirm:${order.orderId}:${input.idempotencyKey}`,
    }));
  } catch (error) {
    if (error instanceof PaymentProviderError && DECLINE_CODES.has(error.providerCode ?? '')) return declined(error.message, error);
    if (error instanceof PaymentProviderError && error.providerCode === 'payment_intent_unexpected_state') {
      return refuseCheckout({ code: 'ORDER_NOT_PENDING', message: 'The payment is no longer waiting for a payment method.' }, { cause: error });
    }
    throw new ServiceUnavailableError('The payment provider cannot be reached; nothing was charged. Try again in a moment.', { cause: error });
  }
  if (status === 'failed' || status === 'requires_payment_method') return declined('The card was declined; try another.');
  if (status !== 'succeeded') return { order, lines };
  const paid = await markOrderPaid(deps, order);
  return { order: paid ?? (await reread(deps, order)), lines };
}

function declined(message: string, cause?: unknown): never {
  return refuseCheckout({ code: 'PAYMENT_DECLINED', field: ['input', 'paymentMethod'], message }, cause ? { cause } : undefined);
}

async function reread({ db, now }: OrderDeps, order: OrderItem): Promise<OrderItem> {
  const fresh = await getOrderWithLines(db, { orderId: order.orderId, consistent: true });
  return effectiveOrder(fresh?.order ?? order, now);
}
