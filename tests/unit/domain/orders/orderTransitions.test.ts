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

  it('moves a checkout’s order forward only: paid, fulfilled, delivered; cancelled before it ships; refunded once paid', () => {
    expect(canTransition('PENDING_PAYMENT', 'PAID')).toBe(true);
    expect(canTransition('PAID', 'FULFILLED')).toBe(true);
    expect(canTransition('FULFILLED', 'DELIVERED')).toBe(true);
    expect(canTransition('DELIVERED', 'REFUNDED')).toBe(true);
    expect(canTransition('PAID', 'CANCELLED')).toBe(true);
    expect(canTransition('FULFILLED', 'CANCELLED')).toBe(false);
    expect(canTransition('PENDING_PAYMENT', 'REFUNDED')).toBe(false);
    expect(canTransition('PENDING_PAYMENT', 'FULFILLED')).toBe(false);
    expect(canTransition('REFUNDED', 'PAID')).toBe(false);
    expect(() => assertTransition({ orderId: 'o1', status: 'PAID' }, 'DELIVERED')).toThrow(
      'Order "o1" is PAID; only FULFILLED orders can be marked delivered.',
    );
  });
});
