import { createDynamoClient } from '../data/client';
import { createDb } from '../data/db';
import { createNotifierHandler, type NotifierHandler, type NotifierHandlerOptions } from '../notifier/createNotifierHandler';
import { createLocalOutbox, type LocalOutbox } from '../notifier/localOutbox';
import { startLocalHoldExpiry } from './localHoldExpiry';
import { passesNotifierFilters } from '../runtime/productStreamFilter';
import type { LogLevel } from '../core/logLevels';
import { LOCAL_DYNAMODB_TIMEOUT_MS } from './dynamoDbLocal';
import { startStreamPoller } from './streamPoller';

export interface LocalNotifier {
  /** `.data/outbox.jsonl`: one JSON line per message and email. */
  readonly outboxFile: string;
  /** Resolves once everything written to the table before the call has been handled. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** What a local invocation looks like to the handler: unqualified, so the `local` alias's settings apply. */
export const LOCAL_NOTIFIER_CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:storefront-notifier-local' };

export interface LocalNotifierOptions {
  readonly endpoint: string;
  readonly tableName: string;
  readonly outboxFile: string;
  readonly log?: (line: string) => void;
  readonly logLevel?: LogLevel;
}

/**
 * What the local notifier is built from: DynamoDB Local, and the local outbox file for its messages,
 * emails and dead letters; its DynamoDB client waits as long as DynamoDB Local needs under load
 * (LOCAL_DYNAMODB_TIMEOUT_MS).
 */
export function localNotifierOptions({ endpoint, tableName, outboxFile, log = () => undefined, logLevel = 'WARN' }: LocalNotifierOptions): {
  options: NotifierHandlerOptions;
  outbox: LocalOutbox;
} {
  const outbox = createLocalOutbox({ file: outboxFile, log });
  const client = createDynamoClient({
    region: 'us-east-1',
    endpoint,
    requestTimeoutMs: LOCAL_DYNAMODB_TIMEOUT_MS,
    connectionTimeoutMs: LOCAL_DYNAMODB_TIMEOUT_MS,
  });
  return {
    options: {
      config: { stage: 'local', region: 'us-east-1', tableName, dynamoDbEndpoint: endpoint, logLevel, outbox: { kind: 'file', file: outboxFile } },
      db: createDb({ client, tableName }),
      publisher: outbox.publisher,
      mailer: outbox.mailer,
    },
    outbox,
  };
}

/** The notifier's Lambda handler on DynamoDB Local, publishing and mailing into the local outbox file (`npm start`, `npm run job`). */
export function createLocalNotifierHandler(options: LocalNotifierOptions): { handler: NotifierHandler; outbox: LocalOutbox } {
  const local = localNotifierOptions(options);
  return { handler: createNotifierHandler(local.options), outbox: local.outbox };
}

/**
 * The order notifier as `npm start` runs it: the same handler as the Lambda, on DynamoDB Local's
 * real stream (filtered as the deployed event source mapping filters: order events, and the
 * product changes it logs for search within a poll, 200 ms), publishing and mailing into
 * a local outbox file, with a one-line summary of each through `log`.
 */
export async function startLocalNotifier(options: Omit<LocalNotifierOptions, 'logLevel'>): Promise<LocalNotifier> {
  const { endpoint, tableName, outboxFile, log = () => undefined } = options;
  const { handler, outbox } = createLocalNotifierHandler(options);
  let lastError: string | undefined;
  const poller = await startStreamPoller({
    endpoint,
    tableName,
    filter: passesNotifierFilters,
    handler: (event) => handler(event, LOCAL_NOTIFIER_CONTEXT),
    onDeadLetter: (reason, record) => outbox.deadLetter(reason, record),
    onError: (error) => {
      const message = `[notifier] stream poll failed: ${error instanceof Error ? error.message : String(error)}`;
      // once per distinct failure, not every poll
      if (message !== lastError) log(message);
      lastError = message;
    },
  });
  // DynamoDB Local runs no TTL: expired hold markers are deleted here, as TTL would
  const expiry = startLocalHoldExpiry({
    db: createDb({ client: createDynamoClient({ region: 'us-east-1', endpoint }), tableName }),
    notify: (event) => handler(event, LOCAL_NOTIFIER_CONTEXT),
    onError: (error) => log(`[notifier] hold expiry failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  return {
    outboxFile,
    idle: () => poller.idle(),
    stop: async () => {
      expiry.stop();
      await poller.stop();
    },
  };
}
