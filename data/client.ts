import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoClientOptions {
  readonly region: string;
  /** DynamoDB Local (or another emulator); unset in AWS. */
  readonly endpoint?: string;
  /** Called once for every request sent to DynamoDB (retries excluded), with the command name. */
  readonly onRequest?: (commandName: string) => void;
}

/**
 * The document client the data layer runs on. Timeouts and attempts are bounded so a request
 * fails well inside the Lambda timeout, which itself is below API Gateway's 29 s.
 */
export function createDynamoClient({ region, endpoint, onRequest }: DynamoClientOptions): DynamoDBDocumentClient {
  const base = new DynamoDBClient({
    region,
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000 },
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  if (onRequest) {
    base.middlewareStack.add(
      (next, context) => (args) => {
        onRequest(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'storefrontRequestCounter' },
    );
  }
  return DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
}
