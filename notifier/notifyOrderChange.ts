import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Db } from '../data/db';
import { getOrderWithLines } from '../data/orders';
import { claimNotification, releaseNotification } from '../data/notifications';
import type { CustomerContacts } from './customerContacts';
import { orderEmail } from './emails';
import { orderEventAttributes, orderEventOf, type OrderEventV1 } from './orderEvent';
import { InvalidOrderRecordError, orderChangeOf } from './orderRecords';
import type { Mailer, Publisher } from './outbox';

export interface OrderNotifierDeps {
  readonly db: Db;
  readonly stage: string;
  readonly publisher: Publisher;
  /** Customer emails; none in a stage without a sender. */
  readonly mailer?: Mailer;
  readonly contacts: CustomerContacts;
  readonly logger: Logger;
}

/**
 * One stream record: an order placed or cancelled becomes an event on the orders topic (at least
 * once: a retry publishes again, with the same `eventId`) and an email to the customer (once: the
 * email is claimed in the table before it is sent). Any other write is ignored. Throws to have the
 * record retried.
 */
export async function notifyOrderChange(deps: OrderNotifierDeps, record: DynamoDBRecord): Promise<OrderEventV1 | undefined> {
  const change = orderChangeOf(record);
  if (!change) return undefined;
  const { order } = change;
  // the lines were written in the same transaction as the order, which has committed
  const detail = await getOrderWithLines(deps.db, { orderId: order.orderId, consistent: true });
  if (!detail) throw new InvalidOrderRecordError(`Order ${order.orderId} of the stream record is not in the table.`);
  const event = orderEventOf({ eventType: change.eventType, stage: deps.stage, detail: { order, lines: detail.lines } });
  await deps.publisher.publish({
    topic: 'orders',
    subject: `${event.eventType} ${event.order.id}`,
    body: event,
    attributes: orderEventAttributes(event),
  });
  if (deps.mailer) await emailCustomer({ ...deps, mailer: deps.mailer }, event);
  deps.logger.info('Order event published', { eventId: event.eventId });
  return event;
}

async function emailCustomer({ db, mailer, contacts, logger }: OrderNotifierDeps & { mailer: Mailer }, event: OrderEventV1): Promise<void> {
  const contact = await contacts.contactOf(event.order.customerId);
  if (!contact?.email) {
    logger.info('No email address for the customer; no email sent', { eventId: event.eventId });
    return;
  }
  if (!(await claimNotification(db, { eventId: event.eventId }))) {
    logger.info('Email already sent for this event', { eventId: event.eventId });
    return;
  }
  try {
    await mailer.send(orderEmail(event, { to: contact.email, name: contact.name }));
  } catch (error) {
    await releaseNotification(db, { eventId: event.eventId });
    throw error;
  }
}
