import { TransactionConflictError } from '../../../core/errors';
import type { Db } from '../../../data/db';
import type { ProductItem } from '../../../data/entities/product';
import { writeVariants, type VariantsWrite } from '../../../data/productVariants';
import { getProduct } from '../../../data/products';
import { checkId } from '../../../data/validation';
import { problem, type VariantProblem } from './variantRules';

/** What an option or variant change did: written (the product after it), or refused with every problem found. */
export type VariantChangeResult =
  { readonly kind: 'written'; readonly product: ProductItem } | { readonly kind: 'refused'; readonly problems: readonly VariantProblem[] };

/** A change planned from the product as read: what to write, or why not. */
export type VariantPlan = Omit<VariantsWrite, 'current' | 'now'> | readonly VariantProblem[];

/** Times a change is planned and written again when only the stock moved under it (orders, adjustments) before it gives up as TRANSACTION_CONFLICT. */
const ATTEMPTS = 3;

/**
 * Runs an option or variant change under optimistic locking: a consistent GetItem, the plan from
 * what was read, then one transaction conditioned on the version read (`writeVariants`). With
 * `expectedVersion`, a product at another version is VERSION_STALE; a write refused only because
 * stock moved meanwhile (orders do not change the version) is planned again.
 */
export async function changeVariants(
  db: Db,
  { productId, expectedVersion, now }: { productId: string; expectedVersion?: number | null; now: Date },
  plan: (current: ProductItem) => VariantPlan,
): Promise<VariantChangeResult> {
  checkId('productId', productId);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const current = await getProduct(db, { productId, consistent: true });
    if (!current) return refused(problem('PRODUCT_NOT_FOUND', ['input', 'productId'], 'No product has this id.'));
    if (expectedVersion != null && current.version !== expectedVersion) return stale(current.version);
    const planned = plan(current);
    if (isRefusal(planned)) return { kind: 'refused', problems: planned };
    if (!planned.options && !planned.changes?.length && !planned.appended?.length) return { kind: 'written', product: current };
    const outcome = await writeVariants(db, { current, ...planned, now });
    if (outcome.kind === 'written') return outcome;
    if (outcome.kind === 'skusTaken') {
      return {
        kind: 'refused',
        problems: outcome.skus.map((sku) => problem('SKU_TAKEN', ['input', 'variants'], `Another variant has the SKU "${sku}".`)),
      };
    }
  }
  throw new TransactionConflictError(`Product "${productId}" kept changing while its variants were being written; retry the request.`);
}

function isRefusal(plan: VariantPlan): plan is readonly VariantProblem[] {
  return Array.isArray(plan);
}

function refused(...problems: VariantProblem[]): VariantChangeResult {
  return { kind: 'refused', problems };
}

function stale(version: number): VariantChangeResult {
  return refused(problem('VERSION_STALE', ['input', 'expectedVersion'], `The product is at version ${version}; reload it and retry.`));
}
