import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Db } from '../data/db';
import { getOrderWithLines, type OrderWithLines } from '../data/orders';
import { claimNotification, releaseNotification } from '../data/notifications';
import { endAbandonedCheckout } from './abandonedCheckouts';
import type { CustomerContacts } from './customerContacts';
import { hasOrderEmail, orderEmail } from './emails';
import type { OrderEventType } from '../runtime/orderStreamFilter';
import { orderEventAttributes, orderEventOf, type OrderEventV1 } from './orderEvent';
import { InvalidOrderRecordError, orderChangeOf } from './orderRecords';
import type { Mailer, Publisher } from './outbox';
import { sendEmail } from './sendEmail';

export interface OrderNotifierDeps {
  readonly db: Db;
  readonly stage: string;
  readonly publisher: Publisher;
  /** Customer emails; none in a stage without a sender. */
  readonly mailer?: Mailer;
  readonly contacts: CustomerContacts;
  readonly logger: Logger;
  /** Where emails refused for good are counted. */
  readonly metrics?: Metrics;
  /** The time, for an expired hold's order (the clock by default). */
  readonly now?: () => Date;
}

/**
 * One stream record: an order's change becomes an event on the orders topic and an email to the
 * customer (deliverOrderEvent); a hold marker the table's TTL deleted ends its abandoned order
 * (`endAbandonedCheckout`), whose change then comes as its own record. Any other write is ignored.
 * Throws to have the record retried.
 */
export async function notifyOrderChange(deps: OrderNotifierDeps, record: DynamoDBRecord): Promise<OrderEventV1 | undefined> {
  const { logger } = deps;
  const log = {
    info: (message: string, extra: Record<string, unknown> = {}) => logger.info(message, extra),
    warn: (message: string, extra: Record<string, unknown> = {}) => logger.warn(message, extra),
    error: (message: string, extra: Record<string, unknown> = {}) => logger.error(message, extra),
  };
  const abandoned = await endAbandonedCheckout({ db: deps.db, now: deps.now ?? (() => new Date()), log }, record);
  if (abandoned !== undefined) return undefined;
  const change = orderChangeOf(record);
  if (!change) return undefined;
  const { order } = change;
  // the lines were written in the same transaction as the order, which has committed
  const detail = await getOrderWithLines(deps.db, { orderId: order.orderId, consistent: true });
  if (!detail) throw new InvalidOrderRecordError(`Order ${order.orderId} of the stream record is not in the table.`);
  return (await deliverOrderEvent(deps, change.eventType, { order, lines: detail.lines })).event;
}

/** What a delivery did: whether this attempt published the event, and what became of the email. */
export interface OrderEventDelivery {
  readonly event: OrderEventV1;
  /** False when an earlier attempt had published it. */
  readonly published: boolean;
  readonly email: 'sent' | 'already sent' | 'refused' | 'no address' | 'no sender' | 'none expected';
}

/**
 * Publishes the order's event on the orders topic and emails the customer, each at most once: each
 * is claimed in the table before it is sent (data/notifications.ts), so a retried record or a
 * redrive sends only what an earlier attempt did not. A failed send gives its claim back and
 * throws, so the retry sends it; an email refused for good is logged and counted, not retried.
 */
export async function deliverOrderEvent(deps: OrderNotifierDeps, eventType: OrderEventType, detail: OrderWithLines): Promise<OrderEventDelivery> {
  const event = orderEventOf({ eventType, stage: deps.stage, detail });
  const published = await publishOnce(deps, event);
  const email = !hasOrderEmail(event.eventType)
    ? 'none expected'
    : deps.mailer
      ? await emailCustomer({ ...deps, mailer: deps.mailer }, event)
      : 'no sender';
  return { event, published, email };
}

async function publishOnce({ db, publisher, logger }: OrderNotifierDeps, event: OrderEventV1): Promise<boolean> {
  if (!(await claimNotification(db, { eventId: event.eventId, channel: 'sns' }))) {
    logger.info('Event already published', { eventId: event.eventId });
    return false;
  }
  await giveBackOnFailure(db, { eventId: event.eventId, channel: 'sns' }, () =>
    publisher.publish({
      topic: 'orders',
      subject: `${event.eventType} ${event.order.id}`,
      body: event,
      attributes: orderEventAttributes(event),
    }),
  );
  logger.info('Order event published', { eventId: event.eventId });
  return true;
}

async function emailCustomer(deps: OrderNotifierDeps & { mailer: Mailer }, event: OrderEventV1): Promise<OrderEventDelivery['email']> {
  const { db, contacts, logger } = deps;
  const contact = await contacts.contactOf(event.order.customerId);
  if (!contact?.email) {
    logger.info('No email address for the customer; no email sent', { eventId: event.eventId });
    return 'no address';
  }
  const claim = { eventId: event.eventId, channel: 'email' } as const;
  if (!(await claimNotification(db, claim))) {
    logger.info('Email already sent for this event', { eventId: event.eventId });
    return 'already sent';
  }
  const sent = await giveBackOnFailure(db, claim, () =>
    sendEmail(deps, orderEmail(event, { to: contact.email!, name: contact.name }), { eventId: event.eventId }),
  );
  if (sent) return 'sent';
  // refused for good: nothing went out, so a later redrive may try again
  await releaseNotification(db, claim);
  return 'refused';
}

/**
 * Runs `send` under a claim taken just before: when it fails, the claim is given back so the retry
 * sends it. Should the give-back fail too, the send's error is thrown with it (the claim then holds
 * until its TTL, and the event is not sent again by a retry).
 */
async function giveBackOnFailure<T>(db: Db, claim: Parameters<typeof releaseNotification>[1], send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    try {
      await releaseNotification(db, claim);
    } catch (releaseError) {
      // both failures, the give-back's as the cause
      throw new AggregateError([error, releaseError], `Sending ${claim.channel} for ${claim.eventId} failed, and its claim could not be given back`, {
        cause: releaseError,
      });
    }
    throw error;
  }
}
