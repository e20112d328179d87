/**
 * Entry of the warm bench bundle (built with the production esbuild settings). It builds two
 * handlers on the same code the Lambda runs, each on a DynamoDB client that first records real
 * answers from DynamoDB Local and then replays them, so DynamoDB time (network, DynamoDB Local,
 * HTTP, signing, (de)serialisation) is out of the measurement:
 * - `ours`: the production handler (createLambdaHandler, configured from the environment);
 * - `bare`: a bare Apollo Lambda handler: Apollo's defaults, the same schema and resolvers and the
 *   same per-request context, none of our plugins, middleware, CORS or token verification.
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoClient } from '../../data/client';
import * as cursor from '../../data/cursor';
import { createDb } from '../../data/db';
import { typeDefs } from '../../generated/typeDefs';
import { resolvers } from '../../resolvers';
import { anonymous } from '../../core/actor';
import { loadConfig } from '../../runtime/env/apiEnvironment';
import * as contextModule from '../../resolvers/context';
import { createLambdaHandler } from '../../server/createLambdaHandler';
import { defaultRuntimeSettings } from '../../runtime/settings/runtimeSettings';

export interface Recorder {
  readonly client: DynamoDBDocumentClient;
  /** Stop calling DynamoDB: answer every request from what was recorded for the same input. */
  replay(): void;
  readonly misses: () => number;
}

export function recordingClient(): Recorder {
  const config = loadConfig();
  const client = createDynamoClient({ region: config.region, endpoint: config.dynamoDbEndpoint, requestTimeoutMs: 30_000 });
  const recorded = new Map<string, unknown>();
  let replaying = false;
  let misses = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const key = `${String(context.commandName)} ${JSON.stringify(args.input)}`;
      if (replaying) {
        const output = recorded.get(key);
        if (output !== undefined) return { output: structuredClone(output), response: {} } as never;
        misses++;
      }
      const result = await next(args);
      recorded.set(key, structuredClone(result.output));
      return result;
    },
    { step: 'initialize', name: 'benchRecordReplay', priority: 'low' },
  );
  return { client, replay: () => void (replaying = true), misses: () => misses };
}

export function ours(client: DynamoDBDocumentClient) {
  return createLambdaHandler({ config: loadConfig(), dynamoClient: client });
}

export function bare(client: DynamoDBDocumentClient) {
  const config = loadConfig();
  const db = createDb({ client, tableName: config.tableName });
  const settings = defaultRuntimeSettings();
  // The context factory's arguments change as features land; pass what the current one needs.
  const extra: Record<string, unknown> = {};
  const codecFactory = (cursor as Record<string, unknown>).createCursorCodec as ((options: { secret: string }) => unknown) | undefined;
  const keys = config as unknown as { cursorSecret?: string; cursorKey?: { secret?: string } };
  if (codecFactory) extra.cursorCodec = codecFactory({ secret: keys.cursorKey?.secret ?? keys.cursorSecret ?? 'x'.repeat(48) });
  const createContext = contextModule.createContext as (args: Record<string, unknown>) => unknown;
  const server = new ApolloServer<any>({ typeDefs, resolvers: resolvers as never });
  return startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventRequestHandler(), {
    context: async ({ event }) => createContext({ requestId: event.requestContext.requestId, actor: anonymous, db, settings, ...extra }) as never,
  });
}
