import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { CognitoJwtInvalidClientIdError, CognitoJwtInvalidTokenUseError, FetchError, JwtBaseError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { AuthConfig } from '../runtime/env/apiEnvironment';
import { ADMIN_GROUP, anonymous, type Actor } from '../core/actor';
import { ServiceUnavailableError, UnauthenticatedError } from '../core/errors';

export interface TokenVerifier {
  /** The actor behind an `Authorization` header value; anonymous when there is none. */
  actorFor(authorization: string | undefined): Promise<Actor>;
}

interface VerifiedClaims {
  readonly sub: string;
  readonly 'cognito:groups'?: unknown;
  readonly email?: unknown;
}

/**
 * Verifies Cognito access tokens in AWS, or tokens signed by the local stack's key against its
 * JWKS (same library, same checks as Cognito's verifier: signature, issuer, expiry, token use
 * and app client).
 */
export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const verify = buildVerify(auth);
  return {
    async actorFor(authorization) {
      if (authorization === undefined || authorization.trim() === '') return anonymous;
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
      let claims: VerifiedClaims;
      try {
        claims = await verify(match[1]!);
      } catch (error) {
        if (error instanceof FetchError) {
          throw new ServiceUnavailableError('Tokens cannot be verified right now; retry the request.', { cause: error });
        }
        if (error instanceof JwtBaseError) {
          throw new UnauthenticatedError('The token is invalid or has expired; sign in again.', { cause: error });
        }
        throw error;
      }
      const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
      return {
        kind: 'customer',
        customerId: claims.sub,
        isAdmin: groups.includes(ADMIN_GROUP),
        ...(typeof claims.email === 'string' ? { email: claims.email } : {}),
      };
    },
  };
}

function buildVerify(auth: AuthConfig): (token: string) => Promise<VerifiedClaims> {
  if (auth.kind === 'cognito') {
    const verifier = CognitoJwtVerifier.create({ userPoolId: auth.userPoolId, tokenUse: 'access', clientId: auth.clientId });
    // Fetch the pool's keys during cold start rather than on the first signed-in request.
    verifier.hydrate().catch(() => undefined);
    return (token) => verifier.verify(token) as Promise<VerifiedClaims>;
  }
  // The local key set is known up front: "fetching" it returns the same keys, so a token with
  // an unknown key id fails verification instead of reaching for the network.
  const jwksBytes = new TextEncoder().encode(JSON.stringify(auth.jwks)).buffer as ArrayBuffer;
  const verifier = JwtVerifier.create(
    {
      issuer: auth.issuer,
      audience: null,
      jwksUri: `${auth.issuer}/.well-known/jwks.json`,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'access') throw new CognitoJwtInvalidTokenUseError('not an access token', payload.token_use, 'access');
        if (payload.client_id !== auth.clientId) {
          throw new CognitoJwtInvalidClientIdError('token issued to another app client', payload.client_id, auth.clientId);
        }
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: { fetch: async () => jwksBytes } }) },
  );
  return (token) => verifier.verify(token) as Promise<VerifiedClaims>;
}
