import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createDynamoClient } from '../data/client';
import { createDb, type Db } from '../data/db';
import { getStage, type StageSettings } from '../infra/stages';
import type { StorefrontHandler } from '../server/createLambdaHandler';
import { freePort, startDynamoDbLocal, type DynamoDbLocal } from './dynamoDbLocal';
import { dropIfOutdated, dropTable, ensureTable } from './ensureTable';
import { GRAPHQL_PATH, LOCAL_TOKENS_PATH, createLocalGateway } from './gateway';
import { startWebServer } from './webServer';
import type { ResponseCache } from './responseCache';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER, createSigningKey, loadOrCreateSigningKey, signToken, type LocalSigningKey } from './localAuth';
import { LOCAL_FUNCTION_NAME, lambdaContext } from './lambdaContext';
import { seedDemoData, type SeedSummary } from './seed';
import { startLocalNotifier, type LocalNotifier } from './startLocalNotifier';
import { DEMO_ADMIN, DEMO_CUSTOMER } from './seedData';
import { localStackFile, type RunningLocalStack } from './dataDir';
import { getAliasSettings, putAliasSettings } from '../data/aliasSettings';
import { ConflictError } from '../core/errors';
import { LOCAL_ALIAS } from '../runtime/settings/aliasOf';
import { apiEnvironment, inheritedApiInputs, loadConfig } from '../runtime/env/apiEnvironment';
import { createLocalProvider, type LocalProvider } from '../domain/payments/localProvider';
import { LOCAL_PAYMENT_WEBHOOK_SECRET } from '../runtime/env/paymentEnvironment';
import { loadWebhookConfig, webhookEnvironment } from '../runtime/env/webhookEnvironment';
import { createWebhookHandler, type WebhookHandler } from '../webhooks/createWebhookHandler';
import { createS3Client } from '../data/s3Client';
import { createMediaStore } from '../data/mediaStore';
import { createUploadProcessor } from '../media/processUpload';
import { LOCAL_MEDIA_BUCKET, startLocalS3, type LocalS3 } from './localS3';
import { seedDemoMedia } from './seedMedia';

export const LOCAL_TABLE_NAME = 'storefront-local';

export interface LocalStackOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Where data and the signing key persist; in memory with a throwaway key when omitted. */
  readonly dataDir?: string;
  /** Delete the persisted data first. */
  readonly fresh?: boolean;
  /** Use this DynamoDB endpoint instead of starting DynamoDB Local. */
  readonly dynamoDbEndpoint?: string;
  /** The table the stack seeds, serves, notifies from and names in its running-stack file; LOCAL_TABLE_NAME by default. */
  readonly tableName?: string;
  /** Stage whose gateway (CORS, cache and its TTL) and function settings (introspection) apply; dev by default. */
  readonly stageName?: string;
  /** Serve the storefront (web/) on this port, its origin allowed by the gateway as a stage's CloudFront origin is; not served when omitted. */
  readonly webPort?: number;
  /** Serve the production build (web/dist) with CloudFront's security headers instead of Vite's dev server. */
  readonly builtWeb?: boolean;
  /** Where the order notifier's summary lines go (`npm start`: the console); nowhere by default. */
  readonly notifierLog?: (line: string) => void;
  /** Where progress worth a line goes (building the storefront); nowhere by default. */
  readonly log?: (line: string) => void;
}

export interface LocalStack {
  readonly url: string;
  /** The storefront's URL, when it is served. */
  readonly webUrl?: string;
  /** The stage whose settings apply. */
  readonly stage: StageSettings;
  /** The origins the gateway and the function allow: the stage's, and the storefront's when it is served. */
  readonly corsOrigins: readonly string[];
  /** The gateway's GET cache, when the stage has one. */
  readonly cache: ResponseCache | undefined;
  readonly dynamoDbEndpoint: string;
  readonly tableName: string;
  readonly signingKey: LocalSigningKey;
  readonly tokens: { readonly customer: string; readonly admin: string };
  readonly seeded: SeedSummary;
  /** The persisted data was made for an older table layout and was dropped and seeded again. */
  readonly reseeded: boolean;
  /** `fresh` on a DynamoDB of the caller's (`dynamoDbEndpoint`): its table was deleted and created again. */
  readonly tableReset: boolean;
  /** The runtime settings the local function reads (its alias's item; empty: the defaults). */
  readonly localSettings: { readonly alias: string; readonly settings: Record<string, unknown> };
  /** The order notifier on the table's stream, and its outbox file. */
  readonly notifier: LocalNotifier;
  /** The S3-compatible server with the media bucket, and the origin image URLs start with. */
  readonly media: { readonly s3Endpoint: string; readonly bucket: string; readonly baseUrl: string };
  /**
   * The local payment provider: test cards, no network; its events are signed and POSTed to the
   * gateway's `/webhooks/local`, handled by the webhook function as a stage's Stripe deliveries are.
   */
  readonly payments: LocalProvider;
  /**
   * Invokes the function directly, as Lambda's Invoke API does (not through the gateway), qualified
   * by `qualifier`: a version number by default, as the pre-traffic hook invokes a new version.
   */
  invokeFunction(event: APIGatewayProxyEvent, qualifier?: string): Promise<APIGatewayProxyResult>;
  stop(): Promise<void>;
}

/**
 * DynamoDB Local, the table, demo data, and the production Lambda handler behind a local API
 * Gateway stand-in. The handler is the deployed entry point itself, configured through the same
 * environment variables CDK sets.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const stage = getStage(options.stageName ?? 'dev');
  if (options.fresh && options.dataDir) {
    rmSync(join(options.dataDir, 'dynamodb'), { recursive: true, force: true });
    rmSync(join(options.dataDir, 's3'), { recursive: true, force: true });
  }
  let dynamoDbLocal: DynamoDbLocal | undefined;
  if (!options.dynamoDbEndpoint) {
    dynamoDbLocal = await startDynamoDbLocal({ dataDir: options.dataDir && join(options.dataDir, 'dynamodb') });
  }
  const endpoint = options.dynamoDbEndpoint ?? dynamoDbLocal!.endpoint;
  const tableName = options.tableName ?? LOCAL_TABLE_NAME;
  const stackFile = options.dataDir && localStackFile(options.dataDir);
  // what has started so far, stopped again if a later step fails
  const started: { notifier?: LocalNotifier; web?: { stop(): Promise<void> }; gateway?: ReturnType<typeof createLocalGateway>; s3?: LocalS3 } = {};
  try {
    // --fresh on a DynamoDB of the caller's: the table it uses is the local data to drop
    const tableReset = Boolean(options.fresh && options.dynamoDbEndpoint) && (await dropTable(endpoint, tableName));
    const reseeded = await dropIfOutdated(endpoint, tableName);
    await ensureTable(endpoint, tableName);
    const db = createDb({ client: createDynamoClient({ region: 'us-east-1', endpoint }), tableName });
    const seeded = await seedDemoData(db);
    // the storefront's origin is needed for the bucket's CORS rules (uploads from the admin pages)
    const webPort = options.webPort === 0 ? await freePort() : options.webPort;
    const webOrigin = webPort === undefined ? undefined : `http://localhost:${webPort}`;
    const s3 = (started.s3 = await startLocalS3({
      directory: options.dataDir && join(options.dataDir, 's3'),
      corsOrigins: webOrigin ? [webOrigin] : [],
    }));
    const bucket = LOCAL_MEDIA_BUCKET;
    // the media function runs in-process, as the deployed one runs in its own Lambda
    const s3Client = createS3Client({ region: 'us-east-1', endpoint: s3.endpoint });
    const mediaServices = {
      store: createMediaStore({ bucket, region: 'us-east-1', endpoint: s3.endpoint }, s3Client),
      processor: createUploadProcessor({ client: s3Client, bucket }),
    };
    await seedDemoMedia(db, { client: s3Client, bucket });
    // images are served by the storefront's origin at /media/*, as CloudFront serves them; without it, by the S3 server itself
    const mediaBaseUrl = webOrigin ?? `${s3.endpoint}/${bucket}`;
    const localSettings = { alias: LOCAL_ALIAS, settings: await ensureAliasSettings(db, LOCAL_ALIAS) };
    const signingKey = options.dataDir ? loadOrCreateSigningKey(join(options.dataDir, 'local-auth.json')) : createSigningKey();

    // the handler is built once the gateway's address is known (the function calls it to flush the cache)
    const built: { handler?: StorefrontHandler; webhooks?: WebhookHandler } = {};
    // the storefront's origin joins the stage's list, as a deployed stage's CloudFront origin does
    const corsOrigins = webOrigin && !stage.corsOrigins.includes(webOrigin) ? [...stage.corsOrigins, webOrigin] : stage.corsOrigins;
    const demoUser = (user: { customerId: string; name: string; email: string }, admin: boolean) => ({
      sub: user.customerId,
      name: user.name,
      email: user.email,
      admin,
      token: signToken(signingKey, { sub: user.customerId, email: user.email, admin }),
    });
    const gateway = (started.gateway = createLocalGateway({
      handler: () => built.handler!,
      stage,
      corsOrigins,
      demoTokens: () => [demoUser(DEMO_CUSTOMER, false), demoUser(DEMO_ADMIN, true)],
      webhooks: () => built.webhooks!,
    }));
    await new Promise<void>((resolve, reject) => {
      gateway.server.once('error', reject);
      gateway.server.listen(options.port, resolve);
    });
    const { port } = gateway.server.address() as AddressInfo;
    // what the operator's environment sets is kept: a region, a log level, the metrics switch
    const inherited = inheritedApiInputs();
    Object.assign(
      process.env,
      apiEnvironment({
        stage: 'local',
        region: inherited.region ?? 'us-east-1',
        tableName,
        dynamoDbEndpoint: endpoint,
        corsOrigins,
        introspection: stage.introspection,
        trustedDocuments: stage.trustedDocuments,
        stageCache: stage.cache.enabled,
        costForEveryone: stage.costForEveryone,
        // the gateway also answers API Gateway's FlushStageCache for its stage
        apiGatewayEndpoint: `http://127.0.0.1:${port}`,
        auth: { kind: 'local', issuer: LOCAL_ISSUER, clientId: LOCAL_CLIENT_ID, jwks: signingKey.jwks },
        // quiet by default: `npm run settings -- set local logLevel=INFO` shows one line per request
        logLevel: inherited.logLevel ?? 'WARN',
        metricsDisabled: inherited.metricsDisabled ?? true,
        media: { bucket, baseUrl: mediaBaseUrl, s3Endpoint: s3.endpoint },
      }),
    );
    // Built as server/lambda.ts builds it, from the environment just set; the modules load only now,
    // as Lambda loads them after setting the environment. A fresh handler for every stack.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { createLambdaHandler } = require('../server/createLambdaHandler') as typeof import('../server/createLambdaHandler');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const payments = createLocalProvider({
      webhookSecret: LOCAL_PAYMENT_WEBHOOK_SECRET,
      deliver: async ({ body, headers }) => {
        const answer = await fetch(`http://127.0.0.1:${port}/webhooks/local`, { method: 'POST', headers, body });
        if (!answer.ok) throw new Error(`The local webhook answered ${answer.status}: ${await answer.text()}`);
      },
      onDeliveryError: (error) => console.error('A local payment event was not delivered:', (error as Error).message),
    });
    // the API's checkout and the webhook function share the one local provider, as a stage's share Stripe
    built.handler = createLambdaHandler({ config: loadConfig(), mediaServices, paymentProvider: async () => payments });
    built.webhooks = createWebhookHandler({
      config: loadWebhookConfig(
        webhookEnvironment({
          stage: 'local',
          tableName,
          dynamoDbEndpoint: endpoint,
          logLevel: inherited.logLevel ?? 'WARN',
          payments: { kind: 'local', webhookSecret: LOCAL_PAYMENT_WEBHOOK_SECRET },
        }),
      ),
      provider: async () => payments,
    });
    const notifier = (started.notifier = await startLocalNotifier({
      endpoint,
      tableName,
      outboxFile: join(options.dataDir ?? mkdtempSync(join(tmpdir(), 'storefront-outbox-')), 'outbox.jsonl'),
      log: options.notifierLog,
    }));
    const web = (started.web =
      webPort === undefined
        ? undefined
        : await startWebServer({
            port: webPort,
            built: options.builtWeb,
            log: options.log,
            mediaOrigin: `${s3.endpoint}/${bucket}`,
            config: {
              apiUrl: `http://localhost:${port}${GRAPHQL_PATH}`,
              auth: { kind: 'local', tokensUrl: `http://localhost:${port}${LOCAL_TOKENS_PATH}` },
              payments: { provider: 'local' },
            },
          }));
    // lets `npm run settings` and `npm run job` find this stack, once all of it runs (the pid tells them it still does)
    if (stackFile) {
      writeFileSync(stackFile, JSON.stringify({ dynamoDbEndpoint: endpoint, tableName, pid: process.pid } satisfies RunningLocalStack));
    }
    return {
      url: `http://localhost:${port}${GRAPHQL_PATH}`,
      ...(web ? { webUrl: web.url } : {}),
      stage,
      corsOrigins,
      cache: gateway.cache,
      dynamoDbEndpoint: endpoint,
      tableName,
      signingKey,
      tokens: {
        customer: signToken(signingKey, { sub: DEMO_CUSTOMER.customerId, email: DEMO_CUSTOMER.email }),
        admin: signToken(signingKey, { sub: DEMO_ADMIN.customerId, email: DEMO_ADMIN.email, admin: true }),
      },
      seeded,
      reseeded,
      tableReset,
      localSettings,
      notifier,
      payments,
      media: { s3Endpoint: s3.endpoint, bucket, baseUrl: mediaBaseUrl },
      async invokeFunction(event, qualifier = '1') {
        return (await built.handler!(event, lambdaContext({ functionName: LOCAL_FUNCTION_NAME, alias: qualifier }))) as APIGatewayProxyResult;
      },
      async stop() {
        if (stackFile) rmSync(stackFile, { force: true });
        await notifier.stop();
        await web?.stop();
        gateway.server.closeAllConnections();
        await new Promise<void>((resolve) => gateway.server.close(() => resolve()));
        await s3.stop();
        await dynamoDbLocal?.stop();
      },
    };
  } catch (error) {
    if (stackFile) rmSync(stackFile, { force: true });
    await started.notifier?.stop();
    await started.web?.stop();
    if (started.gateway?.server.listening) {
      started.gateway.server.closeAllConnections();
      await new Promise<void>((resolve) => started.gateway!.server.close(() => resolve()));
    }
    await started.s3?.stop();
    await dynamoDbLocal?.stop();
    throw error;
  }
}

/**
 * The settings item of the alias the local function reads, created empty (the defaults) when
 * missing: the function then finds an item, and `npm start` says in its banner what is in force.
 */
async function ensureAliasSettings(db: Db, alias: string): Promise<Record<string, unknown>> {
  const item = await getAliasSettings(db, { alias });
  if (item) return item.settings;
  try {
    return (await putAliasSettings(db, { alias, settings: {}, expectedRevision: 0, updatedBy: 'npm start' })).settings;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return (await getAliasSettings(db, { alias }))?.settings ?? {};
  }
}
