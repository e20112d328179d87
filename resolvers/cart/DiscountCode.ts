import type { DiscountCodeResolvers } from '../../generated/graphql';

export const DiscountCode: DiscountCodeResolvers = {
  currency: (code) => code.currency ?? null,
  minimumSubtotal: (code) => (code.minimumSubtotal == null ? null : { amount: code.minimumSubtotal, currency: code.currency ?? 'USD' }),
  endsAt: (code) => code.endsAt ?? null,
  usageLimit: (code) => code.usageLimit ?? null,
};
