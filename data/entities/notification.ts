import { Entity } from 'electrodb';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/**
 * A customer notification that has been sent (or is being sent), by event id: written under
 * `attribute_not_exists` before the email goes out, so a retried stream batch sends no second
 * email. DynamoDB's TTL removes it once no retry can come any more.
 */
export const NotificationEntity = new Entity({
  model: { entity: 'notification', version: '1', service: SERVICE },
  attributes: {
    eventId: { type: 'string', required: true, readOnly: true },
    channel: { type: ['email'] as const, required: true, readOnly: true },
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
