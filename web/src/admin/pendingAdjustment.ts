/** Where the admin pages keep a stock adjustment that was sent but is not known to be done (sessionStorage in the browser). */
export interface KeyStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface Pending {
  readonly delta: number;
  readonly key: string;
}

const storageKey = (productId: string) => `storefront.admin.adjustment.${productId}`;

/**
 * The idempotency key for adjusting a product's stock by `delta`: a new key for a new adjustment,
 * and the same key again when the same adjustment is sent again before it was known to be done
 * (a retry after a timeout or a lost answer, a reload between them), so the API makes it once.
 * Another delta is another adjustment, with a key of its own.
 */
export function adjustmentKey(
  store: KeyStore,
  productId: string,
  delta: number,
  newKey: () => string = () => `admin-${crypto.randomUUID()}`,
): string {
  const stored = store.getItem(storageKey(productId));
  const pending = stored ? (JSON.parse(stored) as Pending) : undefined;
  if (pending?.delta === delta) return pending.key;
  const key = newKey();
  store.setItem(storageKey(productId), JSON.stringify({ delta, key } satisfies Pending));
  return key;
}

/** The API answered (adjusted, or refused with nothing written): the next adjustment of this product is a new one. */
export function settleAdjustment(store: KeyStore, productId: string): void {
  store.removeItem(storageKey(productId));
}
