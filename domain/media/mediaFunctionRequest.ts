import type { ProcessUploadRequest } from './mediaProcessor';

/** What the API asks the media function, which alone touches the media bucket in a deployed stage. */
export type MediaFunctionRequest =
  | ({ readonly action: 'process' } & ProcessUploadRequest)
  | {
      readonly action: 'presignUpload';
      readonly key: string;
      readonly contentType: string;
      readonly maxBytes: number;
      readonly expiresInSeconds: number;
    }
  | { readonly action: 'deleteObjects'; readonly keys: readonly string[] };
