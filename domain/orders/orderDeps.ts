import type { Db } from '../../data/db';
import type { PaymentLog } from '../payments/paymentEventHook';
import type { PaymentProvider } from '../payments/paymentProvider';

/** What the order's life needs: the table, the payment provider (loaded on first use), the time and a log. */
export interface OrderDeps {
  readonly db: Db;
  readonly payments: () => Promise<PaymentProvider>;
  readonly now: Date;
  readonly log?: PaymentLog;
}
