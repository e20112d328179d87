import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { CartBuyerIdentityUpdateDocument, CartCreateDocument, CartDocument, MyCartDocument } from '../../../generated/web/graphql';
import { cart } from '../cart';
import { cartIsGone } from '../cartText';
import { useSession } from '../hooks';

/** The customer and cart last attached in this tab, so a reload does not attach them again. */
const ATTACHED_KEY = 'storefront.cartAttached';

/**
 * Keeps the browser's cart id right, rendering nothing:
 * - on sign-in, the anonymous cart is attached to the customer (`cartBuyerIdentityUpdate`, merged
 *   with the cart they had); without one, the customer's own cart (`me.cart`) becomes the cart;
 * - a cart an earlier build kept in the browser is carried into a server cart once.
 * A failure leaves things as they were: the cart is still the anonymous one, and the next sign-in tries again.
 */
export function CartKeeper() {
  const client = useApolloClient();
  const session = useSession();
  const customer = session?.sub;

  useEffect(() => {
    const legacy = cart.legacyLines();
    if (!legacy.length || cart.id()) return;
    const lines = legacy.map((line) => ({ merchandiseId: line.variantId ?? line.productId, quantity: line.quantity }));
    void client
      .mutate({ mutation: CartCreateDocument, variables: { input: { lines } } })
      .then(({ data }) => {
        const created = data?.cartCreate.cart;
        if (!created) return;
        client.writeQuery({ query: CartDocument, variables: { id: created.id }, data: { __typename: 'Query', cart: created } });
        cart.setId(created.id);
        cart.forgetLegacyLines();
      })
      .catch(() => undefined);
  }, [client]);

  useEffect(() => {
    if (!customer) return;
    const attach = async () => {
      const id = cart.id();
      if (id && sessionStorage.getItem(ATTACHED_KEY) === `${customer}/${id}`) return;
      if (id) {
        const { data } = await client.mutate({ mutation: CartBuyerIdentityUpdateDocument, variables: { input: { cartId: id } } });
        const payload = data?.cartBuyerIdentityUpdate;
        if (payload?.cart) {
          cart.changed();
          sessionStorage.setItem(ATTACHED_KEY, `${customer}/${payload.cart.id}`);
          return;
        }
        if (!payload || !cartIsGone(payload.userErrors)) return;
      }
      const { data } = await client.query({ query: MyCartDocument, fetchPolicy: 'network-only' });
      const own = data?.me?.cart;
      if (own) client.writeQuery({ query: CartDocument, variables: { id: own.id }, data: { __typename: 'Query', cart: own } });
      cart.setId(own?.id);
      if (own) sessionStorage.setItem(ATTACHED_KEY, `${customer}/${own.id}`);
    };
    attach().catch(() => undefined);
  }, [client, customer]);

  return null;
}
