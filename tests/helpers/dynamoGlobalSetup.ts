// Starts one DynamoDB Local for the integration project; each test file makes its own table.
import { startDynamoDbLocal } from '../../server/local/dynamoDbLocal';

export default async function globalSetup(): Promise<void> {
  const local = await startDynamoDbLocal();
  process.env.TEST_DYNAMODB_ENDPOINT = local.endpoint;
  (globalThis as { __dynamoDbLocal__?: typeof local }).__dynamoDbLocal__ = local;
}
