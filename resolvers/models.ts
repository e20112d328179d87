import type { CartItem, CartLineItem, MailingAddressItem } from '../data/entities/cart';
import type { CustomerItem } from '../data/entities/customer';
import type { OrderItem as OrderRecord } from '../data/entities/order';
import type { OrderLineItem } from '../data/entities/orderLine';
import type { ProductItem } from '../data/entities/product';
import type { ReviewItem } from '../data/entities/review';
import type { Page } from '../data/page';
import type { Variant } from '../data/variants';
import type { LowStockProduct } from '../domain/stock/listLowStockProducts';
import type { MediaEntry } from '../domain/media/productMediaWrites';

/** A product as resolvers pass it on; `prefetchedReviews` is set when the product page query already read them. */
export type ProductModel = ProductItem & {
  readonly prefetchedReviews?: { readonly first: number; readonly page: Page<ReviewItem> };
};

/** A customer; fields beyond the id are absent for customers without a stored profile. */
export type CustomerModel = Pick<CustomerItem, 'customerId'> & Partial<Pick<CustomerItem, 'email' | 'name'>>;

/** An order; `lines` is set when the order was read together with its lines. */
export type OrderModel = OrderRecord & { readonly lines?: OrderLineItem[] };

/** A variant with the product it belongs to. */
export type VariantModel = Variant & { readonly product: ProductItem };

/** An entry of the low-stock list: a product, its variant at or below its threshold, and the threshold. */
export type LowStockProductModel = LowStockProduct;
/** One image of a product, with the product it belongs to (its URLs name both). */
export type ProductMediaModel = MediaEntry & { readonly productId: string };

/** A line of a cart, with the cart it belongs to (its currency and the request's view of its products). */
export type CartLineModel = CartLineItem & { readonly cart: CartItem };
/** A postal address: a cart's own copy, or an address of a customer's book (with its id). */
export type MailingAddressModel = MailingAddressItem & { readonly addressId?: string };
