import { createMediaStore } from '../data/mediaStore';
import type { MediaProcessor } from '../domain/media/mediaProcessor';
import type { MediaServices } from '../domain/media/mediaServices';
import type { MediaConfig } from '../runtime/env/apiEnvironment';
import { createLambdaMediaProcessor } from './lambdaMediaProcessor';

/** No media function and none given: uploads cannot be checked, so attaching one fails (nothing is written). */
const missingProcessor: MediaProcessor = {
  process() {
    return Promise.reject(new Error(`No media processor: set MEDIA_FUNCTION_NAME, or pass mediaProcessor to createLambdaHandler.`));
  },
};

/**
 * The media bucket and the processor of uploads, built once per container: `processor` when given
 * (`npm start` and tests run it in-process), else the media function the configuration names.
 */
export function createMediaServices({ config, region, processor }: { config: MediaConfig; region: string; processor?: MediaProcessor }): MediaServices {
  return {
    store: createMediaStore({ bucket: config.bucket, region, endpoint: config.s3Endpoint }),
    processor: processor ?? (config.functionName ? createLambdaMediaProcessor({ functionName: config.functionName, region }) : missingProcessor),
  };
}
