import { findVariant } from '../../data/variants';
import { archiveProductVariant } from '../../domain/catalog/variants/archiveProductVariant';
import type { VariantChangeResult } from '../../domain/catalog/variants/changeVariants';
import { createProductVariants } from '../../domain/catalog/variants/createProductVariants';
import { setProductOptions } from '../../domain/catalog/variants/setProductOptions';
import { updateProductVariant } from '../../domain/catalog/variants/updateProductVariant';
import type { VariantProblem } from '../../domain/catalog/variants/variantRules';
import type { MutationResolvers, ProductVariantUserError } from '../../generated/graphql';
import { requireAdmin } from '../access';
import type { VariantModel } from '../models';

export const Mutation: Pick<MutationResolvers, 'productOptionsSet' | 'productVariantsCreate' | 'productVariantUpdate' | 'productVariantArchive'> = {
  async productOptionsSet(_parent, { input }, context) {
    requireAdmin(context);
    const result = await setProductOptions(context.db, input);
    return result.kind === 'written' ? { product: result.product, userErrors: [] } : { product: null, userErrors: userErrors(result.problems) };
  },
  async productVariantsCreate(_parent, { input }, context) {
    requireAdmin(context);
    const result = await createProductVariants(context.db, input);
    if (result.kind === 'refused') return { product: null, productVariants: [], userErrors: userErrors(result.problems) };
    const { product } = result;
    const productVariants = result.variantIds.map((variantId) => ({ ...findVariant(product, variantId)!, product }));
    return { product, productVariants, userErrors: [] };
  },
  async productVariantUpdate(_parent, { input }, context) {
    requireAdmin(context);
    return variantPayload(await updateProductVariant(context.db, input), input.variantId);
  },
  async productVariantArchive(_parent, { input }, context) {
    requireAdmin(context);
    return variantPayload(await archiveProductVariant(context.db, input), input.variantId);
  },
};

function variantPayload(
  result: VariantChangeResult,
  variantId: string,
): { productVariant: VariantModel | null; userErrors: ProductVariantUserError[] } {
  if (result.kind === 'refused') return { productVariant: null, userErrors: userErrors(result.problems) };
  return { productVariant: { ...findVariant(result.product, variantId)!, product: result.product }, userErrors: [] };
}

function userErrors(problems: readonly VariantProblem[]): ProductVariantUserError[] {
  return problems.map(({ code, field, message }) => ({ code, field: field ? [...field] : null, message }));
}
