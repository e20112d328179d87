import { PaymentEntity } from '../../../data/entities/payment';
import { PaymentEventEntity } from '../../../data/entities/paymentEvent';
import { PaymentRefundEntity } from '../../../data/entities/paymentRefund';
import { NotificationEntity } from '../../../data/entities/notification';
import { paymentKeyPrefix } from '../../../data/payments';
import { orderPaymentKeyPrefixes } from '../../../data/orderPaymentKeyPrefixes';
import { OrderLineEntity } from '../../../data/entities/orderLine';
import { DiscountCodeUseEntity } from '../../../data/entities/discountCodeUse';
import { CartEntity } from '../../../data/entities/cart';
import { CustomerEntity } from '../../../data/entities/customer';
import { AliasSettingsEntity } from '../../../data/entities/aliasSettings';

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

  it('cover every item a payment event moves (order and its lines, held product, cart, discount code and its uses), and not customers or settings', () => {
    // Arrange
    const prefixes = orderPaymentKeyPrefixes();
    const under = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));

    // Act
    const moved = [
      pkOf(OrderLineEntity.get({ orderId: 'ord_1', lineNo: 1 }).params({ table: 't' })),
      pkOf(CartEntity.get({ cartId: 'cart_1' }).params({ table: 't' })),
      pkOf(DiscountCodeUseEntity.get({ codeKey: 'WELCOME10', customerId: 'cus_1' }).params({ table: 't' })),
    ];
    const others = [
      pkOf(CustomerEntity.get({ customerId: 'cus_1' }).params({ table: 't' })),
      pkOf(AliasSettingsEntity.get({ alias: 'prod' }).params({ table: 't' })),
    ];

    // Assess
    expect(moved.filter((key) => !under(key))).toEqual([]);
    expect(others.filter(under)).toEqual([]);
  });
});
