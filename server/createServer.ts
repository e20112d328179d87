import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from '@aws-lambda-powertools/logger';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '../generated/typeDefs';
import { withNullAsDefault } from '../resolvers/argumentDefaults';
import { resolvers } from '../resolvers';
import type { Context } from '../resolvers/context';
import { formatError } from './errorBoundary';
import { queryLimitsPlugin } from './plugins/queryLimitsPlugin';
import { postOnlyFieldsPlugin } from './plugins/postOnlyFieldsPlugin';
import { requestIdPlugin } from './plugins/requestIdPlugin';
import { schemaVisibilityPlugin } from './plugins/schemaVisibilityPlugin';
import { trustedDocumentsPlugin } from './plugins/trustedDocumentsPlugin';
import { TrustedDocumentStore, trustedDocuments } from './trustedDocuments';

/** Most lexical tokens a document may have; graphql-js stops parsing past it (HTTP 400 GRAPHQL_PARSE_FAILED). */
export const MAX_TOKENS = 2_000;

export interface CreateServerOptions {
  /**
   * Serve Apollo's landing page (Sandbox) for browsers: the stage's deploy-time switch. Whether
   * introspection and field suggestions are allowed follows each request's runtime settings.
   */
  readonly introspection: boolean;
  readonly logger: Logger;
  /** Apollo plugins added by the entry point (read-only switch, cache flush, logs and metrics, `extensions.cost`), placed after ours. */
  readonly plugins?: ReadonlyArray<ApolloServerPlugin<Context>>;
  /** The trusted documents by hash; by default the bundled manifests' (`trustedDocuments()`). */
  readonly trusted?: ReadonlyMap<string, string>;
}

/**
 * What Apollo builds from `typeDefs` and `resolvers`, without validating the SDL again at every
 * cold start: codegen and `tests/unit/server/createServer.test.ts` validate the committed SDL, and
 * Apollo still asserts that the built schema is valid. The resolvers are attached to a copy of
 * every type, as Apollo does: attaching them in place saves a little init time, and requests
 * were no faster for it (docs/performance.md). An explicit `null` for an argument with a default
 * means the default (resolvers/argumentDefaults.ts).
 */
export function buildExecutableSchema(): GraphQLSchema {
  return withNullAsDefault(makeExecutableSchema({ typeDefs, resolvers, assumeValidSDL: true }));
}

/**
 * The one Apollo Server factory: the Lambda handler, the local stack and the tests all use it.
 * Protections that do not change at runtime are Apollo options (token limit, recursive
 * selections, CSRF prevention, no batching, no stack traces); the ones an operator can tune
 * per alias read `context.settings` in plugins (limits, introspection, suggestions).
 */
export function createServer({ introspection, logger, plugins = [], trusted = trustedDocuments() }: CreateServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildExecutableSchema(),
    // Allowed here, then refused per request by schemaVisibilityPlugin when the settings say so.
    introspection: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    maxRecursiveSelections: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // trusted documents answered by hash alone, other documents registered by Automatic Persisted Queries
    persistedQueries: { cache: new TrustedDocumentStore(trusted) },
    formatError,
    // Apollo starts a hook of every plugin at once, in this order, and a request that several
    // plugins refuse in didResolveOperation gets the first one's error: an untrusted document is
    // TRUSTED_DOCUMENT_REQUIRED whatever else is wrong with it; then come hidden introspection, the
    // limits, and the entry point's plugins (the read-only switch among them).
    plugins: [
      requestIdPlugin(logger),
      trustedDocumentsPlugin(trusted),
      schemaVisibilityPlugin(),
      queryLimitsPlugin(),
      postOnlyFieldsPlugin(),
      ...plugins,
      ...(introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
      // No field carries a cache hint, so Apollo's cache-control plugin would only spend a hook
      // per resolved field to arrive at `no-store` every time: the handler sets that header.
      ApolloServerPluginCacheControlDisabled(),
      // No Apollo GraphOS reporting: the Lambda bundle does not even carry its code (infra/bundle/).
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
}
