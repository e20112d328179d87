import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { currentRequest } from './requestScope';

const NAME = 'storefrontRequestScopeCounter';

/** Counts every DynamoDB request against the request being served (for logs and metrics). */
export function countDynamoRequests(client: DynamoDBDocumentClient): void {
  if (client.middlewareStack.identify().some((entry) => entry.startsWith(NAME))) return;
  client.middlewareStack.add(
    (next) => (args) => {
      const record = currentRequest();
      if (record) record.dynamoRequests++;
      return next(args);
    },
    { step: 'initialize', name: NAME },
  );
}
