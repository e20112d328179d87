import { useApolloClient } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  CartCreateDocument,
  CartDocument,
  CartDiscountCodesUpdateDocument,
  CartLinesAddDocument,
  CartLinesRemoveDocument,
  CartLinesUpdateDocument,
  CartShippingAddressUpdateDocument,
  CartShippingMethodUpdateDocument,
  type CartLineInput,
  type CartShippingAddressUpdateInput,
} from '../../generated/web/graphql';
import { cart } from './cart';
import { cartIsGone } from './cartText';

/** A refused cart change (`CartUserError`). */
export interface CartRefusal {
  readonly code: string;
  readonly message: string;
  readonly field?: readonly string[] | null;
  readonly lineId?: string | null;
  readonly available?: number | null;
}

type Refusal = CartRefusal;

/** Adds run one after another: a second add waits for the cart the first one creates, instead of creating another. */
let adding: Promise<unknown> = Promise.resolve();

/**
 * The cart's changes, each answering the refusals (empty when the change was made). Apollo's cache
 * takes the cart every change returns, so every page showing it is current. Adding to a cart the API
 * no longer has (expired, or completed by an order) starts a new one.
 */
export function useCartActions() {
  const client = useApolloClient();
  return useMemo(() => {
    const settle = <P extends { cart?: { id: string } | null; userErrors: Refusal[] }>(payload: P | undefined): Refusal[] => {
      if (!payload) return [{ code: 'INVALID', message: 'The store did not answer.', field: null, lineId: null, available: null }];
      if (payload.cart) cart.changed();
      else if (cartIsGone(payload.userErrors)) cart.setId(undefined);
      return payload.userErrors;
    };
    const cartId = () => cart.id() ?? '';
    const addNow = async (lines: CartLineInput[]): Promise<Refusal[]> => {
      const id = cart.id();
      if (id) {
        const { data } = await client.mutate({ mutation: CartLinesAddDocument, variables: { input: { cartId: id, lines } } });
        const errors = data?.cartLinesAdd.userErrors ?? [];
        if (!cartIsGone(errors)) return settle(data?.cartLinesAdd);
      }
      const { data } = await client.mutate({ mutation: CartCreateDocument, variables: { input: { lines } } });
      const created = data?.cartCreate.cart;
      if (created) {
        // the new cart is read from the cache by its id from here on
        client.writeQuery({ query: CartDocument, variables: { id: created.id }, data: { __typename: 'Query', cart: created } });
        cart.setId(created.id);
      }
      return data?.cartCreate.userErrors ?? [];
    };
    return {
      add(lines: CartLineInput[]): Promise<Refusal[]> {
        const next = adding.then(() => addNow(lines));
        adding = next.catch(() => undefined);
        return next;
      },
      async setQuantity(lineId: string, quantity: number): Promise<Refusal[]> {
        const { data } = await client.mutate({
          mutation: CartLinesUpdateDocument,
          variables: { input: { cartId: cartId(), lines: [{ id: lineId, quantity }] } },
        });
        return settle(data?.cartLinesUpdate);
      },
      async remove(lineId: string): Promise<Refusal[]> {
        const { data } = await client.mutate({ mutation: CartLinesRemoveDocument, variables: { input: { cartId: cartId(), lineIds: [lineId] } } });
        return settle(data?.cartLinesRemove);
      },
      async discountCodes(discountCodes: string[]): Promise<Refusal[]> {
        const { data } = await client.mutate({
          mutation: CartDiscountCodesUpdateDocument,
          variables: { input: { cartId: cartId(), discountCodes } },
        });
        return settle(data?.cartDiscountCodesUpdate);
      },
      async shippingAddress(where: Omit<CartShippingAddressUpdateInput, 'cartId'>): Promise<Refusal[]> {
        const { data } = await client.mutate({ mutation: CartShippingAddressUpdateDocument, variables: { input: { cartId: cartId(), ...where } } });
        return settle(data?.cartShippingAddressUpdate);
      },
      async shippingMethod(shippingMethodId: string): Promise<Refusal[]> {
        const { data } = await client.mutate({
          mutation: CartShippingMethodUpdateDocument,
          variables: { input: { cartId: cartId(), shippingMethodId } },
        });
        return settle(data?.cartShippingMethodUpdate);
      },
    };
  }, [client]);
}
