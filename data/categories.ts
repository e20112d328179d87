import { randomUUID } from 'node:crypto';
import { SlugTakenError } from '../core/errors';
import { recordCatalogWrite } from './catalogWrites';
import type { Db } from './db';
import type { CategoryItem } from './entities/category';
import { writeTransaction } from './transact';
import { checkSlug, checkText, limits } from './validation';

/** Category by id: GetItem. */
export async function getCategory(db: Db, { categoryId }: { categoryId: string }): Promise<CategoryItem | null> {
  const { data } = await db.entities.category.get({ categoryId }).go();
  return data;
}

/** All categories ordered by slug: one Query on gsi1. */
export async function listCategories(db: Db): Promise<CategoryItem[]> {
  const { data } = await db.entities.category.query.all({}).go();
  return data;
}

export interface CreateCategoryInput {
  readonly name: string;
  readonly slug: string;
}

/** Creates a category and claims its slug: one transaction. */
export async function createCategory(db: Db, input: CreateCategoryInput, now = new Date()): Promise<CategoryItem> {
  const item: CategoryItem = {
    categoryId: randomUUID(),
    name: checkText('name', input.name, limits.nameMaxLength),
    slug: checkSlug('slug', input.slug),
    createdAt: now.toISOString(),
  };
  const failed = await writeTransaction(() =>
    db.transaction
      .write(({ category, uniqueValue }) => [
        category.create(item).commit(),
        uniqueValue.create({ kind: 'categorySlug', value: item.slug, ownerId: item.categoryId }).commit(),
      ])
      .go(),
  );
  if (failed) {
    throw new SlugTakenError(`A category with slug "${item.slug}" already exists.`);
  }
  recordCatalogWrite();
  return item;
}
