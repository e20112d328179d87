// Lambda entry point: API Gateway (REST, proxy) → this handler, through the stage's alias.
// Module scope runs once per container; every request reuses what it built.
import { loadConfig } from '../runtime/env/apiEnvironment';
import { createLambdaHandler } from './createLambdaHandler';
import { logger } from './logger';
import { runtimeLine } from './observability/runtimeLine';

const config = loadConfig();

export const handler = createLambdaHandler({ config });

// One line per container: the Node release and runtime version to pin, and the code cache's fate.
logger.info('Runtime', { runtime: runtimeLine(config) });
