// Lambda entry point: API Gateway (REST, proxy) → this handler, through the stage's alias.
// Module scope runs once per container; every request reuses what it built.
import { loadConfig } from './config';
import { createLambdaHandler } from './createLambdaHandler';

export const handler = createLambdaHandler({ config: loadConfig() });
