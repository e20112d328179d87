import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { MediaServices } from '../domain/media/mediaServices';
import type { MediaFunctionRequest } from '../domain/media/mediaFunctionRequest';
import type { ProcessUploadResult } from '../domain/media/mediaProcessor';
import type { PresignedUpload } from '../data/mediaStore';

/** The media function failed (an error it threw, or an answer that is not one): the mutation fails, nothing is written to the product. */
export class MediaFunctionError extends Error {
  override readonly name = 'MediaFunctionError';
}

/**
 * The media services the deployed API uses: every bucket operation is the media function's,
 * invoked synchronously (RequestResponse) by name. Neither sharp nor the S3 SDK is in the API's
 * bundle, and the Lambda client loads on the first media mutation, not with the API.
 *
 * @example
 * const media = createLambdaMediaServices({ functionName: 'storefront-media-dev', region: 'eu-west-1' });
 */
export function createLambdaMediaServices({
  functionName,
  region,
  client,
}: {
  functionName: string;
  region: string;
  client?: LambdaClient;
}): MediaServices {
  let loading: Promise<{ lambda: LambdaClient; sdk: typeof import('@aws-sdk/client-lambda') }> | undefined;
  const load = () =>
    (loading ??= (async () => {
      // `require`, not `import()`: bundled, the CommonJS build stays unevaluated until this first call
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const sdk = require('@aws-sdk/client-lambda') as typeof import('@aws-sdk/client-lambda');
      return { sdk, lambda: client ?? new sdk.LambdaClient({ region }) };
    })());
  const invoke = async <T>(request: MediaFunctionRequest): Promise<T> => {
    const { sdk, lambda } = await load();
    const answer = await lambda.send(
      new sdk.InvokeCommand({ FunctionName: functionName, InvocationType: 'RequestResponse', Payload: Buffer.from(JSON.stringify(request)) }),
    );
    const text = answer.Payload ? Buffer.from(answer.Payload).toString('utf8') : '';
    if (answer.FunctionError) throw new MediaFunctionError(`The media function failed (${answer.FunctionError}): ${text.slice(0, 500)}`);
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new MediaFunctionError(`The media function answered ${text.slice(0, 200)}`, { cause: error });
    }
  };
  return {
    store: {
      presignUpload: (args) => invoke<PresignedUpload>({ action: 'presignUpload', ...args }),
      deleteObjects: async (keys) => {
        await invoke<null>({ action: 'deleteObjects', keys: [...keys] });
      },
    },
    processor: {
      async process(request) {
        const result = await invoke<ProcessUploadResult>({ action: 'process', ...request });
        if (result?.kind !== 'processed' && result?.kind !== 'refused')
          throw new MediaFunctionError(`The media function answered ${JSON.stringify(result)}`);
        return result;
      },
    },
  };
}
