import type { PageArgs } from '../data/page';
import type { Context } from './context';

/** A connection field's `first`/`after` with the caller's cursors and the page cap in force. */
export function pageArgs({ cursors, settings }: Context, { first, after }: { first: number; after?: string | null }): PageArgs {
  return { first, after, cursors, maxPageSize: settings.limits.maxPageSize };
}
