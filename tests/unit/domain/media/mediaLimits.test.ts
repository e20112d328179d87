import { renditionHeight, renditionWidthsFor } from '../../../../domain/media/mediaLimits';
import { mediaRenditions, renditionFor } from '../../../../domain/media/mediaRenditions';
import { loadConfig } from '../../../../runtime/env/apiEnvironment';
import { ConfigError } from '../../../../runtime/env/readEnv';

describe('renditions', () => {
  it('are made at the standard widths below the original and at its own width, capped at the widest', () => {
    expect(renditionWidthsFor(200)).toEqual([200]);
    expect(renditionWidthsFor(320)).toEqual([320]);
    expect(renditionWidthsFor(800)).toEqual([320, 640, 800]);
    expect(renditionWidthsFor(4000)).toEqual([320, 640, 1024, 1600]);
  });

  it('keep the aspect ratio, at least one pixel high', () => {
    expect(renditionHeight({ width: 800, height: 600 }, 320)).toBe(240);
    expect(renditionHeight({ width: 1000, height: 333 }, 320)).toBe(107);
    expect(renditionHeight({ width: 5000, height: 1 }, 320)).toBe(1);
  });

  it('are addressed under the media origin, and url(maxWidth) picks the narrowest wide enough, else the widest', () => {
    const renditions = mediaRenditions('https://cdn.example.com', 'p1', { mediaId: 'm1', width: 800, height: 600, renditionWidths: [320, 640, 800] });

    expect(renditions[0]).toEqual({ url: 'https://cdn.example.com/media/p1/m1/320.webp', width: 320, height: 240 });
    expect([renditionFor(renditions, 300).width, renditionFor(renditions, 641).width, renditionFor(renditions, 5000).width]).toEqual([320, 800, 800]);
    expect(renditionFor(renditions).width).toBe(800);
    expect(renditionFor(renditions, null).width).toBe(800);
  });
});

describe('the API’s media configuration', () => {
  const base = { TABLE_NAME: 't', CORS_ORIGINS: 'https://shop.example.com', AUTH_ISSUER: 'i', AUTH_CLIENT_ID: 'c', AUTH_JWKS: '{"keys":[]}' };

  it('is absent without a bucket, and read whole with one', () => {
    expect(loadConfig(base).media).toBeUndefined();
    expect(
      loadConfig({ ...base, MEDIA_BUCKET: 'b', MEDIA_BASE_URL: 'https://d1.cloudfront.net/', MEDIA_FUNCTION_NAME: 'storefront-media-dev' }).media,
    ).toEqual({
      bucket: 'b',
      baseUrl: 'https://d1.cloudfront.net',
      s3Endpoint: undefined,
      functionName: 'storefront-media-dev',
    });
  });

  it('refuses a bucket without a base URL, or a base URL that is not one', () => {
    expect(() => loadConfig({ ...base, MEDIA_BUCKET: 'b' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, MEDIA_BUCKET: 'b', MEDIA_BASE_URL: 'cdn.example.com' })).toThrow(/MEDIA_BASE_URL/);
  });
});
