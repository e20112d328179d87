import type { APIGatewayProxyResult } from 'aws-lambda';
import { allowedOrigin, headerValue, withCorsHeaders } from '../../../runtime/cors';

const origins = ['https://shop.example.com'];

describe('CORS headers on proxy responses', () => {
  it('echoes an allowed origin whatever the header casing', () => {
    const result: APIGatewayProxyResult = { statusCode: 200, body: '' };

    withCorsHeaders(origins, { headers: { ORIGIN: 'https://shop.example.com' } }, result);

    expect(result.headers).toEqual({ 'access-control-allow-origin': 'https://shop.example.com', vary: 'Origin' });
  });

  it('never reflects a foreign origin, and still varies on Origin', () => {
    const result: APIGatewayProxyResult = { statusCode: 400, headers: { Vary: 'Accept' }, body: '' };

    withCorsHeaders(origins, { headers: { origin: 'https://shop.example.com.evil.test' } }, result);

    expect(result.headers).toEqual({ vary: 'Accept, Origin' });
  });

  it('matches origins exactly', () => {
    expect(allowedOrigin(origins, 'https://shop.example.com')).toBe('https://shop.example.com');
    expect(allowedOrigin(origins, 'http://shop.example.com')).toBeUndefined();
    expect(allowedOrigin(origins, undefined)).toBeUndefined();
    expect(allowedOrigin(origins, 'null')).toBeUndefined();
  });

  it('reads a header whatever the casing the client sent its name in', () => {
    const value = 'Bearer token';

    const found = ['authorization', 'Authorization', 'AUTHORIZATION', 'authoRization'].map((name) =>
      headerValue({ Accept: '*/*', [name]: value }, 'authorization'),
    );

    expect(found).toEqual([value, value, value, value]);
    expect(headerValue({ 'X-Apollo-Operation-Name': 'Shelf' }, 'x-apollo-operation-name')).toBe('Shelf');
    expect(headerValue({ Authorizations: value }, 'authorization')).toBeUndefined();
    expect(headerValue(null, 'authorization')).toBeUndefined();
  });
});
