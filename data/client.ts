import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { collectNodeStream } from './collectNodeStream';
import { decodeBase64 } from './decodeBase64';

export interface DynamoClientOptions {
  readonly region: string;
  /** DynamoDB Local (or another emulator); unset in AWS. */
  readonly endpoint?: string;
  /** Called once for every request sent to DynamoDB (retries excluded), with the command name. */
  readonly onRequest?: (commandName: string) => void;
  /** Per-attempt limit; a request past it fails (and is retried) instead of hanging. */
  readonly requestTimeoutMs?: number;
  /**
   * Limit on getting a connection, counted from when the request is made (so time queued for one
   * of the agent's sockets counts too). In Lambda one request runs at a time, so 1 s is plenty.
   */
  readonly connectionTimeoutMs?: number;
  /** Receives the SDK's own warnings (socket capacity, unexpected answers); by default they are dropped. */
  readonly onWarning?: (message: string) => void;
}

export const DYNAMODB_LIMITS = { maxAttempts: 3, connectionTimeoutMs: 1_000, requestTimeoutMs: 2_000 } as const;

/**
 * The document client the data layer runs on. Timeouts and attempts are bounded so a request
 * fails well inside the Lambda timeout, which itself is below API Gateway's 29 s.
 */
export function createDynamoClient({
  region,
  endpoint,
  onRequest,
  requestTimeoutMs = DYNAMODB_LIMITS.requestTimeoutMs,
  connectionTimeoutMs = DYNAMODB_LIMITS.connectionTimeoutMs,
  onWarning,
}: DynamoClientOptions): DynamoDBDocumentClient {
  const base = new DynamoDBClient({
    region,
    maxAttempts: DYNAMODB_LIMITS.maxAttempts,
    base64Decoder: decodeBase64,
    requestHandler: {
      connectionTimeout: connectionTimeoutMs,
      requestTimeout: requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    ...(onWarning ? { logger: sdkLogger(onWarning) } : {}),
  });
  base.config.streamCollector = collectNodeStream(base.config.streamCollector);
  if (onRequest) onEveryRequest(base, 'storefrontRequestCounter', onRequest);
  return DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
}

/**
 * Calls `onRequest` with the command name once for every request the client sends (retries
 * excluded: the middleware runs before the retry layer). Adding the same `name` twice adds it once.
 */
export function onEveryRequest(client: Pick<DynamoDBClient, 'middlewareStack'>, name: string, onRequest: (commandName: string) => void): void {
  if (client.middlewareStack.identify().some((entry) => entry.startsWith(name))) return;
  client.middlewareStack.add(
    (next, context) => (args) => {
      onRequest(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name },
  );
}

const ignore = () => undefined;

/**
 * A logger for the SDK that passes on its warnings only. Without `info` and `error` the SDK's
 * logger middleware skips building a record of every call (input and output) and every failure;
 * the credential providers call `debug`, so it exists. An explicit logger also keeps the SDK from
 * telling its default no-op logger apart by class name, which the minified bundle does not keep.
 */
function sdkLogger(onWarning: (message: string) => void): DynamoDBClientConfig['logger'] {
  return {
    debug: ignore,
    trace: ignore,
    warn: (...parts: unknown[]) => onWarning(parts.map(String).join(' ')),
  } as unknown as DynamoDBClientConfig['logger'];
}
