import { SlugTakenError } from '../core/errors';
import { recordCatalogWrite } from './catalogWrites';
import type { Db } from './db';
import type { CategoryItem } from './entities/category';
import { writeTransaction } from './transact';

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

/** Writes a new category and claims its slug: one transaction. */
export async function insertCategory(db: Db, item: CategoryItem): Promise<CategoryItem> {
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
