import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLevel, AllowedMethods, CachePolicy, S3OriginAccessControl, ViewerProtocolPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyDocument, PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, LayerVersion } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { MEDIA_PREFIX, UPLOADS_PREFIX } from '../../data/mediaKeys';
import { mediaEnvironment } from '../../runtime/env/mediaEnvironment';
import { acknowledge } from '../acknowledge';
import { sharpLayerDir } from '../bundle/sharpLayer';
import type { StageSettings } from '../stages';
import { executionRole, functionLogGroup, logWrites, projectFunctionProps } from './projectFunction';
import type { StorefrontSite } from './StorefrontSite';

/** Days an upload that was never attached stays in the bucket. */
export const UPLOAD_EXPIRY_DAYS = 1;
/** Days the media bucket's server access logs are kept. */
export const ACCESS_LOG_DAYS = 90;
/** Renditions never change under their key: CloudFront keeps them a year. */
export const MEDIA_CACHE_DAYS = 365;

export interface ProductMediaProps {
  readonly stage: StageSettings;
  /** The storefront whose distribution serves `/media/*`, and whose origins may POST uploads. */
  readonly site: StorefrontSite;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Product images of one stage:
 * - a private bucket (no public access, S3-managed encryption, TLS only, server access logs to a
 *   bucket of their own) whose `uploads/` expire after a day, so no upload outlives it, and which
 *   takes presigned POSTs from browsers (CORS);
 * - the storefront distribution's `media/*` behaviour, reading the bucket through origin access
 *   control with a year-long cache (rendition keys are immutable);
 * - the media function `storefront-media-<stage>` (sharp's linux-arm64 build in a layer), the only
 *   code with access to the bucket: it presigns uploads, checks them and writes their renditions,
 *   and deletes files; allowed exactly that on `uploads/*` and `media/*`.
 * The API may invoke it (`grantApi`), nothing more.
 */
export class ProductMedia extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, { stage, site, removalPolicy }: ProductMediaProps) {
    super(scope, id);
    const destroy = removalPolicy === RemovalPolicy.DESTROY;
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy,
      autoDeleteObjects: destroy,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(ACCESS_LOG_DAYS) }],
    });
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'media-bucket/',
      removalPolicy,
      autoDeleteObjects: destroy,
      lifecycleRules: [
        { id: 'expire-uploads', prefix: UPLOADS_PREFIX, expiration: Duration.days(UPLOAD_EXPIRY_DAYS) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      // The admin pages POST uploads straight from the browser. Any origin: what authorises a POST is
      // its signed policy (one key, one content type, a size range, 15 minutes), not where it comes
      // from; naming the distribution's domain here would make the bucket and its distribution depend on each other.
      cors: [{ allowedMethods: [HttpMethods.POST], allowedOrigins: ['*'], allowedHeaders: ['*'], maxAge: 3000 }],
    });

    const named = (what: string) => `storefront-${stage.name}-${what}-${Stack.of(this).region}`;
    site.distribution.addBehavior(
      `${MEDIA_PREFIX}*`,
      S3BucketOrigin.withOriginAccessControl(this.bucket, {
        originAccessControl: new S3OriginAccessControl(this, 'OriginAccess', {
          originAccessControlName: named('media'),
          description: `Storefront ${stage.name}: CloudFront reads product images`,
        }),
        originAccessLevels: [AccessLevel.READ],
      }),
      {
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: new CachePolicy(this, 'Cache', {
          cachePolicyName: named('media-cache'),
          comment: 'Product image renditions (immutable keys): a year',
          defaultTtl: Duration.days(MEDIA_CACHE_DAYS),
          minTtl: Duration.days(MEDIA_CACHE_DAYS),
          maxTtl: Duration.days(MEDIA_CACHE_DAYS),
        }),
        // the storefront's security headers; the Cache-Control is each rendition's own
        responseHeadersPolicy: site.fileHeaders,
      },
    );

    const functionName = `storefront-media-${stage.name}`;
    const logGroup = functionLogGroup(this, 'LogGroup', functionName, stage.logRetentionDays, removalPolicy);
    const role = executionRole(this, 'Role', functionName, {
      media: new PolicyDocument({
        statements: [
          // PutObject: presigned POSTs are signed with this function's credentials
          new PolicyStatement({
            actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
            resources: [this.bucket.arnForObjects(`${UPLOADS_PREFIX}*`)],
          }),
          new PolicyStatement({ actions: ['s3:PutObject', 's3:DeleteObject'], resources: [this.bucket.arnForObjects(`${MEDIA_PREFIX}*`)] }),
          // without it S3 answers a missing upload 403 instead of 404
          new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
        ],
      }),
      logs: logWrites(logGroup),
    });
    this.acknowledgePrefixes(
      role,
      'The media function reads and deletes uploads and writes renditions: each statement is held to its prefix (uploads/*, media/*) of this bucket, whose object keys are not known in advance.',
    );
    this.function = new NodejsFunction(this, 'Function', {
      functionName,
      description: `Storefront product images: checks uploads, writes renditions (${stage.name})`,
      ...projectFunctionProps('media/lambda.ts', { externalModules: ['sharp'] }),
      layers: [
        new LayerVersion(this, 'Sharp', {
          description: 'sharp with its prebuilt linux-arm64 libvips',
          code: Code.fromAsset(sharpLayerDir()),
          compatibleArchitectures: [Architecture.ARM_64],
        }),
      ],
      memorySize: 1536,
      timeout: Duration.seconds(30),
      role,
      logGroup,
      environment: mediaEnvironment({ bucket: this.bucket.bucketName }),
    });
  }

  /** Lets the API invoke the media function, its only way to the media bucket. */
  grantApi(role: IRole): void {
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.function.functionArn] }));
  }

  private acknowledgePrefixes(scope: Construct, reason: string): void {
    const bucketArn = `<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>`;
    for (const prefix of [UPLOADS_PREFIX, MEDIA_PREFIX]) acknowledge(scope, `AwsSolutions-IAM5[Resource::${bucketArn}/${prefix}*]`, reason);
  }
}
