import type { Logger } from '@aws-lambda-powertools/logger';
import type { ApiStage } from '../resolvers/context';

export interface StageCacheFlusher {
  /** Empties the stage's GET cache; a failure is logged, never thrown (the write it follows has succeeded). */
  flush(stage: ApiStage): Promise<void>;
}

export interface StageCacheFlusherOptions {
  readonly region: string;
  /** API Gateway's management endpoint: the local gateway under `npm start`; unset in AWS. */
  readonly endpoint?: string;
  readonly logger: Logger;
}

/**
 * Flushes a stage's API Gateway cache (FlushStageCache) with the API Gateway SDK client, loaded on
 * the first flush: only admin catalog writes flush, so no other request pays for the client. The
 * function's role may flush its own stage's cache only (infra).
 */
export function createStageCacheFlusher({ region, endpoint, logger }: StageCacheFlusherOptions): StageCacheFlusher {
  let sdk: Promise<{ send: (stage: ApiStage) => Promise<unknown> }> | undefined;
  const load = () =>
    (sdk ??= import('@aws-sdk/client-api-gateway').then(({ APIGatewayClient, FlushStageCacheCommand }) => {
      const client = new APIGatewayClient({
        region,
        ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
      });
      return { send: (stage: ApiStage) => client.send(new FlushStageCacheCommand(stage)) };
    }));
  return {
    async flush(stage) {
      try {
        await (await load()).send(stage);
      } catch (error) {
        logger.error('The stage cache could not be flushed; cached answers expire with their TTL', { ...stage, error: error as Error });
      }
    },
  };
}
