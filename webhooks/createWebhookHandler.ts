import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createDynamoClient } from '../data/client';
import { createDb, type Db } from '../data/db';
import { getPayment } from '../data/payments';
import { applyPaymentEvent } from '../domain/payments/applyPaymentEvent';
import { WebhookSignatureError } from '../domain/payments/paymentErrors';
import { createOrderPaymentHook, type PaymentEventHook } from '../domain/payments/paymentEventHook';
import type { PaymentProvider, WebhookHeaders } from '../domain/payments/paymentProvider';
import type { WebhookConfig } from '../runtime/env/webhookEnvironment';
import { paymentProviderLoader } from '../runtime/payments/loadPaymentProvider';
import { WEBHOOK_SERVICE_NAME } from '../runtime/serviceNames';

/** The resource path of a provider's webhooks on the stage's API: `/webhooks/stripe`, `/webhooks/local`. */
export const WEBHOOK_PATH_PREFIX = '/webhooks/';

export interface WebhookHandlerOptions {
  readonly config: WebhookConfig;
  readonly db?: Db;
  /** The provider (tests, `npm start`); by default the one `config.payments` names. */
  readonly provider?: () => Promise<PaymentProvider>;
  readonly hook?: PaymentEventHook;
  readonly logger?: Logger;
  readonly now?: () => Date;
}

export type WebhookHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

/**
 * `POST /webhooks/<provider>`: the signature is verified on the raw body before anything else (a
 * bad one: 400, nothing written), the event is applied once and forward only, and the provider is
 * answered 200 for every event it need not send again (applied, seen before, stale, for an unknown
 * payment, of a type not acted on). A failure on our side answers 500, so the provider retries;
 * the guard and the effect are one transaction, and the hook runs again on a redelivery (hooks are
 * idempotent), so a retry finishes what failed.
 */
export function createWebhookHandler({ config, now, ...options }: WebhookHandlerOptions): WebhookHandler {
  const logger = options.logger ?? new Logger({ serviceName: WEBHOOK_SERVICE_NAME, logLevel: config.logLevel });
  const db =
    options.db ?? createDb({ client: createDynamoClient({ region: config.region, endpoint: config.dynamoDbEndpoint }), tableName: config.tableName });
  const provider = options.provider ?? paymentProviderLoader(config.payments, { region: config.region });
  const log = {
    info: (message: string, extra: Record<string, unknown> = {}) => logger.info(message, extra),
    warn: (message: string, extra: Record<string, unknown> = {}) => logger.warn(message, extra),
    error: (message: string, extra: Record<string, unknown> = {}) => logger.error(message, extra),
  };
  const hook = options.hook ?? createOrderPaymentHook({ payments: provider, now });

  return async (request) => {
    const name = providerOf(request);
    if (request.httpMethod !== 'POST' || name !== config.payments.kind) return answer(404, { message: 'No such webhook endpoint.' });
    let payments: PaymentProvider;
    try {
      payments = await provider();
    } catch (error) {
      logger.error('The payment provider could not be set up; the delivery is refused so the provider retries it', { error });
      return answer(503, { message: 'Try again later.' });
    }
    const body = request.isBase64Encoded ? Buffer.from(request.body ?? '', 'base64').toString('utf8') : (request.body ?? '');
    let event;
    try {
      event = payments.parseWebhook(body, (request.headers ?? {}) as WebhookHeaders);
    } catch (error) {
      if (error instanceof WebhookSignatureError) {
        logger.warn('Webhook delivery refused: its signature does not verify', {
          reason: error.message,
          sourceIp: request.requestContext?.identity?.sourceIp,
        });
        return answer(400, { message: 'The signature does not verify.' });
      }
      logger.warn('Webhook delivery refused: its body is not an event', { error });
      return answer(400, { message: 'The body is not an event.' });
    }
    if (!event) return answer(200, { received: true, outcome: 'ignored' });
    try {
      const outcome = await applyPaymentEvent({ db, hook, log, now }, event);
      if (outcome === 'duplicate') {
        const payment = await getPayment(db, { paymentProvider: event.provider, paymentId: event.paymentId });
        if (payment) await hook({ db, payment, event, log });
      }
      logger.info('Webhook event handled', {
        provider: event.provider,
        eventId: event.eventId,
        eventType: event.type,
        paymentId: event.paymentId,
        outcome,
      });
      return answer(200, { received: true, outcome });
    } catch (error) {
      logger.error('Webhook event could not be applied; the provider will deliver it again', { eventId: event.eventId, error });
      return answer(500, { message: 'The event could not be applied; deliver it again.' });
    }
  };
}

/** The provider named by the resource path (`/webhooks/stripe`; the request path under the local gateway). */
function providerOf(request: APIGatewayProxyEvent): string | undefined {
  const path = request.resource?.startsWith(WEBHOOK_PATH_PREFIX) ? request.resource : request.path;
  return path.startsWith(WEBHOOK_PATH_PREFIX) ? path.slice(WEBHOOK_PATH_PREFIX.length) : undefined;
}

function answer(statusCode: number, body: Record<string, unknown>): APIGatewayProxyResult {
  return { statusCode, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}
