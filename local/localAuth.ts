import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LocalJwks } from '../runtime/env/apiEnvironment';

/** Issuer of the tokens the local stack signs. */
export const LOCAL_ISSUER = 'http://localhost/storefront-local-auth';
/** The local stack's app client: its tokens carry it in `client_id`, as Cognito's do, and the verifier requires it. */
export const LOCAL_CLIENT_ID = 'storefront-local';

export interface LocalSigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly jwks: LocalJwks;
}

export interface TokenClaims {
  readonly sub: string;
  readonly admin?: boolean;
  readonly email?: string;
  readonly expiresInSeconds?: number;
  /** Another app client's id (tokens the API must refuse); the local client by default. */
  readonly clientId?: string;
}

/** A fresh RSA signing key and the JWKS that verifies it. */
export function createSigningKey(): LocalSigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return fromPrivateKey(privateKey, randomUUID());
}

/** The key stored at `file`, created on first use so tokens stay valid across restarts. */
export function loadOrCreateSigningKey(file: string): LocalSigningKey {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { kid: string; privateKeyPem: string };
    return fromPrivateKey(createPrivateKey(stored.privateKeyPem), stored.kid);
  }
  const key = createSigningKey();
  mkdirSync(dirname(file), { recursive: true });
  const privateKeyPem = key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(file, JSON.stringify({ kid: key.kid, privateKeyPem }), { mode: 0o600 });
  return key;
}

function fromPrivateKey(privateKey: KeyObject, kid: string): LocalSigningKey {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return { kid, privateKey, jwks: { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] } };
}

/** An RS256 access token shaped like a Cognito one (`sub`, `cognito:groups`, `token_use`). */
export function signToken(key: LocalSigningKey, claims: TokenClaims, now = new Date()): string {
  const iat = Math.floor(now.getTime() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: key.kid };
  const payload = {
    sub: claims.sub,
    iss: LOCAL_ISSUER,
    token_use: 'access',
    client_id: claims.clientId ?? LOCAL_CLIENT_ID,
    'cognito:groups': claims.admin ? ['admin'] : [],
    ...(claims.email ? { email: claims.email } : {}),
    iat,
    exp: iat + (claims.expiresInSeconds ?? 12 * 3600),
    jti: randomUUID(),
  };
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const signingInput = `${encode(header)}.${encode(payload)}`;
  const signature = sign('RSA-SHA256', Buffer.from(signingInput), key.privateKey).toString('base64url');
  return `${signingInput}.${signature}`;
}
