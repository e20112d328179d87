import { Logger } from '@aws-lambda-powertools/logger';

/** The one structured JSON logger; level from POWERTOOLS_LOG_LEVEL, service from POWERTOOLS_SERVICE_NAME. */
export const logger = new Logger({ serviceName: 'storefront-api' });
