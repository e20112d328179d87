import { NotificationEntity, type NotificationItem } from './entities/notification';

/** Any channel: the part of the key before the channel's value is the same for all of them. */
const A_CHANNEL: NotificationItem['channel'] = 'email';

/**
 * What the partition key of every notification claim starts with, whatever its channel
 * (`$storefront#channel_`): the key the entity builds, cut before the channel's value. The
 * notifier's role may write items under this prefix only (IAM `dynamodb:LeadingKeys`).
 */
export function notificationKeyPrefix(): string {
  const { pk } = NotificationEntity.get({ channel: A_CHANNEL, eventId: 'any' }).params({ table: 'any' }).Key as { pk: string };
  const end = pk.indexOf(`_${A_CHANNEL}#`);
  if (end < 0) throw new Error(`The notification key ${pk} does not hold its channel where expected.`);
  return pk.slice(0, end + 1);
}
