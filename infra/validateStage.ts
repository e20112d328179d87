import { LOG_LEVELS } from '../core/logLevels';
import { TRUSTED_DOCUMENTS_MODES } from '../runtime/settings/runtimeSettings';
import { LAMBDA_NODE_MAJOR } from './bundle/esbuildOptions';
import type { StageSettings } from './stages';

/** CloudWatch Logs accepts only these retention periods (days). */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

const CACHE_SIZES = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'];
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** API Gateway gives up on an integration after 29 s; the function must finish first. */
const API_GATEWAY_TIMEOUT_SECONDS = 29;
/** Used in the function name, alias name, API stage name and stack id. */
const STAGE_NAME = /^[a-z][a-z0-9-]{0,19}$/;
/** Scheme, lower-case host and optional port: what browsers send, and safe to embed in the preflight template. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;
const STRIPE_PUBLISHABLE_KEY = /^pk_(test|live)_[A-Za-z0-9_]+$/;
/** A Lambda runtime version, as INIT_START names it. */
const RUNTIME_VERSION_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+::runtime:[0-9a-f]{64}$/;
const SCHEDULE = /^(rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)|cron\(\S+( \S+){5}\))$/;

export class StageValidationError extends Error {
  constructor(
    readonly stageName: string,
    readonly problems: readonly string[],
  ) {
    super(`Stage "${stageName}" is misconfigured (infra/stages.ts):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'StageValidationError';
  }
}

/**
 * Every problem with one stage's settings, as sentences that say what to change; empty when the
 * stage is deployable. `key` is the stage's key in the `stages` map, which must equal its name.
 *
 * @example
 * validateStage(stages.prod, 'prod'); // → []
 */
export function validateStage(stage: StageSettings, key: string = stage.name): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  const isInt = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  const isProd = stage.name === 'prod';

  if (!STAGE_NAME.test(stage.name)) {
    fail(`name "${stage.name}" must be 1–20 characters of lower-case letters, digits and "-", starting with a letter.`);
  }
  if (key !== stage.name) fail(`is listed under key "${key}" but named "${stage.name}"; use the same word for both.`);

  if (stage.corsOrigins.length === 0) fail('corsOrigins is empty; list the browser origins that call the API.');
  for (const origin of stage.corsOrigins) {
    if (origin.includes('*')) {
      fail(`corsOrigins contains "${origin}": wildcards are not allowed${isProd ? ' in prod' : ''}; list each origin.`);
    } else if (!ORIGIN.test(origin)) {
      fail(`corsOrigins entry "${origin}" is not an origin such as https://shop.example.com (scheme and host, no path).`);
    } else if (origin.startsWith('http:') && !LOCAL_ORIGIN.test(origin)) {
      fail(`corsOrigins entry "${origin}" must use https (plain http is allowed for localhost only).`);
    } else if (isProd && LOCAL_ORIGIN.test(origin)) {
      fail(`corsOrigins entry "${origin}" is a localhost origin; prod must not accept calls from developer machines.`);
    }
  }
  if (new Set(stage.corsOrigins).size !== stage.corsOrigins.length) fail('corsOrigins lists an origin twice.');

  if (!isInt(stage.cache.ttlSeconds, 0, 3600)) fail(`cache.ttlSeconds ${stage.cache.ttlSeconds} must be a whole number from 0 to 3600.`);
  if (stage.cache.enabled && stage.cache.ttlSeconds === 0)
    fail('cache.enabled is true but cache.ttlSeconds is 0, so nothing would be cached; disable the cache or set a TTL.');
  if (!CACHE_SIZES.includes(stage.cache.sizeGb)) fail(`cache.sizeGb "${stage.cache.sizeGb}" must be one of ${CACHE_SIZES.join(', ')}.`);

  const { rateLimit, burstLimit } = stage.throttling;
  if (!(rateLimit > 0 && rateLimit <= 10_000)) fail(`throttling.rateLimit ${rateLimit} must be above 0 and at most 10000 requests per second.`);
  if (!isInt(burstLimit, 1, 5000)) fail(`throttling.burstLimit ${burstLimit} must be a whole number from 1 to 5000.`);

  if (stage.lowStockReportSchedule !== null && !SCHEDULE.test(stage.lowStockReportSchedule)) {
    fail(`lowStockReportSchedule "${stage.lowStockReportSchedule}" must be null or an EventBridge expression such as "cron(0 6 * * ? *)".`);
  }
  if (stage.lowStockReportEmail !== undefined) {
    if (!EMAIL.test(stage.lowStockReportEmail)) fail(`lowStockReportEmail "${stage.lowStockReportEmail}" is not an email address.`);
    if (!stage.emailSender) fail('lowStockReportEmail needs emailSender: the report is mailed from the stage sender.');
  }
  const shifting = stage.trafficShifting;
  if (shifting?.kind === 'canary') {
    if (!isInt(shifting.percent, 1, 99)) fail(`trafficShifting.percent ${shifting.percent} must be a whole number from 1 to 99.`);
    if (!isInt(shifting.minutes, 1, 2880))
      fail(`trafficShifting.minutes ${shifting.minutes} must be a whole number from 1 to 2880 (CodeDeploy's limit).`);
  } else if (shifting?.kind !== 'allAtOnce') {
    fail('trafficShifting must be { kind: "allAtOnce" } or { kind: "canary", percent, minutes }.');
  } else if (isProd) {
    fail('trafficShifting is allAtOnce; prod shifts gradually: use { kind: "canary", percent: 10, minutes: 5 } or similar.');
  }
  if (stage.pinnedRuntime !== undefined) {
    const { runtimeVersionArn, nodeVersion } = stage.pinnedRuntime;
    if (!RUNTIME_VERSION_ARN.test(runtimeVersionArn ?? '')) {
      fail(
        `pinnedRuntime.runtimeVersionArn "${runtimeVersionArn}" is not a runtime version ARN (arn:aws:lambda:<region>::runtime:<64 hex digits>, from INIT_START).`,
      );
    }
    if (!new RegExp(`^${LAMBDA_NODE_MAJOR}\\.\\d+\\.\\d+$`).test(nodeVersion ?? '')) {
      fail(
        `pinnedRuntime.nodeVersion "${nodeVersion}" must be the exact Node ${LAMBDA_NODE_MAJOR} release the runtime version runs, such as ${LAMBDA_NODE_MAJOR}.11.1.`,
      );
    }
  }
  if (stage.warmUpSchedule !== null && !SCHEDULE.test(stage.warmUpSchedule)) {
    fail(`warmUpSchedule "${stage.warmUpSchedule}" must be null or an EventBridge expression such as "rate(5 minutes)" or "cron(0/5 * * * ? *)".`);
  }

  if (stage.reservedConcurrency !== undefined && !isInt(stage.reservedConcurrency, 1, 10_000)) {
    fail(`reservedConcurrency ${stage.reservedConcurrency} must be a whole number of at least 1 (0 would throttle every request), or left out.`);
  }
  if (!isInt(stage.provisionedConcurrency, 0, 10_000)) {
    fail(`provisionedConcurrency ${stage.provisionedConcurrency} must be a whole number, 0 for none.`);
  } else if (stage.reservedConcurrency !== undefined && stage.provisionedConcurrency > stage.reservedConcurrency) {
    fail(`provisionedConcurrency ${stage.provisionedConcurrency} exceeds reservedConcurrency ${stage.reservedConcurrency}; Lambda rejects that.`);
  }

  if (!isInt(stage.memoryMb, 128, 10_240)) fail(`memoryMb ${stage.memoryMb} must be a whole number from 128 to 10240.`);
  if (!isInt(stage.timeoutSeconds, 1, API_GATEWAY_TIMEOUT_SECONDS - 1)) {
    fail(
      `timeoutSeconds ${stage.timeoutSeconds} must be a whole number from 1 to ${API_GATEWAY_TIMEOUT_SECONDS - 1}, below API Gateway's ${API_GATEWAY_TIMEOUT_SECONDS} s integration timeout.`,
    );
  }
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(stage.logRetentionDays)) {
    fail(`logRetentionDays ${stage.logRetentionDays} is not a CloudWatch Logs retention period (${LOG_RETENTION_DAYS.join(', ')}).`);
  }
  if (!(LOG_LEVELS as readonly string[]).includes(stage.logLevel)) fail(`logLevel "${stage.logLevel}" must be one of ${LOG_LEVELS.join(', ')}.`);

  if (stage.removalPolicy !== 'retain' && stage.removalPolicy !== 'destroy')
    fail(`removalPolicy "${stage.removalPolicy}" must be "retain" or "destroy".`);
  if (stage.deletionProtection && stage.removalPolicy !== 'retain') {
    fail('deletionProtection is on but removalPolicy is "destroy"; the stack could never be deleted. Use "retain" or turn protection off.');
  }

  if (stage.cache.enabled && stage.introspection) {
    fail(
      'cache.enabled and introspection are both on: with introspection Apollo serves its HTML landing page to a browser GET by its Accept header, which the cache key does not hold. Turn one off.',
    );
  }
  if (stage.emailSender) {
    const { fromEmail, replyTo, sesRegion, sesVerifiedDomain } = stage.emailSender;
    if (!EMAIL.test(fromEmail)) fail(`emailSender.fromEmail "${fromEmail}" is not an email address.`);
    if (replyTo !== undefined && !EMAIL.test(replyTo)) fail(`emailSender.replyTo "${replyTo}" is not an email address.`);
    if (sesRegion !== undefined && !REGION.test(sesRegion)) fail(`emailSender.sesRegion "${sesRegion}" is not an AWS region such as eu-west-1.`);
    if (sesVerifiedDomain !== undefined && fromEmail.split('@').pop() !== sesVerifiedDomain) {
      fail(
        `emailSender.fromEmail "${fromEmail}" is not an address of emailSender.sesVerifiedDomain "${sesVerifiedDomain}"; SES sends only from the verified domain.`,
      );
    }
  }
  if (stage.webDomain && !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(stage.webDomain.domainName)) {
    fail(`webDomain.domainName "${stage.webDomain.domainName}" is not a lower-case domain name such as shop.example.com.`);
  }
  if (stage.webDomain && !/^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(stage.webDomain.certificateArn)) {
    fail(`webDomain.certificateArn "${stage.webDomain.certificateArn}" must be an ACM certificate in us-east-1 (CloudFront uses no other region).`);
  }
  if (stage.waf && !isInt(stage.waf.rateLimitPer5Minutes, 10, 2_000_000_000)) {
    fail(`waf.rateLimitPer5Minutes ${stage.waf.rateLimitPer5Minutes} must be a whole number from 10 to 2000000000.`);
  }

  if (!isInt(stage.documentCostBudget, 1, 1_000_000)) {
    fail(`documentCostBudget ${stage.documentCostBudget} must be a whole number from 1 to 1000000.`);
  }

  if (/^(sk|rk)_/.test(stage.stripePublishableKey)) {
    fail(
      'stripePublishableKey is a secret or restricted key (sk_…, rk_…): it would ship to every browser; put the publishable key (pk_…) here and the secret key in the payment secret.',
    );
  } else if (!STRIPE_PUBLISHABLE_KEY.test(stage.stripePublishableKey)) {
    fail(`stripePublishableKey "${stage.stripePublishableKey}" is not a Stripe publishable key (pk_test_… or pk_live_…).`);
  }

  if (!(TRUSTED_DOCUMENTS_MODES as readonly string[]).includes(stage.trustedDocuments)) {
    fail(`trustedDocuments "${stage.trustedDocuments}" must be one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}.`);
  }

  if (isProd) {
    if (stage.trustedDocuments !== 'require') fail('prod must have trustedDocuments "require": it runs the operations of its own clients only.');
    if (!stage.terminationProtection) fail('prod must have terminationProtection on.');
    if (!stage.emailSender) fail("prod must set emailSender: Cognito's default sender is limited to a few mails a day.");
    if (!stage.waf) fail('prod must set waf (a per-IP rate limit and the AWS managed common rules).');
    if (!stage.pointInTimeRecovery) fail('prod must have pointInTimeRecovery on (orders cannot be re-created).');
    if (!stage.deletionProtection) fail('prod must have deletionProtection on.');
    if (stage.removalPolicy !== 'retain') fail('prod must have removalPolicy "retain".');
    if (!stage.stripePublishableKey.startsWith('pk_live_'))
      fail('prod must have a live stripePublishableKey (pk_live_…): a test key takes no real payments.');
    if (stage.introspection) fail('prod must have introspection off.');
    if (stage.allowTestInvoke) fail('prod must not allow console test invocations (allowTestInvoke).');
    if (stage.costForEveryone) fail("prod must not show every caller what requests cost (costForEveryone): admins' answers carry it.");
  }
  return problems;
}

/** Throws one error naming every misconfigured stage and every problem with it. */
export function assertValidStages(stages: Readonly<Record<string, StageSettings>>): void {
  const errors = Object.entries(stages)
    .map(([key, stage]) => ({ key, problems: validateStage(stage, key) }))
    .filter(({ problems }) => problems.length > 0);
  if (errors.length === 1) throw new StageValidationError(errors[0].key, errors[0].problems);
  if (errors.length > 1) {
    throw new Error(errors.map(({ key, problems }) => new StageValidationError(key, problems).message).join('\n'));
  }
}
