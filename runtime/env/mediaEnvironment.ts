// The media function's environment contract (media/lambda.ts): the variables it reads, the typed
// config read from them once at init, and the writer CDK's MediaFunction sets them with.
import { readEnv, type Env } from './readEnv';
import { writeEnv, type EnvVariables } from './writeEnv';

/** The media function's configuration. */
export interface MediaFunctionConfig {
  readonly region: string;
  /** The private media bucket: uploads are read from `uploads/`, renditions written under `media/`. */
  readonly bucket: string;
  /** An S3-compatible server; unset in AWS. */
  readonly s3Endpoint?: string;
}

export const MEDIA_VARIABLES = {
  region: 'AWS_REGION',
  bucket: 'MEDIA_BUCKET',
  s3Endpoint: 'S3_ENDPOINT',
} as const;

/** Reads the media function's configuration, failing fast with a ConfigError that names the variable. */
export function loadMediaConfig(env: Env = process.env): MediaFunctionConfig {
  const read = readEnv(env);
  return {
    region: read.optional(MEDIA_VARIABLES.region) ?? 'us-east-1',
    bucket: read.required(MEDIA_VARIABLES.bucket),
    s3Endpoint: read.optional(MEDIA_VARIABLES.s3Endpoint),
  };
}

/** The variables that give the media function `inputs` (Lambda sets the region itself). */
export function mediaEnvironment(inputs: Omit<MediaFunctionConfig, 'region'> & { readonly region?: string }): EnvVariables {
  return writeEnv({
    [MEDIA_VARIABLES.region]: inputs.region,
    [MEDIA_VARIABLES.bucket]: inputs.bucket,
    [MEDIA_VARIABLES.s3Endpoint]: inputs.s3Endpoint,
  });
}
