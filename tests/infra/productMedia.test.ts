import { MEDIA_CACHE_DAYS, UPLOAD_EXPIRY_DAYS } from '../../infra/constructs/ProductMedia';
import { stages } from '../../infra/stages';
import { API_VARIABLES } from '../../runtime/env/apiEnvironment';
import { asArray, onlyResource, policyStatements, render } from './helpers/cfn';
import { stackIdFor, synthesize, type Synthesized, type TemplateJson } from './helpers/synthesize';

const atPath = (prefix: string) => (resource: { Metadata?: any }) => String(resource.Metadata?.['aws:cdk:path'] ?? '').startsWith(prefix);

describe('product media in a stage', () => {
  let synthesized: Synthesized;
  let json: TemplateJson;
  beforeAll(() => {
    synthesized = synthesize({ stages: { dev: stages.dev } });
    json = synthesized.json(stackIdFor('dev'));
  });
  afterAll(() => synthesized?.cleanup());

  const mediaBucket = () => onlyResource(json, 'AWS::S3::Bucket', atPath('Storefront-dev/Media/Bucket/'));
  const mediaFunction = () => onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-media-dev');
  const apiFunction = () => onlyResource(json, 'AWS::Lambda::Function', (r) => r.Properties.FunctionName === 'storefront-api-dev');

  it('keeps images in a private, encrypted, TLS-only bucket with access logs, whose uploads expire after a day', () => {
    const [bucketId, bucket] = mediaBucket();
    const [logsId] = onlyResource(json, 'AWS::S3::Bucket', atPath('Storefront-dev/Media/AccessLogs/'));
    const props = bucket.Properties;

    expect(props.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(props.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(props.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logsId });
    expect(props.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ Id: 'expire-uploads', Prefix: 'uploads/', ExpirationInDays: UPLOAD_EXPIRY_DAYS, Status: 'Enabled' }),
    );
    expect(props.CorsConfiguration.CorsRules).toEqual([expect.objectContaining({ AllowedMethods: ['POST'] })]);
    const [, policy] = onlyResource(json, 'AWS::S3::BucketPolicy', (r) => JSON.stringify(r.Properties.Bucket) === JSON.stringify({ Ref: bucketId }));
    const statements = asArray(policy.Properties.PolicyDocument.Statement);
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
  });

  it('serves media/* from the bucket through origin access control, cached a year, on the storefront distribution', () => {
    const [, distribution] = onlyResource(json, 'AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig;
    const behavior = config.CacheBehaviors.find((candidate: any) => candidate.PathPattern === 'media/*');
    const origin = config.Origins.find((candidate: any) => candidate.Id === behavior.TargetOriginId);
    const [oacId] = onlyResource(json, 'AWS::CloudFront::OriginAccessControl', atPath('Storefront-dev/Media/'));
    const [bucketId] = mediaBucket();
    const [, cache] = onlyResource(json, 'AWS::CloudFront::CachePolicy', atPath('Storefront-dev/Media/'));

    expect(render(origin.DomainName, json)).toBe(`<${bucketId}.RegionalDomainName>`);
    expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [oacId, 'Id'] });
    expect(behavior).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] });
    expect(cache.Properties.CachePolicyConfig).toMatchObject({
      DefaultTTL: MEDIA_CACHE_DAYS * 86_400,
      MinTTL: MEDIA_CACHE_DAYS * 86_400,
      MaxTTL: MEDIA_CACHE_DAYS * 86_400,
    });
    expect(config.CacheBehaviors.some((candidate: any) => candidate.PathPattern.startsWith('uploads'))).toBe(false);
  });

  it('gives the media function (arm64, sharp in a layer) exactly its part of the bucket, and the API only its invocation', () => {
    const [mediaId, media] = mediaFunction();
    const [, api] = apiFunction();
    const [bucketId] = mediaBucket();
    const statements = policyStatements(json);
    const objects = (prefix: string) => `<${bucketId}.Arn>/${prefix}*`;
    /** Statements a role holds: its inline policies and the policies attached to it. */
    const attachedTo = (roleId: string) => (holder: string) =>
      holder.startsWith(`${roleId}/`) ||
      asArray(json.Resources[holder]?.Properties?.Roles ?? []).some((role: unknown) => JSON.stringify(role) === JSON.stringify({ Ref: roleId }));
    const rendered = (roleId: string) =>
      statements
        .filter(({ holder }) => attachedTo(roleId)(holder))
        .flatMap(({ statement }) =>
          asArray(statement.Resource).map((resource) => [asArray(statement.Action).sort().join(','), render(resource, json)]),
        )
        .filter(([, resource]) => resource.includes(bucketId) || resource.includes(mediaId));
    const mediaRole = render(media.Properties.Role, json).replace(/^<|\.Arn>$/g, '');
    const apiRole = render(api.Properties.Role, json).replace(/^<|\.Arn>$/g, '');

    expect(media.Properties.Architectures).toEqual(['arm64']);
    expect(media.Properties.Layers).toHaveLength(1);
    expect(media.Properties.Environment.Variables).toEqual(expect.objectContaining({ MEDIA_BUCKET: { Ref: bucketId } }));
    expect(rendered(mediaRole).sort()).toEqual(
      [
        ['s3:DeleteObject,s3:GetObject,s3:PutObject', objects('uploads/')],
        ['s3:DeleteObject,s3:PutObject', objects('media/')],
        ['s3:ListBucket', `<${bucketId}.Arn>`],
      ].sort(),
    );
    // the API reaches the bucket only through the media function: no S3 SDK (nor sharp) in its bundle
    expect(rendered(apiRole)).toEqual([['lambda:InvokeFunction', `<${mediaId}.Arn>`]]);
    const variables = api.Properties.Environment.Variables;
    expect(variables[API_VARIABLES.mediaBucket]).toEqual({ Ref: bucketId });
    expect(variables[API_VARIABLES.mediaFunctionName]).toEqual({ Ref: mediaId });
    expect(render(variables[API_VARIABLES.mediaBaseUrl], json)).toMatch(/^https:\/\/<\w+\.DomainName>$/);
  });
});
