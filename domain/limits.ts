/** Limits on what clients may send and what the store may hold; checked before any DynamoDB request. */
export const limits = {
  nameMaxLength: 200,
  titleMaxLength: 200,
  descriptionMaxLength: 5_000,
  reviewBodyMaxLength: 5_000,
  maxOrderLines: 25,
  maxLineQuantity: 99,
  /** Largest stock a product may hold (creating it, restocking or adjusting it, or an order's cancellation giving stock back). */
  maxStock: 1_000_000,
  /** Largest low-stock threshold, a product's or the default: the low-stock Query reads products with at most this stock. */
  maxLowStockThreshold: 1_000,
  /** Largest unit price in minor units: 1,000,000.00. */
  maxPriceAmount: 100_000_000,
  /**
   * Largest order total in minor units: 100,000,000.00. Far below 2^53, so every total is exact
   * and serialises as a `MoneyAmount`; orders above it are refused before anything is written.
   */
  maxOrderTotal: 10_000_000_000,
  /** Options per product (Shopify's limit): with the values and variants below, a product item stays far below DynamoDB's 400 KB. */
  maxOptions: 3,
  /** Values per option. */
  maxOptionValues: 50,
  /** Characters of an option's name or value. */
  optionTextMaxLength: 50,
  /** Variants per product, archived ones included (the list only grows): Shopify's long-standing limit. */
  maxVariants: 100,
} as const;
