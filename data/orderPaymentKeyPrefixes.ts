import { CartEntity } from './entities/cart';
import { DiscountCodeEntity } from './entities/discountCode';
import { OrderEntity } from './entities/order';
import { ProductEntity } from './entities/product';
import { paymentKeyPrefix } from './payments';

const MARK = 'MARK';

/** What an entity's partition key starts with: the key it builds for the value MARK, cut before MARK. */
function prefixOf(pk: string): string {
  const end = pk.indexOf(MARK);
  if (end < 0) throw new Error(`The key ${pk} does not hold its value where expected.`);
  return pk.slice(0, end);
}

const pkOf = (params: { Key?: Record<string, unknown> }) => String(params.Key?.pk);

/**
 * The partition-key prefixes of every item a verified payment event may write: the payment's own
 * items, and what the order-moving hook changes (the order and its lines, the held products, the
 * completed cart, the discount codes given back with their per-customer uses). The webhook
 * function's role may write under these only (IAM `dynamodb:LeadingKeys`).
 */
export function orderPaymentKeyPrefixes(): string[] {
  const [order, product, discountCode] = expiredOrderKeyPrefixes();
  return [paymentKeyPrefix(), order!, product!, prefixOf(pkOf(CartEntity.get({ cartId: MARK }).params({ table: 'any' }))), discountCode!];
}

/**
 * The partition-key prefixes of every item ending an abandoned order writes (`endExpiredOrder`,
 * run by the notifier): the order and its hold marker (the order's own key), the held products,
 * the discount codes given back with their per-customer uses. The notifier's role may write under
 * these, its claims' and the search index's only (IAM `dynamodb:LeadingKeys`).
 */
export function expiredOrderKeyPrefixes(): string[] {
  return [
    prefixOf(pkOf(OrderEntity.get({ orderId: MARK }).params({ table: 'any' }))),
    prefixOf(pkOf(ProductEntity.get({ productId: MARK }).params({ table: 'any' }))),
    prefixOf(pkOf(DiscountCodeEntity.get({ codeKey: MARK }).params({ table: 'any' }))),
  ];
}
