// The media function's Lambda entry: in a deployed stage it alone touches the media bucket. The API
// invokes it (RequestResponse) to presign an upload, to check an upload and write its renditions,
// and to delete files. Its own bundle, with sharp's linux-arm64 build in a layer, so the API loads
// neither sharp nor the S3 SDK.
import { createMediaStore, type PresignedUpload } from '../data/mediaStore';
import { createS3Client } from '../data/s3Client';
import type { MediaFunctionRequest } from '../domain/media/mediaFunctionRequest';
import type { ProcessUploadResult } from '../domain/media/mediaProcessor';
import { loadMediaConfig } from '../runtime/env/mediaEnvironment';
import { createUploadProcessor } from './processUpload';

const config = loadMediaConfig();
const client = createS3Client({ region: config.region, endpoint: config.s3Endpoint });
const store = createMediaStore({ bucket: config.bucket, region: config.region, endpoint: config.s3Endpoint }, client);
const processor = createUploadProcessor({ client, bucket: config.bucket });

export async function handler(event: MediaFunctionRequest): Promise<ProcessUploadResult | PresignedUpload | null> {
  switch (event.action) {
    case 'process': {
      const { action: _action, ...request } = event;
      return processor.process(request);
    }
    case 'presignUpload': {
      const { action: _action, ...args } = event;
      return store.presignUpload(args);
    }
    case 'deleteObjects':
      await store.deleteObjects(event.keys);
      return null;
  }
}
