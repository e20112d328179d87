import type { Resolvers } from '../generated/graphql';
import { Category } from './catalog/Category';
import { Mutation as CatalogMutation } from './catalog/Mutation';
import { Product } from './catalog/Product';
import { Query as CatalogQuery } from './catalog/Query';
import { Cart } from './cart/Cart';
import { CartLine } from './cart/CartLine';
import { DiscountCode } from './cart/DiscountCode';
import { Mutation as CartMutation } from './cart/Mutation';
import { Query as CartQuery } from './cart/Query';
import { MailingAddress, ShippingMethod } from './cart/shippingFields';
import { Customer } from './customer/Customer';
import { Mutation as CustomerMutation } from './customer/Mutation';
import { Query as CustomerQuery } from './customer/Query';
import { DateTime } from './DateTime';
import { Mutation as InventoryMutation } from './inventory/Mutation';
import { Mutation as MediaMutation } from './media/Mutation';
import { ProductMedia, ProductMediaField } from './media/ProductMedia';
import { MoneyAmount } from './MoneyAmount';
import { Mutation as OrderMutation } from './order/Mutation';
import { Order } from './order/Order';
import { OrderItem } from './order/OrderItem';
import { Query as OrderQuery } from './order/Query';
import { Mutation as ReviewMutation } from './review/Mutation';
import { Review } from './review/Review';
import { LowStockProduct } from './variant/LowStockProduct';
import { Mutation as VariantMutation } from './variant/Mutation';
import { ProductVariant } from './variant/ProductVariant';
import { Query as SearchQuery } from './search/Query';

/** Every module's resolvers, merged into one map. */
export const resolvers: Resolvers = {
  DateTime,
  MoneyAmount,
  Query: { ...CatalogQuery, ...SearchQuery, ...CustomerQuery, ...OrderQuery, ...CartQuery },
  Mutation: {
    ...CatalogMutation,
    ...VariantMutation,
    ...InventoryMutation,
    ...MediaMutation,
    ...ReviewMutation,
    ...OrderMutation,
    ...CartMutation,
    ...CustomerMutation,
  },
  Product: { ...Product, ...ProductMediaField },
  ProductMedia,
  Category,
  Review,
  Customer,
  Order,
  OrderItem,
  ProductVariant,
  LowStockProduct,
  Cart,
  CartLine,
  MailingAddress,
  ShippingMethod,
  DiscountCode,
};
