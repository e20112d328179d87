import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookSignatureError } from './paymentErrors';

/** How old a signed delivery may be (seconds), as Stripe's default tolerance: older ones are refused as replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * The local provider's signature header, in Stripe's scheme (`t=<epoch seconds>,v1=<hex HMAC-SHA256
 * of "<t>.<body>">`), so the local webhook path verifies exactly what a deployed one does.
 */
export function signWebhook(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(`${timestamp}.${payload}`, secret)}`;
}

/** Checks a header made by `signWebhook` (or Stripe) against the raw body; throws WebhookSignatureError. */
export function verifyWebhookSignature(
  payload: string,
  header: string | undefined,
  secret: string,
  { toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS, now = Date.now() }: { toleranceSeconds?: number; now?: number } = {},
): void {
  if (!header) throw new WebhookSignatureError('The delivery has no signature header.');
  const parts = header.split(',').map((part) => part.split('=', 2) as [string, string | undefined]);
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  const signatures = parts.filter(([key]) => key === 'v1').map(([, value]) => value ?? '');
  if (!Number.isInteger(timestamp) || signatures.length === 0) throw new WebhookSignatureError('The signature header is malformed.');
  const expected = Buffer.from(hmac(`${timestamp}.${payload}`, secret), 'hex');
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookSignatureError('The signature does not match the body.');
  if (Math.abs(Math.floor(now / 1000) - timestamp) > toleranceSeconds) throw new WebhookSignatureError('The signature is outside the tolerance.');
}

function hmac(text: string, secret: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}
