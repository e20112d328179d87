import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { GetFunctionConfigurationCommand, LambdaClient, ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '@aws-lambda-powertools/logger';
import { loadDeployedNotifierConfig } from '../runtime/env/notifierEnvironment';
import type { DeadLetterQueue } from './deadLetters';
import { createNotifierDeps } from './notifierDeps';
import type { RedriveOptions } from './redrive';
import { createSqsDeadLetters } from './sqsDeadLetters';
import { notifierFunctionName } from '../runtime/serviceNames';
import { readStreamBatch } from './streamBatchRecords';

/** A stage's redrive cannot start: the message says what to check (no stack trace is shown). */
export class RedriveSetupError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RedriveSetupError';
  }
}

export interface StageRedriveClients {
  readonly lambda: LambdaClient;
  readonly sqs: SQSClient;
  readonly streams: DynamoDBStreamsClient;
}

/**
 * What `npm run job -- redrive --stage <name>` works on, found from the deployed stage itself: the
 * notifier function's environment (its table, topics, sender: the same configuration the function
 * runs with), its stream mapping's on-failure destination (the dead-letter queue), and the stream.
 * Credentials and region come from the environment (AWS_PROFILE, AWS_REGION) or `region`.
 */
export async function openStageRedrive({
  stage,
  region,
  logger,
  clients = {
    lambda: new LambdaClient({ region }),
    sqs: new SQSClient({ region }),
    streams: new DynamoDBStreamsClient({ region }),
  },
}: {
  stage: string;
  region: string;
  logger: Logger;
  clients?: StageRedriveClients;
}): Promise<Required<RedriveOptions> & { queue: DeadLetterQueue }> {
  const functionName = notifierFunctionName(stage);
  const where = `${functionName} in ${region}`;
  const { Environment } = await ask(where, () =>
    clients.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: functionName, Qualifier: stage })),
  );
  const config = loadDeployedNotifierConfig(Environment?.Variables ?? {}, region);
  const { EventSourceMappings = [] } = await ask(where, () =>
    clients.lambda.send(new ListEventSourceMappingsCommand({ FunctionName: `${functionName}:${stage}` })),
  );
  const queueArn = EventSourceMappings.map((mapping) => mapping.DestinationConfig?.OnFailure?.Destination).find((arn) => arn?.includes(':sqs:'));
  if (!queueArn) throw new RedriveSetupError(`${where} has no stream mapping with an SQS on-failure destination.`);
  // arn:aws:sqs:<region>:<account>:<name>
  const [, , , , account, queueName] = queueArn.split(':');
  const { QueueUrl } = await ask(queueArn, () => clients.sqs.send(new GetQueueUrlCommand({ QueueName: queueName, QueueOwnerAWSAccountId: account })));
  return {
    queue: createSqsDeadLetters({ client: clients.sqs, queueUrl: QueueUrl! }),
    deps: createNotifierDeps({ config, logger }),
    readStreamBatch: (batch) => readStreamBatch(clients.streams, batch),
  };
}

/** An AWS call whose usual failures are a user's to fix: said plainly. */
async function ask<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'CredentialsProviderError') {
      throw new RedriveSetupError('No AWS credentials found: set AWS_PROFILE (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).', { cause: error });
    }
    if (name === 'ResourceNotFoundException' || name === 'QueueDoesNotExist' || name === 'AWS.SimpleQueueService.NonExistentQueue') {
      throw new RedriveSetupError(`${what} does not exist: is the stage deployed in this region (--region, or AWS_REGION)?`, { cause: error });
    }
    if (/AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken/.test(name)) {
      throw new RedriveSetupError(`AWS refused access to ${what} (${name}): ${(error as Error).message}`, { cause: error });
    }
    throw error;
  }
}
