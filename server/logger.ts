import { RequestLogger } from './RequestLogger';

/** The service name on every log line, metric and trace. */
export const SERVICE_NAME = 'storefront-api';

/** The one structured JSON logger; level from POWERTOOLS_LOG_LEVEL. */
export const logger = new RequestLogger({ serviceName: SERVICE_NAME });
