import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Annotations, Duration, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AccessLevel,
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
  S3OriginAccessControl,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge } from '../acknowledge';
import { PROJECT_ROOT } from '../projectRoot';
import { ASSET_CACHE_CONTROL, contentSecurityPolicy, HSTS_MAX_AGE_SECONDS, PAGE_CACHE_CONTROL } from '../siteHeaders';
import type { StageSettings } from '../stages';

/** The built storefront (`npm run build:web`; `cdk synth` runs it first). */
export const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

/** Where the build's content-hashed files are, in web/dist and in the bucket. */
export const ASSETS_PREFIX = 'assets/';
/** How long a build's assets stay in the bucket after their last upload: tabs still open on an older build keep loading. */
export const PREVIOUS_ASSETS_DAYS = 365;
/** How long CloudFront keeps an error (a missing asset's 404): seconds, so a file that appears is served soon after. */
export const ERROR_CACHING_SECONDS = 10;

/**
 * The viewer-request function of the pages (cloudfront-js-2.0): a path whose last segment has no
 * extension is one of the app's routes (`/`, `/product/42`) and gets index.html; anything else
 * (`/config.json`, `/favicon.ico`) is the file itself, or a real 404.
 */
export const PAGE_ROUTES_FUNCTION = `function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

export interface StorefrontSiteProps {
  readonly stage: StageSettings;
  readonly removalPolicy: RemovalPolicy;
}

/** What the storefront reads from `config.json` in a deployed stage. */
export interface SiteConfig {
  readonly apiUrl: string;
  /** The API's origin, the one the storefront may call (`connect-src`). */
  readonly apiOrigin: string;
  readonly auth: {
    readonly kind: 'cognito';
    readonly region: string;
    readonly userPoolId: string;
    readonly clientId: string;
    readonly domain: string;
  };
  /** How the checkout pays: the stage's payment provider and, for Stripe, its publishable key (public by design). */
  readonly payments: { readonly provider: 'stripe'; readonly publishableKey: string };
}

/**
 * The stage's storefront: a private S3 bucket (no public access, no website endpoint) behind
 * CloudFront with origin access control. `index.html`, `config.json` and every SPA route are
 * never cached; `assets/*` (content-hashed names) are cached for a year. Responses carry a strict
 * Content-Security-Policy that lets the page call its stage's API only, and HSTS.
 */
export class StorefrontSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** The security headers of files whose objects carry their own Cache-Control (assets/*, and media/* of ProductMedia). */
  readonly fileHeaders: ResponseHeadersPolicy;
  /** The storefront's origins (`https://…cloudfront.net`, and the custom domain if any): they join the stage's CORS list. */
  readonly origins: readonly string[];
  private apiOrigin?: string;
  private paymentProvider?: SiteConfig['payments']['provider'];
  private readonly logRetentionDays: number;
  private readonly removalPolicy: RemovalPolicy;
  private authOrigins: readonly string[] = [];
  private uploadOrigins: string[] = [];

  constructor(scope: Construct, id: string, { stage, removalPolicy }: StorefrontSiteProps) {
    super(scope, id);
    this.logRetentionDays = stage.logRetentionDays;
    this.removalPolicy = removalPolicy;
    const destroy = removalPolicy === RemovalPolicy.DESTROY;
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy,
      autoDeleteObjects: destroy,
      // a release leaves the previous build's assets in place (the deployment does not prune them); they expire here
      lifecycleRules: [
        { id: 'expire-previous-builds-assets', prefix: ASSETS_PREFIX, expiration: Duration.days(PREVIOUS_ASSETS_DAYS) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
    acknowledge(
      this.bucket,
      'AwsSolutions-S1',
      'The bucket holds only the public build of the storefront; nothing reads it but CloudFront (origin access control) and nothing writes it but the deployment. Requests are visible in CloudFront metrics.',
    );
    ({ distribution: this.distribution, fileHeaders: this.fileHeaders } = this.createDistribution(stage));
    this.origins = [`https://${this.distribution.distributionDomainName}`, ...(stage.webDomain ? [`https://${stage.webDomain.domainName}`] : [])];
  }

  /** Lets the pages post to `origin` (the admin pages' presigned image uploads to the media bucket). */
  allowUploadsTo(origin: string): void {
    this.uploadOrigins.push(origin);
  }

  /**
   * Deploys the build and the stage's `config.json` (the API, the user pool, the payment provider),
   * and lets the pages call the API, sign in and pay (the Content-Security-Policy names exactly those origins).
   */
  deploy(config: SiteConfig, authOrigins: readonly string[]): void {
    if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
      throw new Error(`The storefront is not built (${WEB_DIST} has no index.html): run \`npm run build:web\` (\`cdk synth\` and \`npm test\` do).`);
    }
    this.apiOrigin = config.apiOrigin;
    this.paymentProvider = config.payments.provider;
    this.authOrigins = authOrigins;
    const logGroup = new LogGroup(this, 'DeploymentLogs', { retention: this.logRetentionDays as RetentionDays, removalPolicy: this.removalPolicy });
    // The new build's assets first, next to the previous build's (no pruning: open tabs still load them) ...
    const assets = new BucketDeployment(this, 'Assets', {
      destinationBucket: this.bucket,
      destinationKeyPrefix: ASSETS_PREFIX,
      sources: [Source.asset(path.join(WEB_DIST, ASSETS_PREFIX))],
      prune: false,
      // on the objects, not in a response headers policy: a missing asset's 404 carries no year-long Cache-Control
      cacheControl: [CacheControl.fromString(ASSET_CACHE_CONTROL)],
      memoryLimit: 256,
      logGroup,
    });
    // ... then the pages that name them. Pruning here leaves assets/ alone (excluded from this deployment).
    const pages = new BucketDeployment(this, 'Content', {
      destinationBucket: this.bucket,
      sources: [
        Source.asset(WEB_DIST, { exclude: [ASSETS_PREFIX.slice(0, -1)] }),
        Source.jsonData('config.json', { apiUrl: config.apiUrl, auth: config.auth, payments: config.payments }),
      ],
      exclude: [`${ASSETS_PREFIX}*`],
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 256,
      logGroup,
    });
    pages.node.addDependency(assets);
    // the deployment's function is CDK's (a singleton of the stack), run by CloudFormation at deploy time only
    const deployer = Stack.of(this).node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (deployer) {
      const why =
        "CDK's BucketDeployment function copies the built storefront into this stage's bucket at deploy time and invalidates the distribution; CDK owns its code, runtime and role.";
      for (const finding of [
        'AwsSolutions-L1',
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        'AwsSolutions-IAM5[Action::s3:Abort*]',
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'AwsSolutions-IAM5[Action::s3:GetObject*]',
        'AwsSolutions-IAM5[Action::s3:List*]',
        `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/*]`,
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
        'AwsSolutions-IAM5[Resource::*]',
      ]) {
        acknowledge(deployer, finding, why);
      }
    }
  }

  /** The distribution is made before the API exists (the API allows its origin): the CSP names the API when `deploy` says which. */
  private createDistribution(stage: StageSettings): { distribution: Distribution; fileHeaders: ResponseHeadersPolicy } {
    const csp = Lazy.string({
      produce: () => {
        if (!this.apiOrigin) throw new Error('StorefrontSite.deploy() was not called: the storefront would have no API to call.');
        return contentSecurityPolicy({
          apiOrigin: this.apiOrigin,
          authOrigins: this.authOrigins,
          uploadOrigins: this.uploadOrigins,
          paymentProvider: this.paymentProvider,
        });
      },
    });
    const security = {
      contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS), includeSubdomains: true, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
    };
    // CloudFront policy, function and origin access control names are unique per account (all regions): each names its region
    const named = (what: string) => `storefront-${stage.name}-${what}-${Stack.of(this).region}`;
    const pageHeaders = new ResponseHeadersPolicy(this, 'PageHeaders', {
      responseHeadersPolicyName: named('page-headers'),
      comment: `Storefront ${stage.name}: security headers, Cache-Control ${PAGE_CACHE_CONTROL}`,
      securityHeadersBehavior: security,
      customHeadersBehavior: { customHeaders: [{ header: 'Cache-Control', value: PAGE_CACHE_CONTROL, override: true }] },
    });
    const assetHeaders = new ResponseHeadersPolicy(this, 'AssetHeaders', {
      responseHeadersPolicyName: named('asset-headers'),
      comment: `Storefront ${stage.name}: security headers (Cache-Control is the object's)`,
      securityHeadersBehavior: security,
    });
    // list access: S3 answers a missing file 404, not 403
    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket, {
      originAccessControl: new S3OriginAccessControl(this, 'OriginAccess', {
        originAccessControlName: named('site'),
        description: `Storefront ${stage.name}: CloudFront reads the site bucket`,
      }),
      originAccessLevels: [AccessLevel.READ, AccessLevel.LIST],
    });
    const pageRoutes = new CloudFrontFunction(this, 'PageRoutes', {
      functionName: named('routes'),
      comment: 'Paths without an extension are app routes: index.html',
      code: FunctionCode.fromInline(PAGE_ROUTES_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });
    const domain = stage.webDomain;
    const distribution = new Distribution(this, 'Distribution', {
      comment: `Storefront ${stage.name}`,
      defaultRootObject: 'index.html',
      ...(domain
        ? {
            domainNames: [domain.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        responseHeadersPolicy: pageHeaders,
        functionAssociations: [{ function: pageRoutes, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        'assets/*': {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: new CachePolicy(this, 'AssetCache', {
            cachePolicyName: named('asset-cache'),
            comment: 'Content-hashed assets: a year',
            defaultTtl: Duration.days(365),
            minTtl: Duration.days(365),
            maxTtl: Duration.days(365),
            enableAcceptEncodingGzip: true,
            enableAcceptEncodingBrotli: true,
          }),
          responseHeadersPolicy: assetHeaders,
        },
      },
      // a missing file is a real 404 (the pages' routes never reach S3 as such: PageRoutes), kept for seconds only
      errorResponses: [403, 404].map((httpStatus) => ({ httpStatus, ttl: Duration.seconds(ERROR_CACHING_SECONDS) })),
    });
    Annotations.of(distribution.node.findChild('Origin1')).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'The bucket holds the public build only, the distribution has a default root object, and PageRoutes sends every directory path to index.html: no path lists the bucket. Listing lets S3 answer a missing file 404 instead of 403.',
    );
    const site = distribution.node.defaultChild!;
    acknowledge(site, 'AwsSolutions-CFR1', 'A storefront open to every country: there is no market the shop must keep out.');
    acknowledge(
      site,
      'AwsSolutions-CFR2',
      "The distribution serves the storefront's static files only; the API, which holds the data, has its own web ACL in prod and throttling in every stage.",
    );
    acknowledge(
      site,
      'AwsSolutions-CFR3',
      'Static, public files only: CloudFront metrics show traffic and errors; requests that matter (API calls) are logged by API Gateway and the function.',
    );
    if (!domain) {
      acknowledge(
        site,
        'AwsSolutions-CFR4',
        "Without a custom domain the distribution uses CloudFront's default *.cloudfront.net certificate, which cannot set a minimum TLS version; a stage with webDomain requires TLS 1.2.",
      );
    }
    return { distribution, fileHeaders: assetHeaders };
  }
}
