import { limits } from '../../domain/limits';
import { adjustInventory, type InventoryAdjustProblem } from '../../domain/stock/adjustInventory';
import type { InventoryUserError, MutationResolvers } from '../../generated/graphql';
import { requireAdmin } from '../access';

export const Mutation: Pick<MutationResolvers, 'inventoryAdjust'> = {
  async inventoryAdjust(_parent, { input }, context) {
    const { customerId: adjustedBy } = requireAdmin(context);
    const result = await adjustInventory(context.db, { ...input, adjustedBy });
    if (result.kind === 'refused') return { product: null, userErrors: [userError(result.problem)] };
    return { product: result.product, userErrors: [] };
  },
};

/** A refusal as the schema's user error: its code, the input field at fault and a sentence for the admin. */
function userError(problem: InventoryAdjustProblem): InventoryUserError {
  const field = ['input', problem.field];
  switch (problem.code) {
    case 'PRODUCT_NOT_FOUND':
      return { code: problem.code, field, message: 'No product has this id.', stock: null };
    case 'VARIANT_NOT_FOUND':
      return { code: problem.code, field, message: 'The product has no variant with this id.', stock: null };
    case 'VARIANT_REQUIRED':
      return { code: problem.code, field, message: 'The product has several variants; name one with variantId.', stock: null };
    case 'INVALID_DELTA':
      return {
        code: problem.code,
        field,
        message: `delta must be a whole number from -${limits.maxStock} to ${limits.maxStock}, not 0.`,
        stock: null,
      };
    case 'STOCK_LIMIT_EXCEEDED':
      return { code: problem.code, field, message: `The stock is ${problem.stock}; it can hold at most ${limits.maxStock}.`, stock: problem.stock };
    case 'STOCK_BELOW_ZERO':
      return { code: problem.code, field, message: `The stock is ${problem.stock}; it cannot fall below 0.`, stock: problem.stock };
    case 'IDEMPOTENCY_KEY_REUSED':
      return { code: problem.code, field, message: 'This idempotencyKey was already used for another adjustment; use a new key.', stock: null };
  }
}
