import { BadUserInputError } from '../core/errors';
import type { Cursors } from './cursor';

export const MAX_PAGE_SIZE = 100;

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

export interface Page<T> {
  readonly edges: Edge<T>[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    /** Whether the page was asked for `after` a cursor (pages only go forward: there is something before it). */
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
}

export interface PageArgs {
  readonly first: number;
  readonly after?: string | null;
  /** The caller's cursor codec (signs `endCursor`s, checks `after`). */
  readonly cursors: Cursors;
  /** Largest page the runtime settings allow now; MAX_PAGE_SIZE when omitted. */
  readonly maxPageSize?: number;
}

/**
 * Rejects page sizes outside 1..max before any request is made. The GraphQL layer already
 * refuses them (server/plugins/queryLimitsPlugin.ts); this keeps the data layer safe on its own.
 */
export function assertPageSize(first: number | null | undefined, max: number = MAX_PAGE_SIZE): asserts first is number {
  const limit = Math.min(max, MAX_PAGE_SIZE);
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > limit) {
    throw new BadUserInputError(`"first" must be between 1 and ${limit}.`, {
      details: { argument: 'first' },
    });
  }
}

/**
 * Builds a Relay page from up to `first + 1` fetched items: the extra item only tells
 * whether another page exists. Listings only page forward, so `hasPreviousPage` says whether
 * the page was asked for `after` a cursor (Relay's spec allows exactly that).
 */
export function toPage<T>(items: readonly T[], first: number, cursorOf: (item: T) => string, after?: string | null): Page<T> {
  const nodes = items.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
  };
}
