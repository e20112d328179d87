import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import { startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context as LambdaContext } from 'aws-lambda';
import { trackCatalogWrites } from '../data/catalogWrites';
import { createDynamoClient } from '../data/client';
import { createDb } from '../data/db';
import { createTokenVerifier } from './auth';
import type { Config } from '../runtime/env/apiEnvironment';
import { createContext } from '../resolvers/context';
import { headerValue, withCorsHeaders } from '../runtime/cors';
import { MAX_TOKENS, createServer } from './createServer';
import { toGraphQLError } from './errorBoundary';
import { createCursorKeys, type CursorKeys } from './cursorKeys';
import { UncachedFailureError, isTransientFailure, refuseSignedInGet } from './getRequests';
import { cacheFlushPlugin } from './plugins/cacheFlushPlugin';
import { createStageCacheFlusher, type StageCacheFlusher } from './stageCacheFlusher';
import { createRestRequestHandler } from './restRequestHandler';
import { StorefrontError } from '../core/errors';
import { SERVICE_NAME, logger as defaultLogger } from './logger';
import type { RequestLogger } from './RequestLogger';
import { measureDynamoRequests } from './observability/measureDynamoRequests';
import { createMetrics } from '../runtime/createMetrics';
import { observabilityPlugin } from './plugins/observabilityPlugin';
import { costExtensionPlugin } from './plugins/costExtensionPlugin';
import { runInRequestScope } from './observability/requestScope';
import { traceDynamoCalls } from './observability/traceDynamoCalls';
import { aliasOf } from '../runtime/settings/aliasOf';
import { createSettingsStore } from '../runtime/settings/settingsStore';
import { readOnlyPlugin } from './plugins/readOnlyPlugin';
import { defaultRuntimeSettings, type LogLevel, type RuntimeSettingsStore } from '../runtime/settings/runtimeSettings';
import { type WARM_UP_PAYLOAD, isWarmUpEvent } from '../runtime/warmUp';
import { enforceRequestDeadline, requestDeadline } from './requestDeadline';
import { documentOf } from './requestDocument';
import { refuseUntrustedDocument } from './refuseUntrustedDocument';
import { createUnboundedDocumentCheck } from './refuseUnboundedDocument';
import { trustedDocuments } from './trustedDocuments';
import type { MediaServices } from '../domain/media/mediaServices';
import type { PaymentProvider } from '../domain/payments/paymentProvider';
import { paymentProviderLoader } from '../runtime/payments/loadPaymentProvider';
import { createMediaServices } from './createMediaServices';

export interface LambdaHandlerOptions {
  readonly config: Config;
  /** Defaults to a client for the configured region and endpoint. */
  readonly dynamoClient?: DynamoDBDocumentClient;
  readonly logger?: RequestLogger;
  readonly metrics?: Metrics;
  /** The `service` of log lines, metrics and traces; the logger and metrics passed in should use the same. */
  readonly serviceName?: string;
  /** Where each request's runtime settings come from; by default the alias's settings item in the table. */
  readonly settings?: RuntimeSettingsStore;
  /** The cursor keys; by default read as the configuration says (Secrets Manager when deployed). */
  readonly cursorKeys?: CursorKeys;
  /** Flushes the stage's GET cache after catalog writes when the stage caches; by default API Gateway's FlushStageCache. */
  readonly cacheFlusher?: StageCacheFlusher;
  /** The media bucket's operations and the check of uploads; by default the media function the configuration names (in-process under `npm start` and in tests). */
  readonly mediaServices?: MediaServices;
  /** The payment provider (tests, `npm start`); by default the one `config.payments` names, loaded on first use. */
  readonly paymentProvider?: () => Promise<PaymentProvider>;
  /** The clock of the order rules (holds, their expiry); the system's by default. */
  readonly now?: () => Date;
}

export type StorefrontHandler = (
  event: APIGatewayProxyEvent | typeof WARM_UP_PAYLOAD | Record<string, unknown>,
  context: LambdaContext,
) => Promise<APIGatewayProxyResult | { warmed: true }>;

/**
 * Builds everything heavy once (SDK client, ElectroDB service, token verifier, Apollo server,
 * runtime settings store) and returns the Lambda handler: warm-up pings return at once;
 * everything else refreshes the alias's runtime settings if they are stale, then goes through
 * Apollo's API Gateway REST (v1) integration, and gets its CORS and Cache-Control headers on the way out.
 */
export function createLambdaHandler({
  config,
  dynamoClient,
  logger = defaultLogger,
  serviceName = SERVICE_NAME,
  metrics = createMetrics({ serviceName, stage: config.stage }),
  settings,
  cursorKeys,
  cacheFlusher,
  mediaServices,
  paymentProvider,
  now,
}: LambdaHandlerOptions): StorefrontHandler {
  const client =
    dynamoClient ??
    createDynamoClient({
      region: config.region,
      endpoint: config.dynamoDbEndpoint,
      onWarning: (message) => logger.warn('AWS SDK warning', { sdkMessage: message }),
    });
  measureDynamoRequests(client);
  enforceRequestDeadline(client);
  if (config.tracing) traceDynamoCalls(client, serviceName);
  const db = createDb({ client, tableName: config.tableName });
  const defaults = defaultRuntimeSettings({
    introspection: config.introspection,
    logLevel: config.logLevel,
    trustedDocuments: config.trustedDocuments,
  });
  const store = settings ?? createSettingsStore({ db, defaults, logger });
  // Aliases are named after their stage: start reading the settings during init, so the first
  // request finds them read (or in flight) instead of waiting for the round trip.
  void store.refresh(config.stage);
  const verifier = createTokenVerifier(config.auth);
  const keys =
    cursorKeys ??
    createCursorKeys(config.cursorKey, { region: config.region, onWarning: (message, error) => logger.warn(message, { error: error as Error }) });
  void keys.refresh();
  const flusher = config.stageCache
    ? (cacheFlusher ?? createStageCacheFlusher({ region: config.region, endpoint: config.apiGatewayEndpoint, logger }))
    : undefined;
  const media = config.media && createMediaServices({ config: config.media, region: config.region, given: mediaServices });
  const mediaBaseUrl = config.media?.baseUrl ?? '';
  const payments = paymentProvider ?? (config.payments && paymentProviderLoader(config.payments, { region: config.region }));
  const trusted = trustedDocuments();
  const refuseUnbounded = createUnboundedDocumentCheck({ maxTokens: MAX_TOKENS });
  const server = createServer({
    introspection: config.introspection,
    trusted,
    logger,
    plugins: [
      readOnlyPlugin(),
      ...(flusher ? [cacheFlushPlugin(flusher)] : []),
      observabilityPlugin({ logger, metrics }),
      costExtensionPlugin({ everyone: config.costForEveryone, cachedGets: config.stageCache }),
    ],
  });

  const graphqlHandler = startServerAndCreateLambdaHandler(server, createRestRequestHandler({ landingPage: config.introspection }), {
    context: async ({ event, context }) => {
      const requestId = event.requestContext?.requestId ?? context.awsRequestId;
      try {
        const actor = await verifier.actorFor(headerValue(event.headers, 'authorization'));
        const { apiId, stage } = event.requestContext ?? {};
        const apiStage = flusher && apiId && stage ? { restApiId: apiId, stageName: stage } : undefined;
        const settings = store.current();
        // before Apollo parses and validates the document, once the token says who the caller is
        const document = documentOf(event);
        refuseUntrustedDocument(trusted, { actor, settings }, document);
        refuseUnbounded(document);
        return createContext({ requestId, actor, db, settings, cursorCodec: keys.codec(), apiStage, media, mediaBaseUrl, payments, now });
      } catch (error) {
        throw error instanceof StorefrontError ? toGraphQLError(error) : error;
      }
    },
  });

  // The stage is the same for every line; the level is set on the logger only when it changes.
  logger.appendPersistentKeys({ stage: config.stage });
  let levelSet: LogLevel | undefined;

  return async (event, context) => {
    const warmUp = isWarmUpEvent(event);
    const apiEvent = event as APIGatewayProxyEvent;
    const requestId = warmUp ? undefined : apiEvent.requestContext?.requestId;
    const alias = aliasOf(context.invokedFunctionArn, config.stage);
    // Every line of this request carries its ids (replaced by the next request's, nothing to reset).
    logger.forRequest(context, { requestId, alias });
    const coldStart = logger.getColdStart();
    if (coldStart) metrics.captureColdStartMetric();
    if (warmUp) {
      metrics.addMetric('WarmUpPings', MetricUnit.Count, 1);
      metrics.publishStoredMetrics();
      return { warmed: true };
    }
    const refused = refuseSignedInGet(apiEvent);
    if (refused) return withResponseHeaders(config, apiEvent, refused);
    const keysRead = keys.refresh();
    await store.refresh(alias);
    if (keysRead) await keysRead;
    const current = store.current();
    // Sampling: a share of requests is logged in full whatever the alias's level.
    const logLevel = Math.random() < current.logSampleRate ? 'DEBUG' : current.logLevel;
    if (logLevel !== levelSet) logger.setLogLevel((levelSet = logLevel));
    const line = { service: serviceName, stage: config.stage, alias, requestId, coldStart, tracing: config.tracing, lambda: context };
    const result = await runInRequestScope(
      {
        startedAt: Date.now(),
        deadline: requestDeadline(context),
        logLevel,
        line,
        dynamoRequests: 0,
        readUnits: 0,
        writeUnits: 0,
        trustedDocuments: current.trustedDocuments,
      },
      // where the stage caches GETs, the catalog writes of the request decide whether to flush them
      () => {
        const run = () => graphqlHandler(apiEvent, context, () => undefined) as Promise<APIGatewayProxyResult>;
        return flusher ? trackCatalogWrites(run) : run();
      },
    );
    if (config.stageCache && apiEvent.httpMethod === 'GET' && isTransientFailure(result)) {
      logger.warn('A GET failed transiently; failing the invocation so API Gateway caches no answer', { statusCode: result.statusCode });
      throw new UncachedFailureError(result.statusCode);
    }
    return withResponseHeaders(config, apiEvent, result);
  };
}

/**
 * CORS, and `Cache-Control: no-store`: no field has a cache hint, so no answer may be stored by
 * browsers or shared caches (API Gateway's own GET cache is set per stage in infra/stages.ts).
 */
function withResponseHeaders(config: Config, event: APIGatewayProxyEvent, result: APIGatewayProxyResult): APIGatewayProxyResult {
  withCorsHeaders(config.corsOrigins, event, result);
  (result.headers ??= {})['cache-control'] = 'no-store';
  return result;
}
