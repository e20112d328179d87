import type { CartItem, CartLineItem } from '../../data/entities/cart';
import type { ProductItem } from '../../data/entities/product';
import { findVariant } from '../../data/variants';
import { availableUnits } from '../stock/availableUnits';
import { cartLimits } from './cartLimits';
import { cartProblem, type CartProblem } from './cartProblem';

/** A line a client asks for: a variant by id and a quantity. */
export interface LineRequest {
  readonly merchandiseId: string;
  readonly quantity: number;
}

type Lines = Pick<CartItem, 'lines' | 'currency'>;

/** Why a line's quantity cannot be had: OUT_OF_STOCK with none left, INSUFFICIENT_STOCK with fewer. */
function stockProblem(quantity: number, available: number, extra: Omit<CartProblem, 'code' | 'message'>): CartProblem | undefined {
  if (quantity <= available) return undefined;
  return available === 0
    ? cartProblem('OUT_OF_STOCK', 'This item is sold out.', { ...extra, available })
    : cartProblem('INSUFFICIENT_STOCK', `Only ${available} available.`, { ...extra, available });
}

/**
 * Adds lines to a cart: a variant already in the cart adds to its line's quantity, others become
 * new lines at the end. Refused (every problem at once) when a variant is not for sale, priced
 * in another currency than the cart's, a quantity is out of 1–99 or above what is available, or
 * the cart would hold more than 25 lines. The first line sets the cart's currency.
 */
export function addLines(
  cart: Lines,
  requested: readonly LineRequest[],
  {
    products,
    now,
    newLineId,
    field = ['input', 'lines'],
  }: { products: ReadonlyMap<string, ProductItem>; now: Date; newLineId: () => string; field?: string[] },
): Lines | CartProblem[] {
  const problems: CartProblem[] = [];
  if (requested.length > cartLimits.maxLines) {
    return [cartProblem('LIMIT_EXCEEDED', `A cart holds at most ${cartLimits.maxLines} lines.`, { field })];
  }
  const lines = cart.lines.map((line) => ({ ...line }));
  let currency = cart.lines.length ? cart.currency : undefined;
  requested.forEach((request, index) => {
    const at = [...field, String(index)];
    if (!Number.isInteger(request.quantity) || request.quantity < 1) {
      problems.push(cartProblem('INVALID', 'A quantity is 1 to 99.', { field: [...at, 'quantity'] }));
      return;
    }
    const product = products.get(request.merchandiseId);
    const variant = product && findVariant(product, request.merchandiseId);
    if (!product || !variant || variant.status !== 'ACTIVE' || product.status !== 'ACTIVE') {
      problems.push(cartProblem('MERCHANDISE_NOT_FOUND', 'This item is not for sale.', { field: [...at, 'merchandiseId'] }));
      return;
    }
    currency ??= variant.currency;
    if (variant.currency !== currency) {
      problems.push(
        cartProblem('CURRENCY_MISMATCH', `This item is priced in ${variant.currency}; the cart is in ${currency}.`, {
          field: [...at, 'merchandiseId'],
        }),
      );
      return;
    }
    let line = lines.find((existing) => existing.variantId === variant.variantId);
    if (!line) {
      line = { lineId: newLineId(), productId: product.productId, variantId: variant.variantId, quantity: 0 };
      lines.push(line);
    }
    line.quantity += request.quantity;
  });
  if (problems.length) return problems;
  for (const line of lines) {
    const before = cart.lines.find((existing) => existing.lineId === line.lineId)?.quantity ?? 0;
    if (line.quantity === before) continue;
    const index = requested.findIndex((request) => request.merchandiseId === line.variantId);
    const extra = { field: [...field, String(index), 'quantity'], lineId: line.lineId };
    if (line.quantity > cartLimits.maxLineQuantity) {
      problems.push(cartProblem('LIMIT_EXCEEDED', `A line holds at most ${cartLimits.maxLineQuantity} units.`, extra));
      continue;
    }
    const problem = stockProblem(line.quantity, availableUnits(products.get(line.variantId)!, line.variantId, now), extra);
    if (problem) problems.push(problem);
  }
  if (lines.length > cartLimits.maxLines)
    problems.push(cartProblem('LIMIT_EXCEEDED', `A cart holds at most ${cartLimits.maxLines} lines.`, { field }));
  if (problems.length) return problems;
  return { lines, ...(currency ? { currency } : {}) };
}

/**
 * Sets lines' quantities (0 removes a line). Refused when a line id is not in the cart, a quantity
 * is out of 0–99, or a raised quantity is above what is available.
 */
export function updateLines(
  cart: Lines,
  updates: ReadonlyArray<{ readonly id: string; readonly quantity: number }>,
  { products, now }: { products: ReadonlyMap<string, ProductItem>; now: Date },
): Pick<CartItem, 'lines'> | CartProblem[] {
  const problems: CartProblem[] = [];
  const quantities = new Map<string, number>();
  updates.forEach((update, index) => {
    const at = ['input', 'lines', String(index)];
    const line = cart.lines.find((existing) => existing.lineId === update.id);
    if (!line) problems.push(cartProblem('LINE_NOT_FOUND', 'No line with this id in the cart.', { field: [...at, 'id'], lineId: update.id }));
    else if (!Number.isInteger(update.quantity) || update.quantity < 0) {
      problems.push(cartProblem('INVALID', 'A quantity is 0 to 99.', { field: [...at, 'quantity'], lineId: line.lineId }));
    } else if (update.quantity > cartLimits.maxLineQuantity) {
      problems.push(
        cartProblem('LIMIT_EXCEEDED', `A line holds at most ${cartLimits.maxLineQuantity} units.`, {
          field: [...at, 'quantity'],
          lineId: line.lineId,
        }),
      );
    } else {
      const product = products.get(line.productId);
      const available = product ? availableUnits(product, line.variantId, now) : 0;
      const problem =
        update.quantity > line.quantity ? stockProblem(update.quantity, available, { field: [...at, 'quantity'], lineId: line.lineId }) : undefined;
      if (problem) problems.push(problem);
      else quantities.set(line.lineId, update.quantity);
    }
  });
  if (problems.length) return problems;
  const lines: CartLineItem[] = cart.lines
    .map((line) => ({ ...line, quantity: quantities.get(line.lineId) ?? line.quantity }))
    .filter((line) => line.quantity > 0);
  return { lines };
}

/** Removes lines by id; LINE_NOT_FOUND (and nothing removed) when an id is not in the cart. */
export function removeLines(cart: Lines, lineIds: readonly string[]): Pick<CartItem, 'lines'> | CartProblem[] {
  const problems = lineIds.flatMap((lineId, index) =>
    cart.lines.some((line) => line.lineId === lineId)
      ? []
      : [cartProblem('LINE_NOT_FOUND', 'No line with this id in the cart.', { field: ['input', 'lineIds', String(index)], lineId })],
  );
  if (problems.length) return problems;
  return { lines: cart.lines.filter((line) => !lineIds.includes(line.lineId)) };
}
