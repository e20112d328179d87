import type { Db } from './db';
import type { NotificationChannel } from './entities/notification';
import { isConditionFailure } from './conditionFailure';

/** How long a sent notification is remembered: longer than a stream record can be retried (24 h). */
export const NOTIFICATION_MEMORY_DAYS = 7;

/**
 * Claims the right to send `eventId` on `channel` (its email, or its publication): one conditional
 * PutItem. False when it was claimed before (it went out, or is going out, from an earlier attempt).
 */
export async function claimNotification(
  db: Db,
  { eventId, channel, now = new Date() }: { eventId: string; channel: NotificationChannel; now?: Date },
): Promise<boolean> {
  try {
    await db.entities.notification
      .create({
        eventId,
        channel,
        claimedAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + NOTIFICATION_MEMORY_DAYS * 86_400,
      })
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Gives a claim back after the send failed, so the stream's retry (or a redrive) sends it: DeleteItem. */
export async function releaseNotification(db: Db, { eventId, channel }: { eventId: string; channel: NotificationChannel }): Promise<void> {
  await db.entities.notification.delete({ eventId, channel }).go();
}

/** A customer's email address and name, for a notification: GetItem. */
export async function getCustomerContact(db: Db, { customerId }: { customerId: string }): Promise<{ email?: string; name?: string } | null> {
  const { data } = await db.entities.customer.get({ customerId }).go();
  return data && { email: data.email, name: data.name };
}
