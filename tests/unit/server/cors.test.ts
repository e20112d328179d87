import type { APIGatewayProxyResult } from 'aws-lambda';
import { allowedOrigin, withCorsHeaders } from '../../../server/cors';

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
});
