import { randomUUID } from 'node:crypto';
import type { Db } from '../../data/db';
import type { CategoryItem } from '../../data/entities/category';
import type { ProductItem } from '../../data/entities/product';
import { createCategory, type CreateCategoryInput } from '../../domain/catalog/createCategory';
import { createProduct, type CreateProductInput } from '../../domain/catalog/createProduct';

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}${randomUUID().slice(0, 4)}`;

export function makeCategoryInput(overrides: Partial<CreateCategoryInput> = {}): CreateCategoryInput {
  const id = next();
  return { name: `Category ${id}`, slug: `category-${id}`, ...overrides };
}

export function makeProductInput(categoryId: string, overrides: Partial<CreateProductInput> = {}): CreateProductInput {
  const id = next();
  return {
    sku: `SKU-${id}`.toUpperCase(),
    name: `Product ${id}`,
    description: 'A product made for tests.',
    categoryId,
    price: { amount: 1000, currency: 'USD' },
    stock: 10,
    ...overrides,
  };
}

/** A product item as the table holds it (active, version 1, no ratings), for rules tested without a table. */
export function makeProduct(overrides: Partial<ProductItem> = {}): ProductItem {
  const id = next();
  return {
    productId: `p-${id}`,
    sku: `SKU-${id}`.toUpperCase(),
    name: `Product ${id}`,
    categoryId: 'c-1',
    priceAmount: 1000,
    currency: 'USD',
    stock: 10,
    status: 'ACTIVE',
    ratingCount: 0,
    ratingTotal: 0,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export async function aCategory(db: Db, overrides: Partial<CreateCategoryInput> = {}): Promise<CategoryItem> {
  return createCategory(db, makeCategoryInput(overrides));
}

/** A product in `categoryId`; `minutesAgo` spaces creation times so "newest first" is well defined. */
export async function aProduct(db: Db, categoryId: string, overrides: Partial<CreateProductInput> = {}, minutesAgo = 0): Promise<ProductItem> {
  return createProduct(db, makeProductInput(categoryId, overrides), new Date(Date.now() - minutesAgo * 60_000));
}
