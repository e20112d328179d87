import { BadUserInputError } from '../../core/errors';
import { getCart } from '../../data/carts';
import { mayUseCart } from '../../domain/cart/changeCart';
import { isCartId } from '../../domain/cart/cartIds';
import type { QueryResolvers } from '../../generated/graphql';

export const Query: Pick<QueryResolvers, 'cart'> = {
  async cart(_parent, { id }, { db, actor }) {
    if (!isCartId(id)) throw new BadUserInputError('id: not a cart id.', { details: { field: 'id' } });
    const cart = await getCart(db, { cartId: id, now: new Date() });
    // another customer's cart reads exactly like a missing one
    return cart && mayUseCart(cart, actor) ? cart : null;
  },
};
