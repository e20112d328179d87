/** Where the storefront's pages may connect to: its stage's API, the sign-in's origins and where admins upload images. */
export interface SiteOrigins {
  /** The API's origin, such as `https://abc123.execute-api.eu-west-1.amazonaws.com`. */
  readonly apiOrigin: string;
  /** Cognito's managed login and token endpoints (none locally: the local sign-in is on the API's origin). */
  readonly authOrigins: readonly string[];
  /** Where the admin pages post an image's presigned upload: the media bucket's regional endpoint (the local S3 server under `npm start`). */
  readonly uploadOrigins?: readonly string[];
  /** The payment provider the checkout pays through: `stripe` lets in Stripe.js (STRIPE_JS_SOURCES); none otherwise. */
  readonly paymentProvider?: 'local' | 'stripe';
}

/**
 * What Stripe.js needs in a Content-Security-Policy, as Stripe documents it for Stripe.js and
 * Elements: its script, its frames (the card field, 3-D Secure) and its API (docs/payments.md).
 */
export const STRIPE_JS_SOURCES = {
  script: ['https://js.stripe.com'],
  frame: ['https://js.stripe.com', 'https://hooks.stripe.com'],
  connect: ['https://api.stripe.com'],
} as const;

/** `index.html`, `config.json` and the app's routes: always revalidated, so a deploy shows at once. */
export const PAGE_CACHE_CONTROL = 'no-cache';
/** `assets/*` carry a content hash in their names: a year, never revalidated. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * The storefront's Content-Security-Policy: its own scripts and styles only (no inline code), and
 * network calls to its own origin, its stage's API, the sign-in and the image uploads only. A stage
 * that pays through Stripe also lets in Stripe.js's script, frames and API calls, nothing more.
 */
export function contentSecurityPolicy({ apiOrigin, authOrigins, uploadOrigins = [], paymentProvider = 'local' }: SiteOrigins): string {
  const stripe = paymentProvider === 'stripe';
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...(stripe ? STRIPE_JS_SOURCES.script : [])].join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", apiOrigin, ...authOrigins, ...uploadOrigins, ...(stripe ? STRIPE_JS_SOURCES.connect : [])].join(' ')}`,
    ...(stripe ? [`frame-src ${STRIPE_JS_SOURCES.frame.join(' ')}`] : []),
    `form-action ${["'self'", ...authOrigins].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** The security headers CloudFront adds to every storefront response, as a header map (`npm start -- --built` sends them too). */
export function securityHeaders(origins: SiteOrigins): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(origins),
    'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
