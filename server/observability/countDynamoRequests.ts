import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { onEveryRequest } from '../../data/client';
import { currentRequest } from './requestScope';

/** Counts every DynamoDB request against the request being served (for logs and metrics). */
export function countDynamoRequests(client: DynamoDBDocumentClient): void {
  onEveryRequest(client, 'storefrontRequestScopeCounter', () => {
    const record = currentRequest();
    if (record) record.dynamoRequests++;
  });
}
