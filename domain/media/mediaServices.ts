import type { MediaStore } from '../../data/mediaStore';
import type { MediaProcessor } from './mediaProcessor';

/** What the media mutations need besides the table: the bucket, and the function that checks uploads. */
export interface MediaServices {
  readonly store: MediaStore;
  readonly processor: MediaProcessor;
}
