// The media function's Lambda entry: the API invokes it (RequestResponse) with one upload to check
// and turn into renditions. Its own bundle, with sharp's linux-arm64 build, so the API never loads sharp.
import { createS3Client } from '../data/mediaStore';
import type { ProcessUploadRequest, ProcessUploadResult } from '../domain/media/mediaProcessor';
import { loadMediaConfig } from '../runtime/env/mediaEnvironment';
import { createUploadProcessor } from './processUpload';

const config = loadMediaConfig();
const processor = createUploadProcessor({
  client: createS3Client({ region: config.region, endpoint: config.s3Endpoint }),
  bucket: config.bucket,
});

export const handler = (event: ProcessUploadRequest): Promise<ProcessUploadResult> => processor.process(event);
