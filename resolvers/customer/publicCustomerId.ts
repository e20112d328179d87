import { createHmac } from 'node:crypto';

/**
 * Fixed, public key of the digest: it separates these ids from any other digest of a subject
 * (it is not a secret; what makes the id irreversible is the subject itself, a random UUID).
 */
const DOMAIN = 'storefront/customer-id/v1';

/**
 * The id clients see for a customer: `cus_` and 22 characters of an HMAC-SHA256 digest of the
 * identity provider's subject. Opaque, the same for a customer in every answer, stage and release,
 * and not reversible: a Cognito `sub` is a random UUID (122 random bits), so no search finds the
 * subject behind a digest. The subject itself stays server-side (keys, tokens, order events).
 *
 * @example
 * publicCustomerId('3f6c1b2e-…') // → 'cus_…' (22 characters after the prefix)
 */
export function publicCustomerId(subject: string): string {
  return `cus_${createHmac('sha256', DOMAIN).update(subject).digest('base64url').slice(0, 22)}`;
}
