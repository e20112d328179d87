import { sign } from 'node:crypto';
import https from 'node:https';
import { createTokenVerifier } from '../../../server/auth';
import { ServiceUnavailableError, UnauthenticatedError } from '../../../core/errors';
import { freePort } from '../../../local/dynamoDbLocal';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER, createSigningKey, signToken } from '../../../local/localAuth';

describe('token verification', () => {
  const key = createSigningKey();
  const verifier = createTokenVerifier({ kind: 'local', issuer: LOCAL_ISSUER, clientId: LOCAL_CLIENT_ID, jwks: key.jwks });

  it('treats a missing header as anonymous', async () => {
    await expect(verifier.actorFor(undefined)).resolves.toEqual({ kind: 'anonymous' });
    await expect(verifier.actorFor('')).resolves.toEqual({ kind: 'anonymous' });
  });

  it('turns a valid token into a customer, an admin when in the admin group', async () => {
    await expect(verifier.actorFor(`Bearer ${signToken(key, { sub: 'c1', email: 'c1@example.com' })}`)).resolves.toEqual({
      kind: 'customer',
      customerId: 'c1',
      isAdmin: false,
      email: 'c1@example.com',
    });
    await expect(verifier.actorFor(`bearer ${signToken(key, { sub: 'a1', admin: true })}`)).resolves.toMatchObject({
      customerId: 'a1',
      isAdmin: true,
    });
  });

  it.each([
    ['an expired token', () => `Bearer ${signToken(key, { sub: 'c1', expiresInSeconds: -1 })}`],
    ['a token signed by another key', () => `Bearer ${signToken(createSigningKey(), { sub: 'c1' })}`],
    ['a correctly signed token for another app client', () => `Bearer ${signToken(key, { sub: 'c1', clientId: 'another-app-client' })}`],
    ['a correctly signed token of another issuer', () => `Bearer ${resign({ iss: 'https://issuer.example.com' })}`],
    ['a correctly signed id token', () => `Bearer ${resign({ token_use: 'id' })}`],
    ['a correctly signed token without client_id', () => `Bearer ${resign({ client_id: undefined })}`],
    ['a tampered payload', () => tamper(signToken(key, { sub: 'c1' }))],
    ['a malformed header', () => 'Token abc'],
    ['garbage', () => 'Bearer abc.def.ghi'],
  ])('refuses %s as UNAUTHENTICATED', async (_name, header) => {
    await expect(verifier.actorFor(header())).rejects.toThrow(UnauthenticatedError);
  });

  it('reports an unreachable Cognito key set as retryable, not as a bad token', async () => {
    // Prepare: the verifier's HTTPS requests go to a local port nothing listens on (a refused
    // connection), never to Cognito; the test records where they were meant to go
    const closedPort = await freePort();
    const request = https.request;
    const asked: string[] = [];
    const redirect = jest.spyOn(https, 'request').mockImplementation(((url: string | URL, ...rest: [https.RequestOptions, () => void]) => {
      asked.push(String(url));
      return request(`https://127.0.0.1:${closedPort}/`, ...rest);
    }) as unknown as typeof https.request);
    const cognito = createTokenVerifier({ kind: 'cognito', userPoolId: 'eu-west-1_doesnotexist', clientId: 'c' });
    const token = signToken(key, { sub: 'c1' }).replace(/^[^.]+/, Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'k' })).toString('base64url'));
    const payload = Buffer.from(
      JSON.stringify({
        sub: 'c1',
        iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_doesnotexist',
        token_use: 'access',
        client_id: 'c',
        exp: 4102444800,
      }),
    ).toString('base64url');
    const [header, , signature] = token.split('.');

    try {
      // Act
      const verified = cognito.actorFor(`Bearer ${header}.${payload}.${signature}`);

      // Assess
      await expect(verified).rejects.toThrow(ServiceUnavailableError);
      expect(asked).toContain('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_doesnotexist/.well-known/jwks.json');
    } finally {
      redirect.mockRestore();
    }
  });

  /** A token for c1 with some claims replaced, signed with the verifier's own key. */
  function resign(claims: Record<string, unknown>): string {
    const [header, payload] = signToken(key, { sub: 'c1' }).split('.');
    const body = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), ...claims })).toString('base64url');
    const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), key.privateKey).toString('base64url');
    return `${header}.${body}.${signature}`;
  }
});

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
  claims['cognito:groups'] = ['admin'];
  return `Bearer ${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}
