import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { MediaProcessor, ProcessUploadResult } from '../domain/media/mediaProcessor';

/** The media function failed (an error it threw, or an answer that is not one): the mutation fails, nothing is written to the product. */
export class MediaFunctionError extends Error {
  override readonly name = 'MediaFunctionError';
}

/**
 * The media processor the deployed API uses: the media function, invoked synchronously
 * (RequestResponse) by name, so sharp loads in that function and never in the API's.
 *
 * @example
 * const processor = createLambdaMediaProcessor({ functionName: 'storefront-media-dev', region: 'eu-west-1' });
 */
export function createLambdaMediaProcessor({
  functionName,
  region,
  client = new LambdaClient({ region }),
}: {
  functionName: string;
  region: string;
  client?: LambdaClient;
}): MediaProcessor {
  return {
    async process(request) {
      const answer = await client.send(
        new InvokeCommand({ FunctionName: functionName, InvocationType: 'RequestResponse', Payload: Buffer.from(JSON.stringify(request)) }),
      );
      const text = answer.Payload ? Buffer.from(answer.Payload).toString('utf8') : '';
      if (answer.FunctionError) throw new MediaFunctionError(`The media function failed (${answer.FunctionError}): ${text.slice(0, 500)}`);
      const result = JSON.parse(text) as ProcessUploadResult;
      if (result?.kind !== 'processed' && result?.kind !== 'refused') throw new MediaFunctionError(`The media function answered ${text.slice(0, 200)}`);
      return result;
    },
  };
}
