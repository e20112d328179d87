import { createNotifierHandler, type NotifierHandler } from '../notifier/createNotifierHandler';
import { createLocalOutbox } from '../notifier/localOutbox';
import { passesOrderFilters } from '../notifier/streamFilter';
import type { LogLevel } from '../core/logLevels';
import { startStreamPoller, type StreamPoller } from './streamPoller';

export interface LocalNotifier {
  /** `.data/outbox.jsonl`: one JSON line per message and email. */
  readonly outboxFile: string;
  readonly handler: NotifierHandler;
  readonly poller: StreamPoller;
  stop(): Promise<void>;
}

/** What a local invocation looks like to the handler: unqualified, so the `local` alias's settings apply. */
export const LOCAL_NOTIFIER_CONTEXT = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:storefront-notifier-local' };

/**
 * The order notifier as `npm start` runs it: the same handler as the Lambda, on DynamoDB Local's
 * real stream (filtered as the deployed event source mapping filters), publishing and mailing into
 * a local outbox file, with a one-line summary of each through `log`.
 */
export async function startLocalNotifier({
  endpoint,
  tableName,
  outboxFile,
  log = () => undefined,
  logLevel = 'WARN',
}: {
  endpoint: string;
  tableName: string;
  outboxFile: string;
  log?: (line: string) => void;
  logLevel?: LogLevel;
}): Promise<LocalNotifier> {
  const outbox = createLocalOutbox({ file: outboxFile, log });
  let lastError: string | undefined;
  const handler = createNotifierHandler({
    config: { stage: 'local', region: 'us-east-1', tableName, dynamoDbEndpoint: endpoint, logLevel, outbox: { kind: 'file', file: outboxFile } },
    publisher: outbox.publisher,
    mailer: outbox.mailer,
  });
  const poller = await startStreamPoller({
    endpoint,
    tableName,
    filter: passesOrderFilters,
    handler: (event) => handler(event, LOCAL_NOTIFIER_CONTEXT),
    onDeadLetter: (reason, record) => outbox.deadLetter(reason, record),
    onError: (error) => {
      const message = `[notifier] stream poll failed: ${error instanceof Error ? error.message : String(error)}`;
      // once per distinct failure, not every poll
      if (message !== lastError) log(message);
      lastError = message;
    },
  });
  return { outboxFile, handler, poller, stop: () => poller.stop() };
}
