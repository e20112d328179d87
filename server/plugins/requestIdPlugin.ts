import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from '../../resolvers/context';
import { ErrorCode } from '../../core/errors';
import { isUnexpected, originalError } from '../errorBoundary';

const CORRELATED: ReadonlySet<unknown> = new Set([ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.SERVICE_UNAVAILABLE]);

/**
 * Logs every unexpected error in full with the request id, and puts that id on the masked
 * errors the client receives so the two can be matched.
 */
export function requestIdPlugin(logger: Logger): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didEncounterErrors({ errors, contextValue, operationName }) {
      for (const error of errors) {
        if (!isUnexpected(error)) continue;
        logger.error('Unexpected error', {
          requestId: contextValue?.requestId,
          operationName,
          path: error.path,
          error: originalError(error) as Error,
        });
      }
    },
    async willSendResponse({ response, contextValue }) {
      if (response.body.kind !== 'single' || !contextValue?.requestId) return;
      for (const error of response.body.singleResult.errors ?? []) {
        if (CORRELATED.has(error.extensions?.code)) {
          (error as { extensions: Record<string, unknown> }).extensions = {
            ...error.extensions,
            requestId: contextValue.requestId,
          };
        }
      }
    },
  };
  return { requestDidStart: async () => listener };
}
