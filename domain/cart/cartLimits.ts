import { limits } from '../limits';

/** What a cart and an address book may hold. */
export const cartLimits = {
  maxLines: limits.maxOrderLines,
  maxLineQuantity: limits.maxLineQuantity,
  maxDiscountCodes: 5,
  maxAddresses: 10,
  /** Times a change is applied again to a cart another request changed first, before TRANSACTION_CONFLICT. */
  maxWriteAttempts: 5,
} as const;
