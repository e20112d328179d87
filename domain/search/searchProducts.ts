import { createHash } from 'node:crypto';
import type { Db } from '../../data/db';
import { assertPageSize, type PageArgs } from '../../data/page';
import { invalidCursor } from '../../data/cursor';
import { searchCatalogFor } from './ProductSearchCatalog';
import { runProductSearch } from './runProductSearch';
import type { SearchFacet } from './searchFacets';
import type { SearchRequest } from './searchInput';

/** A page of search results: product ids in result order, with the count and facets of the whole result. */
export interface SearchPage {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly productId: string }>;
  readonly pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  readonly totalCount: number;
  readonly facets: readonly SearchFacet[];
}

/** The cursor scope of one search: a cursor is only accepted by the same query, filter and sort. */
function cursorScope(request: SearchRequest): string {
  const canonical = JSON.stringify({ ...request, categoryIds: request.categoryIds ? [...request.categoryIds].sort() : undefined });
  return `search:${createHash('sha256').update(canonical).digest('base64url').slice(0, 22)}`;
}

/**
 * One page of a product search over the container's index (loaded on its first search, brought
 * up to date with the change log): results in order, `first` of them after the cursor's
 * position. Page sizes and cursors follow the rules of every listing (BAD_USER_INPUT).
 */
export async function searchProducts(db: Db, request: SearchRequest, { first, after, cursors, maxPageSize }: PageArgs): Promise<SearchPage> {
  assertPageSize(first, maxPageSize);
  const scope = cursorScope(request);
  let offset = 0;
  if (after) {
    const position = cursors.decode(scope, after).offset;
    if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) throw invalidCursor();
    offset = position;
  }
  const index = await searchCatalogFor(db).index();
  const { ids, facets } = runProductSearch(index, request);
  const slice = ids.slice(offset, offset + first);
  const edges = slice.map((productId, position) => ({ cursor: cursors.encode(scope, { offset: offset + position + 1 }), productId }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + first < ids.length,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: ids.length,
    facets,
  };
}
