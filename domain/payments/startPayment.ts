import type { Db } from '../../data/db';
import type { PaymentItem } from '../../data/entities/payment';
import { recordPayment } from '../../data/payments';
import type { CreatePaymentInput, PaymentProvider, ProviderPayment } from './paymentProvider';
import { PAYMENT_STATUS_RANK } from './paymentStatusRank';

/**
 * Starts a payment for a checkout: the provider creates it (idempotently, by the checkout's key),
 * then the payment's record is written, so webhooks about it find it. A retry with the same key
 * gets the same provider payment and keeps the first record. What the checkout calls in
 * `checkoutBegin` once the stock is held.
 */
export async function startPayment(
  { db, provider, now = () => new Date() }: { readonly db: Db; readonly provider: PaymentProvider; readonly now?: () => Date },
  input: CreatePaymentInput,
): Promise<{ readonly payment: ProviderPayment; readonly record: PaymentItem }> {
  const payment = await provider.createPayment(input);
  const at = now();
  const record = await recordPayment(db, {
    paymentProvider: provider.name,
    paymentId: payment.paymentId,
    checkoutId: input.checkoutId,
    orderId: input.orderId,
    customerId: input.customerId,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    statusRank: PAYMENT_STATUS_RANK[payment.status],
    statusAt: Math.floor(at.getTime() / 1000),
    createdAt: at.toISOString(),
  });
  return { payment, record };
}
