/**
 * What the browser keeps of the shopper's cart: the server cart's id (the cart itself lives on the
 * server), the idempotency key of the current checkout attempt and of the current payment attempt.
 * Everything is in localStorage, so a reload, an error or a sign-in loses nothing.
 */

/** The part of `Storage` the cart uses (localStorage in the browser, a map in the tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A line of the cart an earlier build kept in the browser, before the cart lived on the server. */
export interface LegacyCartLine {
  readonly productId: string;
  readonly variantId?: string;
  readonly quantity: number;
}

export const CART_ID_KEY = 'storefront.cartId';
export const CHECKOUT_KEY = 'storefront.checkout';
export const PAYMENT_KEY = 'storefront.payment';
export const LEGACY_CART_KEY = 'storefront.cart';
export const QUANTITY_KEY = 'storefront.cartQuantity';

export interface CartStore {
  /** The server cart's id; undefined until the first product is added. */
  id(): string | undefined;
  /** Keeps another cart's id (or none: the cart was completed, expired or is gone); a new cart is a new checkout. */
  setId(id: string | undefined): void;
  subscribe(listener: () => void): () => void;
  /** The cart's number of units when the API last answered: the header shows it while the API cannot be reached. */
  quantity(): number;
  rememberQuantity(quantity: number): void;
  /** The cart's contents changed: the next checkout is another attempt, with a key of its own. */
  changed(): void;
  /** The idempotency key of this cart's checkout attempt: kept across retries and reloads until the attempt ends, so a retry never orders twice. */
  checkoutKey(): string;
  /** The attempt ended (its hold expired, its order was cancelled or paid): the next checkout gets a new key. */
  endAttempt(): void;
  /** The idempotency key of paying `orderId` with the card being tried: a retry of the same attempt never charges twice. */
  paymentKey(orderId: string): string;
  /** That payment attempt ended (declined): another card is another attempt. */
  endPaymentAttempt(): void;
  /** Lines an earlier build kept in the browser, to carry into a server cart once; empty when none. */
  legacyLines(): LegacyCartLine[];
  forgetLegacyLines(): void;
}

export function createCartStore(storage: () => KeyValueStorage, newKey: () => string = () => `web-${crypto.randomUUID()}`): CartStore {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const endAttempt = () => {
    storage().removeItem(CHECKOUT_KEY);
    storage().removeItem(PAYMENT_KEY);
  };
  return {
    id: () => storage().getItem(CART_ID_KEY) ?? undefined,
    setId(id) {
      if (id === (storage().getItem(CART_ID_KEY) ?? undefined)) return;
      if (id) storage().setItem(CART_ID_KEY, id);
      else storage().removeItem(CART_ID_KEY);
      storage().removeItem(QUANTITY_KEY);
      endAttempt();
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    quantity: () => (storage().getItem(CART_ID_KEY) ? Number(storage().getItem(QUANTITY_KEY) ?? 0) || 0 : 0),
    rememberQuantity(quantity) {
      if (String(quantity) === storage().getItem(QUANTITY_KEY)) return;
      storage().setItem(QUANTITY_KEY, String(quantity));
      notify();
    },
    changed: endAttempt,
    checkoutKey() {
      let key = storage().getItem(CHECKOUT_KEY);
      if (!key) {
        key = newKey();
        storage().setItem(CHECKOUT_KEY, key);
      }
      return key;
    },
    endAttempt,
    paymentKey(orderId) {
      const kept = JSON.parse(storage().getItem(PAYMENT_KEY) ?? 'null') as { orderId: string; key: string } | null;
      if (kept?.orderId === orderId) return kept.key;
      const key = newKey();
      storage().setItem(PAYMENT_KEY, JSON.stringify({ orderId, key }));
      return key;
    },
    endPaymentAttempt: () => storage().removeItem(PAYMENT_KEY),
    legacyLines() {
      try {
        const lines = JSON.parse(storage().getItem(LEGACY_CART_KEY) ?? '[]') as unknown;
        return Array.isArray(lines)
          ? lines.filter(
              (line): line is LegacyCartLine =>
                typeof line?.productId === 'string' && Number.isInteger(line.quantity) && line.quantity > 0 && line.quantity < 100,
            )
          : [];
      } catch {
        return [];
      }
    },
    forgetLegacyLines: () => storage().removeItem(LEGACY_CART_KEY),
  };
}

/** The storefront's cart, in the browser's localStorage. */
export const cart: CartStore = createCartStore(() => localStorage);
