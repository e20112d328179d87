import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { StoreConfig } from './config';

/** Who is signed in, with the access token the API verifies. */
export interface Session {
  readonly sub: string;
  readonly name: string;
  readonly admin: boolean;
  readonly token: string;
}

/** A demo user the local stack signs tokens for (`npm start` only). */
export interface DemoUser extends Session {
  readonly email: string;
}

export interface Auth {
  readonly kind: 'local' | 'cognito';
  session(): Session | undefined;
  subscribe(listener: () => void): () => void;
  /** Local: the demo users to choose from. */
  demoUsers(): Promise<DemoUser[]>;
  /** Local: sign in as a demo user; Cognito: go to the managed login (authorization code + PKCE). */
  signIn(user?: DemoUser): Promise<void>;
  /** Cognito: finish the sign-in the managed login redirected back with. */
  completeSignIn(): Promise<void>;
  signOut(): Promise<void>;
  /** The API refused the token (expired, revoked): forget it, so the shopper signs in again. */
  expired(): void;
}

const SESSION_KEY = 'storefront.session';

/** The claims of a JWT, unverified (the API verifies; the client only shows who is signed in). */
function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
}

function sessionOf(token: string, name?: string): Session {
  const claims = claimsOf(token);
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  return { sub: String(claims.sub), name: name ?? String(claims.username ?? claims.email ?? claims.sub), admin: groups.includes('admin'), token };
}

export async function createAuth(config: StoreConfig): Promise<Auth> {
  const listeners = new Set<() => void>();
  let current: Session | undefined;
  const set = (next: Session | undefined) => {
    current = next;
    if (next) sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(SESSION_KEY);
    for (const listener of listeners) listener();
  };
  const stored = sessionStorage.getItem(SESSION_KEY);
  if (stored) current = JSON.parse(stored) as Session;
  const common = {
    session: () => current,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    expired: () => set(undefined),
  };

  if (config.auth.kind === 'local') {
    const { tokensUrl } = config.auth;
    return {
      ...common,
      kind: 'local',
      async demoUsers() {
        const response = await fetch(tokensUrl);
        if (!response.ok) throw new Error(`The local sign-in is not available (${response.status}).`);
        return ((await response.json()) as { users: DemoUser[] }).users;
      },
      async signIn(user) {
        if (user) set({ sub: user.sub, name: user.name, admin: user.admin, token: user.token });
      },
      async completeSignIn() {},
      async signOut() {
        set(undefined);
      },
    };
  }

  const { region, userPoolId, clientId, domain } = config.auth;
  const manager = new UserManager({
    authority: `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`,
    client_id: clientId,
    redirect_uri: `${location.origin}/callback`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    scope: 'openid email profile',
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  return {
    ...common,
    kind: 'cognito',
    async demoUsers() {
      return [];
    },
    async signIn() {
      await manager.signinRedirect();
    },
    async completeSignIn() {
      const user = await manager.signinRedirectCallback();
      set(sessionOf(user.access_token, typeof user.profile.email === 'string' ? user.profile.email : undefined));
    },
    async signOut() {
      await manager.removeUser();
      set(undefined);
      location.assign(`${domain}/logout?client_id=${encodeURIComponent(clientId)}&logout_uri=${encodeURIComponent(`${location.origin}/`)}`);
    },
  };
}
