/** The service name on every log line, metric and trace, and in the function's Powertools settings. */
export const SERVICE_NAME = 'storefront-api';
