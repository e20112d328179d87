/** The cart lives in the browser (localStorage): nothing in it is lost to an error, a reload or a sign-in. */
export interface CartLine {
  readonly productId: string;
  /** The variant ordered; left out on lines of a product with one variant added before the storefront knew variants. */
  readonly variantId?: string;
  /** The variant's option values (Size: M), empty or left out for a product without options. */
  readonly selectedOptions?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly name: string;
  readonly quantity: number;
  /** The unit price the shopper was shown; the order is placed at this price or not at all. */
  readonly unitPrice: { readonly amount: number; readonly currency: string };
}

const CART_KEY = 'storefront.cart';
const CHECKOUT_KEY = 'storefront.checkout';
const listeners = new Set<() => void>();

/** Two lines are the same when they order the same variant (a line without a variant id orders the product's only one). */
const sameLine = (line: Pick<CartLine, 'productId' | 'variantId'>, productId: string, variantId: string | undefined) =>
  line.productId === productId && (line.variantId ?? productId) === (variantId ?? productId);

/** A line's key, for lists: its product and variant. */
export const lineKey = (line: Pick<CartLine, 'productId' | 'variantId'>): string => `${line.productId}/${line.variantId ?? line.productId}`;

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
    const existing = lines.find((candidate) => sameLine(candidate, line.productId, line.variantId));
    save(
      existing
        ? lines.map((candidate) => (candidate === existing ? { ...line, quantity: Math.min(99, existing.quantity + line.quantity) } : candidate))
        : [...lines, line],
    );
  },
  /** The quantity of the line of `productId` (and `variantId`, when it names one); below 1 removes it. */
  setQuantity(productId: string, quantity: number, variantId?: string): void {
    save(
      quantity < 1
        ? lines.filter((line) => !sameLine(line, productId, variantId))
        : lines.map((line) => (sameLine(line, productId, variantId) ? { ...line, quantity } : line)),
    );
  },
  /** The shopper confirmed the current prices: the same order, at those prices (the checkout key stays). */
  reprice(prices: ReadonlyArray<{ productId: string; variantId?: string | null; unitPrice: CartLine['unitPrice'] }>): void {
    const key = localStorage.getItem(CHECKOUT_KEY);
    const priceOf = (line: CartLine) => prices.find((price) => sameLine(line, price.productId, price.variantId ?? undefined))?.unitPrice;
    save(lines.map((line) => ({ ...line, unitPrice: priceOf(line) ?? line.unitPrice })));
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
