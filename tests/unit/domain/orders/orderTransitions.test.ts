import { ConflictError } from '../../../../core/errors';
import { assertTransition, canTransition } from '../../../../domain/orders/orderTransitions';

describe('order transitions', () => {
  it('lets a PLACED order be cancelled', () => {
    expect(canTransition('PLACED', 'CANCELLED')).toBe(true);
    expect(() => assertTransition({ orderId: 'o1', status: 'PLACED' }, 'CANCELLED')).not.toThrow();
  });

  it('refuses to cancel a CANCELLED order as a conflict naming the status it could be cancelled from', () => {
    expect(canTransition('CANCELLED', 'CANCELLED')).toBe(false);
    expect(() => assertTransition({ orderId: 'o1', status: 'CANCELLED' }, 'CANCELLED')).toThrow(ConflictError);
    expect(() => assertTransition({ orderId: 'o1', status: 'CANCELLED' }, 'CANCELLED')).toThrow(
      'Order "o1" is CANCELLED; only PLACED, PENDING_PAYMENT or PAID orders can be cancelled.',
    );
  });

  it('never moves an order back to PLACED', () => {
    expect(canTransition('CANCELLED', 'PLACED')).toBe(false);
    expect(canTransition('PLACED', 'PLACED')).toBe(false);
  });
});
