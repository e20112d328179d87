import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { CartDocument, type CartQuery } from '../../generated/web/graphql';
import type { Auth, Session } from './auth';
import { cart } from './cart';

export const AuthContext = createContext<Auth | undefined>(undefined);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthContext.Provider>');
  return auth;
}

export function useSession(): Session | undefined {
  const auth = useAuth();
  return useSyncExternalStore(auth.subscribe, auth.session);
}

/** The server cart's id the browser keeps; undefined before the first product is added. */
export function useCartId(): string | undefined {
  return useSyncExternalStore(cart.subscribe, cart.id);
}

/** The server cart itself; the cart mutations keep it current in Apollo's cache. A cart the API no longer has (expired, ordered) is forgotten. */
export function useCurrentCart() {
  const id = useCartId();
  const result = useQuery(CartDocument, { variables: { id: id ?? '' }, skip: !id });
  const gone = Boolean(id && result.data && result.data.cart === null);
  const quantity = result.data?.cart?.totalQuantity;
  useEffect(() => {
    if (gone) cart.setId(undefined);
    else if (quantity !== undefined) cart.rememberQuantity(quantity);
  }, [gone, quantity]);
  return { ...result, cart: id ? (result.data?.cart ?? undefined) : undefined };
}

/** The cart's number of units: the API's, or the last one it gave while it cannot be reached. */
export function useCartQuantity(): number {
  const remembered = useSyncExternalStore(cart.subscribe, cart.quantity);
  return useCurrentCart().cart?.totalQuantity ?? remembered;
}

export type ServerCart = NonNullable<CartQuery['cart']>;
