import { ApolloServer } from '@apollo/server';
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
}

/** The one Apollo Server factory: the Lambda handler, the local stack and the tests all use it. */
export function createServer({ introspection, logger }: CreateServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError,
    plugins: [requestIdPlugin(logger), ...(introspection ? [] : [ApolloServerPluginLandingPageDisabled()])],
  });
}
