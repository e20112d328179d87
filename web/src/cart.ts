/** The cart lives in the browser (localStorage): nothing in it is lost to an error, a reload or a sign-in. */
export interface CartLine {
  readonly productId: string;
  readonly name: string;
  readonly quantity: number;
  /** The unit price the shopper was shown; the order is placed at this price or not at all. */
  readonly unitPrice: { readonly amount: number; readonly currency: string };
}

const CART_KEY = 'storefront.cart';
const CHECKOUT_KEY = 'storefront.checkout';
const listeners = new Set<() => void>();
let lines: CartLine[] = JSON.parse(localStorage.getItem(CART_KEY) ?? '[]') as CartLine[];

function save(next: CartLine[]): void {
  lines = next;
  localStorage.setItem(CART_KEY, JSON.stringify(next));
  // another cart is another order: a new checkout key
  localStorage.removeItem(CHECKOUT_KEY);
  for (const listener of listeners) listener();
}

export const cart = {
  lines: (): CartLine[] => lines,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  add(line: CartLine): void {
    const existing = lines.find((candidate) => candidate.productId === line.productId);
    save(
      existing
        ? lines.map((candidate) => (candidate === existing ? { ...line, quantity: Math.min(99, existing.quantity + line.quantity) } : candidate))
        : [...lines, line],
    );
  },
  setQuantity(productId: string, quantity: number): void {
    save(
      quantity < 1
        ? lines.filter((line) => line.productId !== productId)
        : lines.map((line) => (line.productId === productId ? { ...line, quantity } : line)),
    );
  },
  /** The shopper confirmed the current prices: the same order, at those prices (the checkout key stays). */
  reprice(prices: ReadonlyArray<{ productId: string; unitPrice: CartLine['unitPrice'] }>): void {
    const key = localStorage.getItem(CHECKOUT_KEY);
    save(lines.map((line) => ({ ...line, unitPrice: prices.find((price) => price.productId === line.productId)?.unitPrice ?? line.unitPrice })));
    if (key) localStorage.setItem(CHECKOUT_KEY, key);
  },
  clear(): void {
    save([]);
  },
  /** The idempotency key of this cart's checkout: kept across retries, so a retry never orders twice. */
  checkoutKey(): string {
    let key = localStorage.getItem(CHECKOUT_KEY);
    if (!key) {
      key = `web-${crypto.randomUUID()}`;
      localStorage.setItem(CHECKOUT_KEY, key);
    }
    return key;
  },
};
