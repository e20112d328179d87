import { listCategories } from '../data/categories';
import { putCustomer } from '../data/customers';
import type { Db } from '../data/db';
import { getProductBySku } from '../data/products';
import { putVariantRefs } from '../data/variantRefs';
import { variantsOf } from '../data/variants';
import { createDiscountCode } from '../domain/cart/createDiscountCode';
import { createCategory } from '../domain/catalog/createCategory';
import { createProduct } from '../domain/catalog/createProduct';
import { createProductVariants } from '../domain/catalog/variants/createProductVariants';
import { setProductOptions } from '../domain/catalog/variants/setProductOptions';
import { placeOrder } from '../domain/orders/placeOrder';
import { addReview } from '../domain/reviews/addReview';
import { ConflictError } from '../core/errors';
import { DEMO_ADMIN, DEMO_CUSTOMER, OTHER_CUSTOMERS, SEED_CATALOG, SEED_DISCOUNT_CODES, SEED_REVIEWS, SEED_VARIANTS } from './seedData';

export interface SeedSummary {
  readonly categories: number;
  readonly products: number;
  readonly reviews: number;
  readonly created: number;
}

/**
 * Loads the demo data. Idempotent: everything it creates is claimed by a unique slug, SKU,
 * (customer, product) pair or idempotency key, so a second run changes nothing.
 */
export async function seedDemoData(db: Db, now = new Date()): Promise<SeedSummary> {
  let created = 0;
  const ignoreConflict = async (write: () => Promise<unknown>) => {
    try {
      await write();
      created++;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  };

  const createdAt = now.toISOString();
  for (const customer of [DEMO_CUSTOMER, DEMO_ADMIN, ...OTHER_CUSTOMERS]) {
    await putCustomer(db, { ...customer, createdAt });
  }
  for (const category of SEED_CATALOG) {
    await ignoreConflict(() => createCategory(db, { name: category.name, slug: category.slug }));
  }
  const categoryIds = new Map((await listCategories(db)).map((category) => [category.slug, category.categoryId]));
  let productCount = 0;
  for (const category of SEED_CATALOG) {
    for (const [index, product] of category.products.entries()) {
      productCount++;
      // spread creation times so "newest first" has a visible order
      const at = new Date(now.getTime() - (category.products.length - index) * 60_000);
      await ignoreConflict(() =>
        createProduct(
          db,
          {
            sku: product.sku,
            name: product.name,
            description: product.description,
            categoryId: categoryIds.get(category.slug)!,
            price: { amount: product.amount, currency: 'USD' },
            stock: product.stock,
          },
          at,
        ),
      );
    }
  }
  for (const [sku, seeded] of Object.entries(SEED_VARIANTS)) {
    const product = await getProductBySku(db, { sku });
    if (product?.options?.length) {
      // seeded before: its variants' references may predate them (a table kept from an earlier run)
      await putVariantRefs(db, { productId: product.productId, variantIds: variantsOf(product).map((variant) => variant.variantId) });
      continue;
    }
    if (!product) continue;
    await setProductOptions(
      db,
      { productId: product.productId, options: seeded.options.map(({ name, values }) => ({ name, values: [...values] })) },
      now,
    );
    const result = await createProductVariants(
      db,
      {
        productId: product.productId,
        variants: seeded.variants.map(({ amount, ...variant }) => ({ ...variant, price: { amount, currency: product.currency } })),
      },
      now,
    );
    if (result.kind === 'written') created += seeded.variants.length;
  }
  for (const review of SEED_REVIEWS) {
    const product = await getProductBySku(db, { sku: review.sku });
    if (product) await ignoreConflict(() => addReview(db, { ...review, productId: product.productId }));
  }
  const firstCoffee = await getProductBySku(db, { sku: 'COF-001' });
  const kettle = await getProductBySku(db, { sku: 'GEAR-002' });
  if (firstCoffee && kettle) {
    await placeOrder(db, {
      customerId: DEMO_CUSTOMER.customerId,
      idempotencyKey: 'demo-order-1',
      items: [
        { productId: firstCoffee.productId, quantity: 2 },
        { productId: kettle.productId, quantity: 1 },
      ],
    });
  }
  for (const code of SEED_DISCOUNT_CODES) {
    if ((await createDiscountCode(db, code, now)).kind === 'written') created++;
  }
  return { categories: SEED_CATALOG.length, products: productCount, reviews: SEED_REVIEWS.length, created };
}
