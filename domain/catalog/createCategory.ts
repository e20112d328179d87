import { randomUUID } from 'node:crypto';
import { insertCategory } from '../../data/categories';
import type { Db } from '../../data/db';
import type { CategoryItem } from '../../data/entities/category';
import { checkSlug } from '../../data/validation';
import { limits } from '../limits';
import { checkText } from '../validation';

export interface CreateCategoryInput {
  readonly name: string;
  readonly slug: string;
}

/**
 * Creates a category from a checked name and slug: one transaction that also claims the slug (`insertCategory`).
 *
 * @example
 * await createCategory(db, { name: 'Coffee', slug: 'coffee' });
 */
export async function createCategory(db: Db, input: CreateCategoryInput, now = new Date()): Promise<CategoryItem> {
  return insertCategory(db, {
    categoryId: randomUUID(),
    name: checkText('name', input.name, limits.nameMaxLength),
    slug: checkSlug('slug', input.slug),
    createdAt: now.toISOString(),
  });
}
