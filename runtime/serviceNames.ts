/** The API's `service` on every log line, metric and trace, and in the function's Powertools settings. */
export const SERVICE_NAME = 'storefront-api';
/** The notifier's `service` on every log line (POWERTOOLS_SERVICE_NAME). */
export const NOTIFIER_SERVICE_NAME = 'storefront-notifier';

/** The notifier function's name in a stage (its alias is the stage's name). */
export const notifierFunctionName = (stage: string) => `storefront-notifier-${stage}`;
/** The payment webhook function's `service` on every log line (POWERTOOLS_SERVICE_NAME). */
export const WEBHOOK_SERVICE_NAME = 'storefront-payment-webhooks';
/** The payment webhook function of a stage. */
export const webhookFunctionName = (stage: string) => `storefront-payment-webhooks-${stage}`;
