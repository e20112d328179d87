import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from '@aws-lambda-powertools/logger';
import { typeDefs } from '../generated/typeDefs';
import { resolvers } from '../resolvers';
import type { Context } from './context';
import { formatError } from './plugins/errorMapping';
import { requestIdPlugin } from './plugins/requestIdPlugin';

export interface CreateServerOptions {
  readonly introspection: boolean;
  readonly logger: Logger;
  /** Cross-cutting plugins added by the entry point (logging, metrics, runtime switches). */
  readonly plugins?: ReadonlyArray<ApolloServerPlugin<Context>>;
}

/** The one Apollo Server factory: the Lambda handler, the local stack and the tests all use it. */
export function createServer({ introspection, logger, plugins = [] }: CreateServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError,
    plugins: [requestIdPlugin(logger), ...plugins, ...(introspection ? [] : [ApolloServerPluginLandingPageDisabled()])],
  });
}
