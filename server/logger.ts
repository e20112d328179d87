import { RequestLogger } from './RequestLogger';
import { SERVICE_NAME } from '../runtime/serviceNames';

export { SERVICE_NAME };

/** The one structured JSON logger; level from POWERTOOLS_LOG_LEVEL. */
export const logger = new RequestLogger({ serviceName: SERVICE_NAME });
