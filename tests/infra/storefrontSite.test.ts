import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { ASSETS_PREFIX, ERROR_CACHING_SECONDS, PAGE_ROUTES_FUNCTION, PREVIOUS_ASSETS_DAYS, WEB_DIST } from '../../infra/constructs/StorefrontSite';
import { ASSET_CACHE_CONTROL } from '../../infra/siteHeaders';
import { stages } from '../../infra/stages';
import { asArray, onlyResource, resourcesOf } from './helpers/cfn';
import { stackIdFor, synthesize, type Synthesized, type TemplateJson } from './helpers/synthesize';

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

/** Runs a CloudFront Function's code on a viewer request for `uri`, as CloudFront calls `handler`; returns the URI it asks the origin for. */
function viewerRequest(code: string, uri: string): string {
  const context = vm.createContext({});
  vm.runInContext(`${code}\nthis.result = handler({ request: { uri: ${JSON.stringify(uri)}, method: 'GET', headers: {} } });`, context);
  return (context as { result: { uri: string } }).result.uri;
}

describe('the storefront after a release', () => {
  it('sends only page routes to index.html, by a viewer-request function on the pages (never on assets/*)', () => {
    const [functionId, fn] = onlyResource(json, 'AWS::CloudFront::Function');
    const config = distribution();

    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(fn.Properties.AutoPublish).toBe(true);
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } },
    ]);
    expect(config.CacheBehaviors.map((behavior: any) => [behavior.PathPattern, behavior.FunctionAssociations])).toEqual([['assets/*', undefined]]);
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
    const [, policy] = onlyResource(json, 'AWS::S3::BucketPolicy');
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
    const [, bucket] = onlyResource(json, 'AWS::S3::Bucket');
    const rules = bucket.Properties.LifecycleConfiguration.Rules as any[];

    expect(rules.filter((rule) => rule.ExpirationInDays !== undefined)).toEqual([
      { Id: 'expire-previous-builds-assets', Prefix: ASSETS_PREFIX, ExpirationInDays: PREVIOUS_ASSETS_DAYS, Status: 'Enabled' },
    ]);
    expect(resourcesOf(json, 'Custom::CDKBucketDeployment')).toHaveLength(2);
  });
});
