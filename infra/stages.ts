/**
 * Every deployable stage, in one typed map. CDK builds one stack per entry and the local
 * gateway (`npm start`) applies the same CORS and cache settings, so the two cannot drift.
 * Adding a stage (a per-developer one, say) is one more entry.
 */
export interface StageCache {
  readonly enabled: boolean;
  /** Seconds a GET answer stays cached (API Gateway allows 0–3600). */
  readonly ttlSeconds: number;
  /** API Gateway cache cluster size in GB, as API Gateway names it ('0.5', '1.6', ...). */
  readonly sizeGb: '0.5' | '1.6' | '6.1' | '13.5' | '28.4' | '58.2' | '118' | '237';
}

export interface StageSettings {
  readonly name: string;
  /** Browser origins allowed to call the API. Never '*' in prod. */
  readonly corsOrigins: readonly string[];
  readonly cache: StageCache;
  readonly throttling: { readonly rateLimit: number; readonly burstLimit: number };
  /** EventBridge schedule expression for the warm-up ping, or null for none. */
  readonly warmUpSchedule: string | null;
  /** When the notifier's daily low-stock report runs (an EventBridge cron in UTC), or null for never. */
  readonly lowStockReportSchedule: string | null;
  /** Where the low-stock report is also emailed (needs `emailSender`); the admin topic only when unset. */
  readonly lowStockReportEmail?: string;
  /**
   * Executions reserved for the function (a cap and a guarantee). Optional: Lambda keeps at least
   * 100 of the account's executions unreserved, so every reservation needs room in the account.
   */
  readonly reservedConcurrency?: number;
  /** Provisioned concurrency on the alias; 0 for none. */
  readonly provisionedConcurrency: number;
  readonly memoryMb: number;
  /** Must stay below API Gateway's 29 s integration timeout. */
  readonly timeoutSeconds: number;
  readonly logRetentionDays: number;
  /** 'retain' keeps the table (and user pool) when the stack is deleted. */
  readonly removalPolicy: 'retain' | 'destroy';
  readonly pointInTimeRecovery: boolean;
  readonly deletionProtection: boolean;
  /**
   * Stripe's publishable key (`pk_test_…`, `pk_live_…` in prod), which the storefront's Stripe.js
   * uses in the browser: public by design. Never a secret or restricted key (`sk_…`, `rk_…`): those
   * live in the stage's payment secret. The repo holds a placeholder per stage; put the Stripe
   * account's key here before the stage's first deploy (docs/payments.md).
   */
  readonly stripePublishableKey: string;
  /** Whether the schema can be introspected (Apollo Sandbox). */
  readonly introspection: boolean;
  /**
   * The default of the `trustedDocuments` runtime setting: `allow` runs any document and the
   * storefront's by hash alone; `require` runs the trusted documents only. `require` in prod.
   */
  readonly trustedDocuments: TrustedDocumentsMode;
  readonly tracing: boolean;
  readonly logLevel: LogLevel;
  /**
   * Lets the API Gateway console's "Test" button invoke the function (an extra invoke
   * permission for `test-invoke-stage`). Off unless set; never allowed in prod.
   */
  readonly allowTestInvoke?: boolean;
  /**
   * Every caller's answers carry `extensions.cost` (DynamoDB units and requests, duration), not only
   * admins'; never on the GET answers the stage caches. Off unless set; never allowed in prod.
   */
  readonly costForEveryone?: boolean;
  /**
   * The most a trusted document may cost in the worst case (release/documentCost.ts: objects 1,
   * scalars 0, lists times their largest page): `npm run schema:check` fails on a storefront
   * document over it.
   */
  readonly documentCostBudget: number;
  /** CloudFormation refuses to delete the stack until this is turned off. Required in prod. */
  readonly terminationProtection?: boolean;
  /**
   * Cognito sends its mail (codes, invitations) through SES from this verified identity instead
   * of its default sender, which is limited to a few mails a day. Required in prod.
   */
  readonly emailSender?: StageEmailSender;
  /** An AWS WAF web ACL on the API stage: a per-IP rate limit and AWS's common rules. Required in prod. */
  readonly waf?: StageWaf;
  /** A custom domain for the storefront's CloudFront distribution; its `*.cloudfront.net` domain otherwise. */
  readonly webDomain?: StageWebDomain;
  /**
   * How each deploy's new version takes the stage alias's traffic (CodeDeploy, after the
   * pre-traffic smoke test): all at once, or a canary share for some minutes, then all. A canary
   * is required in prod.
   */
  readonly trafficShifting: StageTrafficShifting;
  /**
   * Pins the function's Lambda runtime version and ships a V8 code cache recorded by the official
   * build of the Node release that version runs (faster cold starts). Unset: Lambda updates the
   * runtime by itself and no cache ships. Copy both values from the function's `Runtime` init log line
   * and Lambda's `INIT_START` line (docs/operations.md, "Pin the runtime").
   */
  readonly pinnedRuntime?: StagePinnedRuntime;
}

export interface StagePinnedRuntime {
  /** `arn:aws:lambda:<region>::runtime:<64 hex digits>`, as `INIT_START` shows it. */
  readonly runtimeVersionArn: string;
  /** The Node release that runtime version runs, `24.x.y` (the init line's `node`). */
  readonly nodeVersion: string;
}

export type StageTrafficShifting =
  | { readonly kind: 'allAtOnce' }
  /** `percent` of the traffic (1–99) for `minutes` (1–2880), then all of it. */
  | { readonly kind: 'canary'; readonly percent: number; readonly minutes: number };

export interface StageWebDomain {
  readonly domainName: string;
  /** An ACM certificate for `domainName` in us-east-1 (CloudFront takes certificates from there only). */
  readonly certificateArn: string;
}

export interface StageEmailSender {
  /** A verified SES identity (the address or its domain) in `sesRegion`. */
  readonly fromEmail: string;
  readonly fromName?: string;
  readonly replyTo?: string;
  /** Where the SES identity lives; the stack's region by default. */
  readonly sesRegion?: string;
  /**
   * The verified SES domain identity that `fromEmail` belongs to, when the domain (not the address)
   * is what was verified: the user pool then names the domain identity as its SES source.
   */
  readonly sesVerifiedDomain?: string;
}

export interface StageWaf {
  /** Requests one IP address may send in any 5 minutes before it is blocked (AWS WAF allows 10 to 2,000,000,000). */
  readonly rateLimitPer5Minutes: number;
}

import type { LogLevel } from '../core/logLevels';
import type { TrustedDocumentsMode } from '../runtime/settings/runtimeSettings';

/** What a cached `GET /graphql` answer is keyed on: one list for CDK, the local gateway and the function. */
export { graphqlCacheKey } from '../runtime/cacheKey';

export const stages = {
  dev: {
    name: 'dev',
    trafficShifting: { kind: 'allAtOnce' },
    corsOrigins: ['http://localhost:3000', 'http://localhost:4000', 'https://studio.apollographql.com'],
    cache: { enabled: false, ttlSeconds: 60, sizeGb: '0.5' },
    throttling: { rateLimit: 20, burstLimit: 40 },
    warmUpSchedule: 'rate(5 minutes)',
    lowStockReportSchedule: 'cron(0 6 * * ? *)',
    provisionedConcurrency: 0,
    memoryMb: 1024,
    timeoutSeconds: 15,
    logRetentionDays: 14,
    removalPolicy: 'destroy',
    pointInTimeRecovery: false,
    deletionProtection: false,
    stripePublishableKey: 'pk_test_placeholder_set_before_first_deploy',
    introspection: true,
    trustedDocuments: 'allow',
    tracing: true,
    logLevel: 'DEBUG',
    allowTestInvoke: true,
    costForEveryone: true,
    documentCostBudget: 5_000,
  },
  qa: {
    name: 'qa',
    trafficShifting: { kind: 'canary', percent: 10, minutes: 5 },
    corsOrigins: ['https://qa.storefront.example.com', 'https://studio.apollographql.com'],
    cache: { enabled: true, ttlSeconds: 60, sizeGb: '0.5' },
    throttling: { rateLimit: 50, burstLimit: 100 },
    warmUpSchedule: 'rate(5 minutes)',
    lowStockReportSchedule: 'cron(0 6 * * ? *)',
    provisionedConcurrency: 0,
    memoryMb: 1024,
    timeoutSeconds: 15,
    logRetentionDays: 30,
    removalPolicy: 'destroy',
    pointInTimeRecovery: true,
    deletionProtection: false,
    stripePublishableKey: 'pk_test_placeholder_set_before_first_deploy',
    introspection: false,
    trustedDocuments: 'allow',
    tracing: true,
    logLevel: 'INFO',
    documentCostBudget: 2_500,
  },
  prod: {
    name: 'prod',
    trafficShifting: { kind: 'canary', percent: 10, minutes: 5 },
    corsOrigins: ['https://storefront.example.com', 'https://www.storefront.example.com'],
    cache: { enabled: true, ttlSeconds: 300, sizeGb: '0.5' },
    throttling: { rateLimit: 200, burstLimit: 400 },
    warmUpSchedule: 'rate(5 minutes)',
    lowStockReportSchedule: 'cron(0 6 * * ? *)',
    reservedConcurrency: 100,
    provisionedConcurrency: 0,
    memoryMb: 1024,
    timeoutSeconds: 15,
    logRetentionDays: 365,
    removalPolicy: 'retain',
    pointInTimeRecovery: true,
    deletionProtection: true,
    stripePublishableKey: 'pk_live_placeholder_set_before_first_deploy',
    introspection: false,
    trustedDocuments: 'require',
    tracing: true,
    logLevel: 'INFO',
    terminationProtection: true,
    emailSender: { fromEmail: 'no-reply@storefront.example.com', fromName: 'Storefront', sesVerifiedDomain: 'storefront.example.com' },
    waf: { rateLimitPer5Minutes: 2_000 },
    documentCostBudget: 2_500,
  },
} as const satisfies Record<string, StageSettings>;

export type StageName = keyof typeof stages;

export function getStage(name: string): StageSettings {
  const stage = (stages as Record<string, StageSettings>)[name];
  if (!stage) {
    throw new Error(`Unknown stage "${name}". Known stages: ${Object.keys(stages).join(', ')}.`);
  }
  return stage;
}
