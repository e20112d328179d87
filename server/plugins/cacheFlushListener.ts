import type { PipelineListener } from './requestPipelinePlugin';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context';
import type { StageCacheFlusher } from '../stageCacheFlusher';

/**
 * Mutations that change what a shopper is shown or charged in cached catalog reads (names,
 * descriptions, prices, archiving, new products and categories): when one succeeds, the stage's
 * GET cache is flushed before the answer goes out.
 */
export const CACHE_FLUSHING_MUTATIONS: ReadonlySet<string> = new Set(['createCategory', 'createProduct', 'updateProduct', 'archiveProduct']);

/**
 * Mutations that leave cached reads to their TTL: stock (orders check it when they are written,
 * so a stale number shown is never sold), reviews and ratings. Every mutation is in one of the two
 * lists (a test holds the schema to it).
 */
export const TTL_BOUND_MUTATIONS: ReadonlySet<string> = new Set(['restockProduct', 'inventoryAdjust', 'placeOrder', 'cancelOrder', 'addReview']);

/** Flushes the stage's GET cache after a catalog write that succeeded, while the request waits. */
export function cacheFlushListener(flusher: StageCacheFlusher): PipelineListener<Context> {
  return {
    async willSendResponse({ operation, response, contextValue }) {
      if (operation?.operation !== 'mutation' || !contextValue?.apiStage || response.body.kind !== 'single') return;
      const data = response.body.singleResult.data;
      if (data && wroteCatalog(operation, data)) await flusher.flush(contextValue.apiStage);
    },
  };
}

/** Whether a catalog mutation of the operation answered with data, that is, wrote. */
function wroteCatalog(operation: OperationDefinitionNode, data: Record<string, unknown>): boolean {
  return operation.selectionSet.selections.some(
    (selection) =>
      selection.kind === Kind.FIELD &&
      CACHE_FLUSHING_MUTATIONS.has(selection.name.value) &&
      data[selection.alias?.value ?? selection.name.value] != null,
  );
}
