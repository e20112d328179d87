import { randomInt } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `length` random base62 characters (about 5.95 bits each). */
function randomBase62(length: number): string {
  return Array.from({ length }, () => BASE62[randomInt(62)]).join('');
}

/** A new cart id: `cart_` and 22 random base62 characters (131 bits), so holding the id is the right to an anonymous cart. */
export function newCartId(): string {
  return `cart_${randomBase62(22)}`;
}

export const CART_ID = /^cart_[0-9A-Za-z]{22}$/;

/** Whether a text has the shape of a cart id. */
export function isCartId(value: string): boolean {
  return CART_ID.test(value);
}

/** A new cart line id, stable for the line's life. */
export function newLineId(): string {
  return `line_${randomBase62(12)}`;
}

/** A new address-book id. */
export function newAddressId(): string {
  return `addr_${randomBase62(16)}`;
}
