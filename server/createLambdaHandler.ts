import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Logger } from '@aws-lambda-powertools/logger';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context as LambdaContext } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import { createDynamoClient } from '../data/client';
import { createDb } from '../data/db';
import { createTokenVerifier } from './auth';
import type { Config } from './config';
import { createContext } from './context';
import { headerValue, withCorsHeaders } from './cors';
import { createServer } from './createServer';
import { StorefrontError } from './errors';
import { logger as defaultLogger } from './logger';
import { defaultRuntimeSettings, fixedSettings, type SettingsSource } from './runtimeSettings';
import { WARM_UP_PAYLOAD, isWarmUpEvent } from './warmUp';

export interface LambdaHandlerOptions {
  readonly config: Config;
  /** Defaults to a client for the configured region and endpoint. */
  readonly dynamoClient?: DynamoDBDocumentClient;
  readonly logger?: Logger;
  /** Where each request's runtime settings come from; fixed defaults for the stage when omitted. */
  readonly settings?: SettingsSource;
}

export type StorefrontHandler = (
  event: APIGatewayProxyEvent | typeof WARM_UP_PAYLOAD | Record<string, unknown>,
  context: LambdaContext,
) => Promise<APIGatewayProxyResult | { warmed: true }>;

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, SERVICE_UNAVAILABLE: 503 };

/**
 * Builds everything heavy once (SDK client, ElectroDB service, token verifier, Apollo server)
 * and returns the Lambda handler: warm-up pings return at once, everything else goes through
 * Apollo's API Gateway REST (v1) integration with CORS headers added.
 */
export function createLambdaHandler({
  config,
  dynamoClient,
  logger = defaultLogger,
  settings = fixedSettings(defaultRuntimeSettings({ introspection: config.introspection })),
}: LambdaHandlerOptions): StorefrontHandler {
  const client = dynamoClient ?? createDynamoClient({ region: config.region, endpoint: config.dynamoDbEndpoint });
  const db = createDb({ client, tableName: config.tableName });
  const verifier = createTokenVerifier(config.auth);
  const server = createServer({ introspection: config.introspection, logger });

  const graphqlHandler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventRequestHandler(), {
    middleware: [async (event) => async (result) => withCorsHeaders(config.corsOrigins, event, result)],
    context: async ({ event, context }) => {
      const requestId = event.requestContext?.requestId ?? context.awsRequestId;
      try {
        const actor = await verifier.actorFor(headerValue(event.headers, 'authorization'));
        return createContext({ requestId, actor, db, settings: settings() });
      } catch (error) {
        if (!(error instanceof StorefrontError)) throw error;
        throw new GraphQLError(error.message, {
          originalError: error,
          extensions: { code: error.code, http: { status: STATUS_BY_CODE[error.code] ?? 400 } },
        });
      }
    },
  });

  return async (event, context) => {
    if (isWarmUpEvent(event)) return { warmed: true };
    return graphqlHandler(event as APIGatewayProxyEvent, context, () => undefined) as Promise<APIGatewayProxyResult>;
  };
}
