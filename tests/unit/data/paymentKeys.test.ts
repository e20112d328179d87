import { PaymentEntity } from '../../../data/entities/payment';
import { PaymentEventEntity } from '../../../data/entities/paymentEvent';
import { PaymentRefundEntity } from '../../../data/entities/paymentRefund';
import { NotificationEntity } from '../../../data/entities/notification';
import { paymentKeyPrefix } from '../../../data/payments';

const pkOf = (params: { Key?: Record<string, unknown> }) => String(params.Key?.pk);

describe('payment keys', () => {
  it('start every payment item (payment, refund, applied event) with the prefix the webhook role may write under', () => {
    // Act
    const prefix = paymentKeyPrefix();
    const keys = [
      pkOf(PaymentEntity.get({ paymentProvider: 'stripe', paymentId: 'pi_1' }).params({ table: 't' })),
      pkOf(PaymentRefundEntity.get({ paymentProvider: 'local', paymentId: 'lpi_1', refundId: 're_1' }).params({ table: 't' })),
      pkOf(PaymentEventEntity.get({ paymentProvider: 'stripe', eventId: 'evt_1' }).params({ table: 't' })),
    ];

    // Assess
    expect(prefix).toBe('$storefront#paymentProvider_');
    for (const key of keys) expect(key.startsWith(prefix)).toBe(true);
  });

  it('keeps a refund in its payment’s partition, and other items outside the prefix', () => {
    // Act
    const payment = pkOf(PaymentEntity.get({ paymentProvider: 'stripe', paymentId: 'pi_1' }).params({ table: 't' }));
    const refund = pkOf(PaymentRefundEntity.get({ paymentProvider: 'stripe', paymentId: 'pi_1', refundId: 're_1' }).params({ table: 't' }));
    const notification = pkOf(NotificationEntity.get({ channel: 'email', eventId: 'e' }).params({ table: 't' }));

    // Assess
    expect(refund).toBe(payment);
    expect(notification.startsWith(paymentKeyPrefix())).toBe(false);
  });
});
