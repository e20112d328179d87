import { UnauthenticatedError } from '../../core/errors';
import { getCustomerAddress } from '../../data/customerAddresses';
import type { Db } from '../../data/db';
import type { CartItem, MailingAddressItem } from '../../data/entities/cart';
import { shippingMethodsFor, type ShippingMethod } from '../checkout/shippingMethods';
import { changeCart, type CartRequest } from './changeCart';
import { cartProblem, type CartChangeResult } from './cartProblem';
import { discountCodeEntries } from './discountCodeEntries';
import { checkMailingAddress, type MailingAddressInput } from './mailingAddress';

/** Replaces a cart's discount codes: the codes read (one BatchGetItem), then the version-conditioned write. */
export async function setCartDiscountCodes(
  db: Db,
  { cartId, discountCodes }: { cartId: string; discountCodes: readonly string[] },
  request: CartRequest,
): Promise<CartChangeResult<CartItem>> {
  const entries = await discountCodeEntries(db, discountCodes, ['input', 'discountCodes']);
  if ('problems' in entries) return { kind: 'refused', problems: entries.problems };
  return changeCart(db, cartId, request, () => ({ discountCodes: entries.codes }));
}

export interface ShippingAddressInput {
  readonly cartId: string;
  readonly addressId?: string | null;
  readonly address?: MailingAddressInput | null;
}

/**
 * Sets where a cart is shipped: an address of the signed-in caller's book (one GetItem), or one
 * given in full (checked). A chosen method the new country does not offer is cleared.
 */
export async function setCartShippingAddress(
  db: Db,
  input: ShippingAddressInput,
  request: CartRequest & { readonly shippingMethods: readonly ShippingMethod[] },
): Promise<CartChangeResult<CartItem>> {
  if ((input.addressId == null) === (input.address == null)) {
    return { kind: 'refused', problems: [cartProblem('INVALID', 'Give exactly one of addressId and address.', { field: ['input'] })] };
  }
  let address: MailingAddressItem;
  if (input.addressId != null) {
    if (request.actor.kind !== 'customer') throw new UnauthenticatedError('Sign in to use your address book.');
    const stored = /^[A-Za-z0-9_-]{1,64}$/.test(input.addressId)
      ? await getCustomerAddress(db, { customerId: request.actor.customerId, addressId: input.addressId })
      : null;
    if (!stored) {
      return {
        kind: 'refused',
        problems: [cartProblem('ADDRESS_NOT_FOUND', 'No address with this id in your address book.', { field: ['input', 'addressId'] })],
      };
    }
    const { customerId: _customerId, addressId: _addressId, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = stored;
    address = fields;
  } else {
    const checked = checkMailingAddress(input.address!);
    if ('problems' in checked) {
      return {
        kind: 'refused',
        problems: checked.problems.map((problem) => cartProblem('INVALID', problem.message, { field: ['input', 'address', problem.field] })),
      };
    }
    address = checked.address;
  }
  return changeCart(db, input.cartId, request, (cart) => {
    const offered = shippingMethodsFor(request, address.countryCode, cart.currency);
    const keepMethod = cart.shippingMethodId && offered.some((method) => method.id === cart.shippingMethodId);
    return keepMethod ? { shippingAddress: address } : { shippingAddress: address, shippingMethodId: undefined };
  });
}

/** Chooses one of the methods offered for the cart's address and currency; SHIPPING_METHOD_UNAVAILABLE otherwise. */
export async function setCartShippingMethod(
  db: Db,
  { cartId, shippingMethodId }: { cartId: string; shippingMethodId: string },
  request: CartRequest & { readonly shippingMethods: readonly ShippingMethod[] },
): Promise<CartChangeResult<CartItem>> {
  return changeCart(db, cartId, request, (cart) => {
    const offered = shippingMethodsFor(request, cart.shippingAddress?.countryCode, cart.currency);
    if (!offered.some((method) => method.id === shippingMethodId)) {
      return [
        cartProblem('SHIPPING_METHOD_UNAVAILABLE', 'This shipping method is not offered for the cart.', { field: ['input', 'shippingMethodId'] }),
      ];
    }
    return { shippingMethodId };
  });
}
