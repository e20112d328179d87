import type { PaymentStatus } from './paymentProvider';

/**
 * Where each status sits in a payment's life: a webhook may move a payment to a higher rank, or to
 * another status of the same rank when its event is not older; nothing leaves the final rank. So a
 * late `processing` never overwrites `succeeded`, while a retry after a decline (`failed`, then
 * `processing`, then `succeeded`) goes through.
 */
export const PAYMENT_STATUS_RANK: Readonly<Record<PaymentStatus, number>> = {
  requires_payment_method: 0,
  requires_action: 1,
  processing: 1,
  failed: 1,
  succeeded: 2,
  canceled: 2,
};

export const FINAL_PAYMENT_RANK = 2;
