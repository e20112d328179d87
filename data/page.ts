import { BadUserInputError } from '../server/errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

export interface Page<T> {
  readonly edges: Edge<T>[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

export interface PageArgs {
  readonly first: number;
  readonly after?: string | null;
}

/** Rejects page sizes outside 1..MAX_PAGE_SIZE before any request is made. */
export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"first" must be between 1 and ${MAX_PAGE_SIZE}.`, {
      details: { argument: 'first' },
    });
  }
}

/**
 * Builds a Relay page from up to `first + 1` fetched items: the extra item only tells
 * whether another page exists.
 */
export function toPage<T>(items: readonly T[], first: number, cursorOf: (item: T) => string): Page<T> {
  const nodes = items.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > first,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
  };
}
