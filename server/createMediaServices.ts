import type { MediaServices } from '../domain/media/mediaServices';
import type { MediaConfig } from '../runtime/env/apiEnvironment';
import { createLambdaMediaServices } from './lambdaMediaServices';

/** Neither a media function nor services given: media mutations fail (nothing is written). */
const missing = (): Promise<never> =>
  Promise.reject(new Error('No media services: set MEDIA_FUNCTION_NAME, or pass mediaServices to createLambdaHandler.'));
const MISSING: MediaServices = { store: { presignUpload: missing, deleteObjects: missing }, processor: { process: missing } };

/**
 * The media services of the API, built once per container: `given` (`npm start` and tests run the
 * media function's code in-process), else the media function the configuration names.
 */
export function createMediaServices({ config, region, given }: { config: MediaConfig; region: string; given?: MediaServices }): MediaServices {
  if (given) return given;
  return config.functionName ? createLambdaMediaServices({ functionName: config.functionName, region }) : MISSING;
}
