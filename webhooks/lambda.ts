// Lambda entry point of the payment webhooks: `POST /webhooks/<provider>` on the stage's REST API.
import { loadWebhookConfig } from '../runtime/env/webhookEnvironment';
import { createWebhookHandler } from './createWebhookHandler';

export const handler = createWebhookHandler({ config: loadWebhookConfig() });
