import type { Logger } from '@aws-lambda-powertools/logger';
import { createNotifierDeps } from '../notifier/notifierDeps';
import type { RedriveOptions } from '../notifier/redrive';
import { createLocalDeadLetters } from './localDeadLetters';
import { localNotifierOptions, type LocalNotifierOptions } from './startLocalNotifier';

/**
 * What `npm run job -- redrive` works on locally: the local notifier's dead letters (its outbox
 * file) and the same clients the local notifier runs with.
 */
export function openLocalRedrive({ logger, ...options }: LocalNotifierOptions & { logger: Logger }): RedriveOptions {
  const local = localNotifierOptions(options);
  return {
    queue: createLocalDeadLetters({ file: options.outboxFile, outbox: local.outbox }),
    deps: createNotifierDeps({ ...local.options, logger }),
  };
}
