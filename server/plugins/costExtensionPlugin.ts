import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Context } from '../../resolvers/context';
import { currentRequest } from '../observability/requestScope';

/** What a request cost, as `extensions.cost` of its answer (docs/architecture.md, "What a request costs"). */
export interface RequestCost {
  /** DynamoDB read capacity units the request consumed, as DynamoDB reported them (0.5 per eventually consistent 4 KB read). */
  readonly readUnits: number;
  /** DynamoDB write capacity units the request consumed, as DynamoDB reported them (2 per 1 KB item written in a transaction). */
  readonly writeUnits: number;
  /** DynamoDB requests sent (retries not counted). */
  readonly dynamoRequests: number;
  /** Whole milliseconds from the handler taking the request to its answer being ready, measured as the request line's `durationMs`. */
  readonly durationMs: number;
}

export interface CostExtensionOptions {
  /** Every caller's answers carry the cost (dev, `npm start`); otherwise admins' only. */
  readonly everyone: boolean;
  /** The stage's GET answers are cached and served to others: they never carry a cost. */
  readonly cachedGets: boolean;
}

/**
 * Adds `extensions.cost` (RequestCost) to the answers of admins, and of every caller where the
 * stage says so. Never to a GET answer the stage caches: that answer is served to other callers
 * for the cache's TTL, with a cost that was not theirs (admins never GET: a GET with a token is
 * refused). Outside the Lambda handler (no request being measured) nothing is added.
 */
export function costExtensionPlugin({ everyone, cachedGets }: CostExtensionOptions): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async willSendResponse({ response }) {
      const record = currentRequest();
      if (!record || response.body.kind !== 'single') return;
      const cost: RequestCost = {
        readUnits: record.readUnits,
        writeUnits: record.writeUnits,
        dynamoRequests: record.dynamoRequests,
        durationMs: Date.now() - record.startedAt,
      };
      const result = response.body.singleResult;
      result.extensions = { ...result.extensions, cost };
    },
  };
  // decided when the request starts (its caller and method are known): the others get no hook at all
  return {
    requestDidStart: async ({ request, contextValue }) => {
      const actor = contextValue?.actor;
      if (!everyone && !(actor?.kind === 'customer' && actor.isAdmin)) return undefined;
      if (cachedGets && request.http?.method === 'GET') return undefined;
      return listener;
    },
  };
}
