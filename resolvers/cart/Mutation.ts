import { BadUserInputError } from '../../core/errors';
import { attachCart } from '../../domain/cart/attachCart';
import { setCartDiscountCodes, setCartShippingAddress, setCartShippingMethod } from '../../domain/cart/cartDetails';
import { isCartId } from '../../domain/cart/cartIds';
import { addCartLines, removeCartLines, updateCartLines } from '../../domain/cart/cartLineChanges';
import type { CartRequest } from '../../domain/cart/changeCart';
import { createCart } from '../../domain/cart/createCart';
import { createDiscountCode } from '../../domain/cart/createDiscountCode';
import type { MutationResolvers } from '../../generated/graphql';
import { requireAdmin } from '../access';
import type { Context } from '../context';
import { cartPayload } from './cartUserError';

type CartMutations =
  | 'cartCreate'
  | 'cartLinesAdd'
  | 'cartLinesUpdate'
  | 'cartLinesRemove'
  | 'cartDiscountCodesUpdate'
  | 'cartShippingAddressUpdate'
  | 'cartShippingMethodUpdate'
  | 'cartBuyerIdentityUpdate'
  | 'discountCodeCreate';

/** Who asks, now, and the stage's cart settings. */
function requestOf({ actor, settings }: Context): CartRequest & { shippingMethods: typeof settings.shippingMethods } {
  return { actor, now: new Date(), ttlHours: settings.cartTtlHours, shippingMethods: settings.shippingMethods };
}

/** A cart id as the input gives it; a malformed one is a client bug (BAD_USER_INPUT), not a user error. */
function cartIdOf(cartId: string): string {
  if (!isCartId(cartId)) throw new BadUserInputError('input.cartId: not a cart id.', { details: { field: 'input.cartId' } });
  return cartId;
}

export const Mutation: Pick<MutationResolvers, CartMutations> = {
  async cartCreate(_parent, { input }, context) {
    return cartPayload(await createCart(context.db, input, requestOf(context)));
  },
  async cartLinesAdd(_parent, { input }, context) {
    return cartPayload(await addCartLines(context.db, { cartId: cartIdOf(input.cartId), lines: input.lines }, requestOf(context)));
  },
  async cartLinesUpdate(_parent, { input }, context) {
    return cartPayload(await updateCartLines(context.db, { cartId: cartIdOf(input.cartId), lines: input.lines }, requestOf(context)));
  },
  async cartLinesRemove(_parent, { input }, context) {
    return cartPayload(await removeCartLines(context.db, { cartId: cartIdOf(input.cartId), lineIds: input.lineIds }, requestOf(context)));
  },
  async cartDiscountCodesUpdate(_parent, { input }, context) {
    return cartPayload(
      await setCartDiscountCodes(context.db, { cartId: cartIdOf(input.cartId), discountCodes: input.discountCodes }, requestOf(context)),
    );
  },
  async cartShippingAddressUpdate(_parent, { input }, context) {
    return cartPayload(await setCartShippingAddress(context.db, { ...input, cartId: cartIdOf(input.cartId) }, requestOf(context)));
  },
  async cartShippingMethodUpdate(_parent, { input }, context) {
    return cartPayload(
      await setCartShippingMethod(context.db, { cartId: cartIdOf(input.cartId), shippingMethodId: input.shippingMethodId }, requestOf(context)),
    );
  },
  async cartBuyerIdentityUpdate(_parent, { input }, context) {
    return cartPayload(await attachCart(context.db, { cartId: cartIdOf(input.cartId) }, requestOf(context)));
  },
  async discountCodeCreate(_parent, { input }, context) {
    requireAdmin(context);
    const result = await createDiscountCode(context.db, input);
    if (result.kind === 'refused')
      return { discountCode: null, userErrors: result.problems.map((problem) => ({ ...problem, field: [...problem.field] })) };
    return { discountCode: result.code, userErrors: [] };
  },
};
