/** `config.json`, served next to the app: what differs between stages, so one build serves every stage. */
export interface StoreConfig {
  /** The GraphQL endpoint, on another origin (API Gateway). */
  readonly apiUrl: string;
  readonly auth: LocalAuthConfig | CognitoAuthConfig;
  /** How the checkout takes the card: the provider the stage's API pays through. */
  readonly payments: LocalPaymentsConfig | StripePaymentsConfig;
}

/** `npm start` and the tests: the local provider's test cards, typed into the page; nothing of Stripe loads. */
export interface LocalPaymentsConfig {
  readonly provider: 'local';
}

/** A deployed stage: the card is typed into Stripe's own field (Stripe.js), never into the page. */
export interface StripePaymentsConfig {
  readonly provider: 'stripe';
  /** Stripe's publishable key (`pk_…`): public by design. */
  readonly publishableKey: string;
}

/** `npm start`: demo users' tokens from the local stack's own route (never deployed). */
export interface LocalAuthConfig {
  readonly kind: 'local';
  readonly tokensUrl: string;
}

/** A deployed stage: Cognito's managed login, authorization code flow with PKCE. */
export interface CognitoAuthConfig {
  readonly kind: 'cognito';
  readonly region: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** The user pool's managed-login domain, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly domain: string;
}

export async function loadConfig(): Promise<StoreConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as StoreConfig;
}
