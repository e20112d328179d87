import type { PipelineListener } from './requestPipelinePlugin';
import { catalogWrites } from '../../data/catalogWrites';
import type { Context } from '../../resolvers/context';
import type { StageCacheFlusher } from '../stageCacheFlusher';

/**
 * Flushes the stage's GET cache, while the request waits, when the data layer made a catalog write
 * in this request (a category or a product created, edited or archived: what a shopper is shown or
 * charged in cached catalog reads; data/catalogWrites.ts). The decision follows the writes that
 * committed, not the answer's shape: a write inside a fragment, or one whose document failed
 * elsewhere (`data: null`), flushes; a refused write, a stock change, an order or a review does
 * not (orders check stock when they are written, so a stale number shown is never sold).
 */
export function cacheFlushListener(flusher: StageCacheFlusher): PipelineListener<Context> {
  return {
    async willSendResponse({ contextValue }) {
      if (!contextValue?.apiStage || !catalogWrites()?.count) return;
      await flusher.flush(contextValue.apiStage);
    },
  };
}
