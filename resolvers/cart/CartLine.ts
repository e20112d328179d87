import { findVariant } from '../../data/variants';
import { availableUnits } from '../../domain/stock/availableUnits';
import type { CartLineProblem, CartLineResolvers } from '../../generated/graphql';
import { cartView } from './cartView';

export const CartLine: CartLineResolvers = {
  id: (line) => line.lineId,
  async merchandise(line, _args, context) {
    const product = (await cartView(line.cart, context)).products.get(line.productId);
    const variant = product && findVariant(product, line.variantId);
    return product && variant ? { ...variant, product } : null;
  },
  quantity: (line) => line.quantity,
  async cost(line, _args, context) {
    const { products, cost } = await cartView(line.cart, context);
    const product = products.get(line.productId);
    const variant = product ? findVariant(product, line.variantId) : undefined;
    const unitPrice = variant?.priceAmount ?? 0;
    const currency = variant?.currency ?? cost.currency;
    return { unitPrice: { amount: unitPrice, currency }, subtotal: { amount: unitPrice * line.quantity, currency } };
  },
  async problems(line, _args, context) {
    const product = (await cartView(line.cart, context)).products.get(line.productId);
    const variant = product ? findVariant(product, line.variantId) : undefined;
    if (!product || !variant || product.status !== 'ACTIVE' || variant.status !== 'ACTIVE') return [{ code: 'UNAVAILABLE', available: null }];
    const available = availableUnits(product, line.variantId, new Date());
    const problems: CartLineProblem[] = [];
    if (available === 0) problems.push({ code: 'OUT_OF_STOCK', available: null });
    else if (available < line.quantity) problems.push({ code: 'INSUFFICIENT_STOCK', available });
    return problems;
  },
};
