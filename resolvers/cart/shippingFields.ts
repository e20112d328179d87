import type { MailingAddressResolvers, ShippingMethodResolvers } from '../../generated/graphql';

export const ShippingMethod: ShippingMethodResolvers = {
  price: (method) => ({ amount: method.amount, currency: method.currency }),
};

export const MailingAddress: MailingAddressResolvers = {
  id: (address) => address.addressId ?? null,
  line2: (address) => address.line2 ?? null,
  region: (address) => address.region ?? null,
  phone: (address) => address.phone ?? null,
};
