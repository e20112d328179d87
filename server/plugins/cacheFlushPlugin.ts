import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
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
 *
 * The flush runs when execution ends, so it is over before any plugin's `willSendResponse` runs
 * (Apollo starts those all at once): the request's log line and latency include it.
 */
export function cacheFlushPlugin(flusher: StageCacheFlusher): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async executionDidStart({ contextValue: { apiStage } }) {
      if (!apiStage) return;
      return {
        async executionDidEnd() {
          if (catalogWrites()?.count) await flusher.flush(apiStage);
        },
      };
    },
  };
  return { requestDidStart: async () => listener };
}
