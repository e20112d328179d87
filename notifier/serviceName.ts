/** The notifier's `service` on every log line (POWERTOOLS_SERVICE_NAME). */
export const NOTIFIER_SERVICE_NAME = 'storefront-notifier';
