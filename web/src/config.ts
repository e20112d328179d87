/** `config.json`, served next to the app: what differs between stages, so one build serves every stage. */
export interface StoreConfig {
  /** The GraphQL endpoint, on another origin (API Gateway). */
  readonly apiUrl: string;
  readonly auth: LocalAuthConfig | CognitoAuthConfig;
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
