import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { ASSETS_PREFIX, ERROR_CACHING_SECONDS, PAGE_ROUTES_FUNCTION, PREVIOUS_ASSETS_DAYS, WEB_DIST } from '../../infra/constructs/StorefrontSite';
import { ASSET_CACHE_CONTROL, contentSecurityPolicy, HSTS_MAX_AGE_SECONDS, PAGE_CACHE_CONTROL } from '../../infra/siteHeaders';
import { stages } from '../../infra/stages';
import { RENDERED_ACCOUNT, RENDERED_REGION, asArray, onlyResource, render, resourcesOf } from './helpers/cfn';
import { SHIPPED_STAGES, synthesizeShipped } from './helpers/shippedStages';
import { stackIdFor, synthesize, type Synthesized, type TemplateJson } from './helpers/synthesize';

/** Runs a CloudFront Function's code on a viewer request for `uri`, as CloudFront calls `handler`; returns the URI it asks the origin for. */
function viewerRequest(code: string, uri: string): string {
  const context = vm.createContext({});
  vm.runInContext(`${code}\nthis.result = handler({ request: { uri: ${JSON.stringify(uri)}, method: 'GET', headers: {} } });`, context);
  return (context as { result: { uri: string } }).result.uri;
}

describe('the Content-Security-Policy per payment provider', () => {
  const origins = { apiOrigin: 'https://api.example.com', authOrigins: ['https://auth.example.com'] };
  const directives = (policy: string) => new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

  it('lets in nothing of Stripe for the local provider (npm start, the tests)', () => {
    const policy = contentSecurityPolicy({ ...origins, paymentProvider: 'local' });

    expect(policy).not.toContain('stripe.com');
    expect(directives(policy).has('frame-src')).toBe(false);
    expect(contentSecurityPolicy(origins)).toBe(policy);
  });

  it("lets in exactly Stripe.js's script, frames and API for the stripe provider, and changes nothing else", () => {
    const local = directives(contentSecurityPolicy({ ...origins, paymentProvider: 'local' }));

    const stripe = directives(contentSecurityPolicy({ ...origins, paymentProvider: 'stripe' }));

    expect(stripe.get('script-src')).toEqual(["'self'", 'https://js.stripe.com']);
    expect(stripe.get('frame-src')).toEqual(['https://js.stripe.com', 'https://hooks.stripe.com']);
    expect(stripe.get('connect-src')).toEqual([...local.get('connect-src')!, 'https://api.stripe.com']);
    for (const [name, sources] of local) if (name !== 'script-src' && name !== 'connect-src') expect(stripe.get(name)).toEqual(sources);
  });
});

describe('the storefront after a release', () => {
  let synthesized: Synthesized;
  let json: TemplateJson;
  beforeAll(() => {
    synthesized = synthesize({ stages: { dev: stages.dev } });
    json = synthesized.json(stackIdFor('dev'));
  });
  afterAll(() => synthesized?.cleanup());

  const distribution = () => onlyResource(json, 'AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;
  const deployment = (id: 'Assets' | 'Content') =>
    onlyResource(json, 'Custom::CDKBucketDeployment', (r) => r.Metadata['aws:cdk:path'].startsWith(`Storefront-dev/Web/${id}/`));

  it('sends only page routes to index.html, by a viewer-request function on the pages (never on assets/*)', () => {
    const [functionId, fn] = onlyResource(json, 'AWS::CloudFront::Function');
    const config = distribution();

    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(fn.Properties.AutoPublish).toBe(true);
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } },
    ]);
    // media/* is the product images' behaviour (tests/infra/productMedia.test.ts)
    expect(config.CacheBehaviors.map((behavior: any) => [behavior.PathPattern, behavior.FunctionAssociations])).toEqual([
      ['assets/*', undefined],
      ['media/*', undefined],
    ]);
    const code = fn.Properties.FunctionCode as string;
    expect(code).toBe(PAGE_ROUTES_FUNCTION);
    expect(['/', '/product/42', '/orders', '/callback'].map((uri) => viewerRequest(code, uri))).toEqual(Array(4).fill('/index.html'));
    expect(['/config.json', '/favicon.ico', '/assets/index-abc123.js', '/product/42/photo.png'].map((uri) => viewerRequest(code, uri))).toEqual([
      '/config.json',
      '/favicon.ico',
      '/assets/index-abc123.js',
      '/product/42/photo.png',
    ]);
  });

  it('answers a missing file with a real 404 that CloudFront keeps for seconds only, never with index.html', () => {
    const errors = distribution().CustomErrorResponses as any[];

    expect(errors).toEqual([403, 404].map((ErrorCode) => ({ ErrorCode, ErrorCachingMinTTL: ERROR_CACHING_SECONDS })));
    for (const error of errors) {
      expect(error).not.toHaveProperty('ResponsePagePath');
      expect(error).not.toHaveProperty('ResponseCode');
    }
    // S3 answers 404 (not 403) for a missing key only to a reader that may list the bucket
    const [, policy] = onlyResource(json, 'AWS::S3::BucketPolicy', (r) => r.Metadata['aws:cdk:path'].includes('/Web/'));
    const cloudfront = policy.Properties.PolicyDocument.Statement.find((s: any) => s.Principal?.Service === 'cloudfront.amazonaws.com');
    expect(asArray(cloudfront.Action).sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
  });

  it('gives assets their year-long Cache-Control on the objects, so a 404 for one carries none', () => {
    const config = distribution();
    const [assets] = config.CacheBehaviors;
    const headers = json.Resources[assets.ResponseHeadersPolicyId.Ref]!.Properties.ResponseHeadersPolicyConfig;

    expect(headers.CustomHeadersConfig).toBeUndefined();
    expect(deployment('Assets')[1].Properties.SystemMetadata).toEqual({ 'cache-control': ASSET_CACHE_CONTROL });
  });

  it('deploys the new assets next to the previous build’s (no pruning), then the pages, which prune everything but assets/', () => {
    const [assetsId, assets] = deployment('Assets');
    const [, pages] = deployment('Content');

    expect(assets.Properties).toMatchObject({ DestinationBucketKeyPrefix: ASSETS_PREFIX, Prune: false });
    expect(assets.Properties).not.toHaveProperty('DistributionPaths');
    expect(pages.Properties).toMatchObject({ Prune: true, Exclude: [`${ASSETS_PREFIX}*`], DistributionPaths: ['/index.html', '/config.json'] });
    expect(pages.DependsOn).toContain(assetsId);
  });

  it('ships the built assets in the assets deployment and everything else (index.html) in the pages’ one', () => {
    const assetDir = (resource: any, index: number) => {
      const key = String(resource.Properties.SourceObjectKeys[index]).replace(/\.zip$/, '');
      return path.join(synthesized.outdir, `asset.${key}`);
    };
    const [, assets] = deployment('Assets');
    const [, pages] = deployment('Content');

    expect(fs.readdirSync(assetDir(assets, 0)).sort()).toEqual(fs.readdirSync(path.join(WEB_DIST, ASSETS_PREFIX)).sort());
    expect(fs.readdirSync(assetDir(pages, 0))).toContain('index.html');
    expect(fs.readdirSync(assetDir(pages, 0))).not.toContain('assets');
  });

  it('expires assets a while after their last upload, by a lifecycle rule on assets/ only', () => {
    const [, bucket] = onlyResource(json, 'AWS::S3::Bucket', (r) => r.Metadata['aws:cdk:path'].includes('/Web/'));
    const rules = bucket.Properties.LifecycleConfiguration.Rules as any[];

    expect(rules.filter((rule) => rule.ExpirationInDays !== undefined)).toEqual([
      { Id: 'expire-previous-builds-assets', Prefix: ASSETS_PREFIX, ExpirationInDays: PREVIOUS_ASSETS_DAYS, Status: 'Enabled' },
    ]);
    expect(resourcesOf(json, 'Custom::CDKBucketDeployment')).toHaveLength(2);
  });
});

describe.each(SHIPPED_STAGES.map((stage) => [stage.name, stage] as const))('Storefront-%s', (_name, stage) => {
  let shipped: Synthesized;
  let json: TemplateJson;
  beforeAll(() => {
    shipped = synthesizeShipped();
    json = shipped.json(stackIdFor(stage.name));
  });
  afterAll(() => shipped?.cleanup());

  describe('storefront site', () => {
    const distribution = () => onlyResource(json, 'AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;
    const headersPolicy = (ref: { Ref: string }) => json.Resources[ref.Ref].Properties.ResponseHeadersPolicyConfig;

    it('keeps the files in a private, encrypted bucket that only this distribution may read (origin access control), over TLS only', () => {
      const [bucketId, bucket] = onlyResource(json, 'AWS::S3::Bucket', (r) => r.Metadata['aws:cdk:path'].includes('/Web/'));
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties).not.toHaveProperty('WebsiteConfiguration');
      expect(bucket.DeletionPolicy).toBe(stage.removalPolicy === 'retain' ? 'Retain' : 'Delete');
      const [distributionId] = onlyResource(json, 'AWS::CloudFront::Distribution');
      const [origin] = distribution().Origins;
      expect(origin.DomainName).toEqual({ 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] });
      const [oacId, oac] = onlyResource(json, 'AWS::CloudFront::OriginAccessControl', (r) => r.Metadata['aws:cdk:path'].includes('/Web/'));
      expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oacId, 'Id'] });
      expect(oac.Properties.OriginAccessControlConfig).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' });
      const [, policy] = onlyResource(json, 'AWS::S3::BucketPolicy', (r) => r.Metadata['aws:cdk:path'].includes('/Web/'));
      const statements = policy.Properties.PolicyDocument.Statement;
      expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
      const readers = statements.filter((statement: any) => statement.Effect === 'Allow' && asArray(statement.Action).includes('s3:GetObject'));
      expect(readers).toHaveLength(1);
      expect(readers[0].Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
      expect(render(readers[0].Condition.StringEquals['AWS:SourceArn'], json)).toBe(
        `arn:aws:cloudfront::${RENDERED_ACCOUNT}:distribution/<${distributionId}>`,
      );
    });

    it('redirects to HTTPS, never caches pages, caches content-hashed assets for a year, and lets the app answer its own routes', () => {
      const config = distribution();
      expect(config.DefaultRootObject).toBe('index.html');
      expect(config.DefaultCacheBehavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] });
      // AWS's managed CachingDisabled policy
      expect(config.DefaultCacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
      expect(headersPolicy(config.DefaultCacheBehavior.ResponseHeadersPolicyId).CustomHeadersConfig.Items).toEqual([
        { Header: 'Cache-Control', Value: PAGE_CACHE_CONTROL, Override: true },
      ]);
      const [assets] = config.CacheBehaviors;
      expect(config.CacheBehaviors.map((behavior: any) => behavior.PathPattern)).toEqual(['assets/*', 'media/*']);
      expect(assets).toMatchObject({ PathPattern: 'assets/*', ViewerProtocolPolicy: 'redirect-to-https', Compress: true });
      const assetCache = json.Resources[assets.CachePolicyId.Ref].Properties.CachePolicyConfig;
      expect(assetCache).toMatchObject({ DefaultTTL: 31_536_000, MinTTL: 31_536_000, MaxTTL: 31_536_000 });
      // the year-long Cache-Control is on the asset objects (tests/infra/storefrontSite.test.ts), so a 404 carries none
      expect(headersPolicy(assets.ResponseHeadersPolicyId).CustomHeadersConfig).toBeUndefined();
      expect(ASSET_CACHE_CONTROL).toContain('immutable');
      // /product/… is rewritten to index.html by the pages' viewer-request function; a missing file is a real 404, kept seconds
      expect(config.CustomErrorResponses).toEqual([403, 404].map((ErrorCode) => ({ ErrorCode, ErrorCachingMinTTL: 10 })));
    });

    it("sends a Content-Security-Policy that lets the pages call this stage's API, sign-in, image uploads and Stripe.js only, with HSTS and no framing", () => {
      const [apiId] = onlyResource(json, 'AWS::ApiGateway::RestApi');
      const [bucketId] = onlyResource(json, 'AWS::S3::Bucket', (r) => String(r.Metadata?.['aws:cdk:path']).includes('/Media/Bucket/'));
      const [domainId] = onlyResource(json, 'AWS::Cognito::UserPoolDomain');
      const config = distribution();
      for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
        const { SecurityHeadersConfig: security } = headersPolicy(behavior.ResponseHeadersPolicyId);
        expect(render(security.ContentSecurityPolicy.ContentSecurityPolicy, json)).toBe(
          contentSecurityPolicy({
            apiOrigin: `https://<${apiId}>.execute-api.${RENDERED_REGION}.amazonaws.com`,
            authOrigins: [`https://<${domainId}>.auth.${RENDERED_REGION}.amazoncognito.com`, `https://cognito-idp.${RENDERED_REGION}.amazonaws.com`],
            uploadOrigins: [`https://<${bucketId}.RegionalDomainName>`, `https://<${bucketId}.DomainName>`],
            paymentProvider: 'stripe',
          }),
        );
        expect(security.StrictTransportSecurity).toEqual({ AccessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS, IncludeSubdomains: true, Override: true });
        expect(security.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
        expect(security.ContentTypeOptions).toEqual({ Override: true });
      }
    });

    it("deploys web/dist and a config.json naming this stage's API and user pool, then invalidates the uncached entry points", () => {
      const [, deployment] = onlyResource(json, 'Custom::CDKBucketDeployment', (r) => r.Metadata['aws:cdk:path'].includes('/Web/Content/'));
      const [bucketId] = onlyResource(json, 'AWS::S3::Bucket', (r) => r.Metadata['aws:cdk:path'].includes('/Web/'));
      const [distributionId] = onlyResource(json, 'AWS::CloudFront::Distribution');
      const [apiId] = onlyResource(json, 'AWS::ApiGateway::RestApi');
      const [poolId] = onlyResource(json, 'AWS::Cognito::UserPool');
      const [clientId] = onlyResource(json, 'AWS::Cognito::UserPoolClient');
      const [domainId] = onlyResource(json, 'AWS::Cognito::UserPoolDomain');
      const p = deployment.Properties;
      expect(p.DestinationBucketName).toEqual({ Ref: bucketId });
      expect(p.DistributionId).toEqual({ Ref: distributionId });
      expect(p.DistributionPaths).toEqual(['/index.html', '/config.json']);
      expect(p.Prune).toBe(true);
      expect(p.SourceObjectKeys).toHaveLength(2);
      // config.json's values are resolved at deploy time, from these resources
      const referenced = Object.values(p.SourceMarkers[1] as Record<string, { Ref: string }>).map((value) => value.Ref);
      expect(referenced).toEqual(expect.arrayContaining([apiId, poolId, clientId, domainId]));
    });

    it("names Stripe and this stage's publishable key in config.json, the checkout's payment provider", () => {
      const [, deployment] = onlyResource(json, 'Custom::CDKBucketDeployment', (r) => r.Metadata['aws:cdk:path'].includes('/Web/Content/'));
      const [, configKey] = deployment.Properties.SourceObjectKeys as string[];
      const configFile = path.join(shipped.outdir, `asset.${path.basename(configKey, '.zip')}`, 'config.json');

      const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));

      expect(config.payments).toEqual({ provider: 'stripe', publishableKey: stage.stripePublishableKey });
      expect(stage.stripePublishableKey).toMatch(/^pk_/);
    });
  });
});
