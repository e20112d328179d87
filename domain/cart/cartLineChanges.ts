import type { Db } from '../../data/db';
import type { CartItem } from '../../data/entities/cart';
import { batchGetProducts } from '../../data/products';
import { getProductsOfVariants } from '../../data/variantRefs';
import { changeCart, type CartRequest } from './changeCart';
import { addLines, removeLines, updateLines, type LineRequest } from './cartLineRules';
import { cartLimits } from './cartLimits';
import { newLineId } from './cartIds';
import { cartProblem, type CartChangeResult } from './cartProblem';

const tooMany = (field: string[]) => [cartProblem('LIMIT_EXCEEDED', `Give 1 to ${cartLimits.maxLines} lines.`, { field })];

/** Adds lines to a cart (`addLines`): the variants' products read once (BatchGetItem), then the version-conditioned write. */
export async function addCartLines(
  db: Db,
  { cartId, lines }: { cartId: string; lines: readonly LineRequest[] },
  request: CartRequest,
): Promise<CartChangeResult<CartItem>> {
  if (lines.length < 1 || lines.length > cartLimits.maxLines) return { kind: 'refused', problems: tooMany(['input', 'lines']) };
  const products = await getProductsOfVariants(
    db,
    lines.map((line) => line.merchandiseId),
  );
  return changeCart(db, cartId, request, (cart) => addLines(cart, lines, { products, now: request.now, newLineId }));
}

/** Sets lines' quantities (`updateLines`): the cart's products read once (BatchGetItem), then the version-conditioned write. */
export async function updateCartLines(
  db: Db,
  { cartId, lines }: { cartId: string; lines: ReadonlyArray<{ readonly id: string; readonly quantity: number }> },
  request: CartRequest,
): Promise<CartChangeResult<CartItem>> {
  if (lines.length < 1 || lines.length > cartLimits.maxLines) return { kind: 'refused', problems: tooMany(['input', 'lines']) };
  let products: Map<string, Awaited<ReturnType<typeof batchGetProducts>>[number]> | undefined;
  return changeCart(db, cartId, request, async (cart) => {
    const needed = [...new Set(cart.lines.map((line) => line.productId))];
    if (!products || needed.some((productId) => !products!.has(productId))) {
      products = new Map((await batchGetProducts(db, { productIds: needed })).map((product) => [product.productId, product]));
    }
    return updateLines(cart, lines, { products, now: request.now });
  });
}

/** Removes lines by id (`removeLines`): the version-conditioned write. */
export async function removeCartLines(
  db: Db,
  { cartId, lineIds }: { cartId: string; lineIds: readonly string[] },
  request: CartRequest,
): Promise<CartChangeResult<CartItem>> {
  if (lineIds.length < 1 || lineIds.length > cartLimits.maxLines) return { kind: 'refused', problems: tooMany(['input', 'lineIds']) };
  return changeCart(db, cartId, request, (cart) => removeLines(cart, lineIds));
}
