import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/** What a claim covers: the customer's email, or the event's publication on the orders topic. */
export const NOTIFICATION_CHANNELS = ['email', 'sns'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * A notification that has been sent (or is being sent), by event id and channel: written under
 * `attribute_not_exists` before the email goes out or the event is published, so a retried
 * stream batch (or a redrive) sends neither twice. Every channel shares the entity's key prefix,
 * which the notifier's role is limited to. DynamoDB's TTL removes it once no retry can come any more.
 */
export const NotificationEntity = modelEntity({
  model: { entity: 'notification', version: '1', service: SERVICE },
  attributes: {
    eventId: { type: 'string', required: true, readOnly: true },
    channel: { type: NOTIFICATION_CHANNELS, required: true, readOnly: true },
    claimedAt: { type: 'string', required: true, readOnly: true },
    /** Epoch seconds: the table's TTL attribute. */
    expiresAt: { type: 'number', required: true, readOnly: true, field: table.ttlAttribute },
  },
  indexes: {
    byEvent: {
      pk: { ...primaryKeys.pk, composite: ['channel', 'eventId'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type NotificationItem = EntityItem<typeof NotificationEntity>;
