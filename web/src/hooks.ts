import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Auth, Session } from './auth';
import { cart, type CartLine } from './cart';

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

export function useCart(): CartLine[] {
  return useSyncExternalStore(cart.subscribe, cart.lines);
}
