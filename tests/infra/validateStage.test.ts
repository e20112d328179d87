import { buildApp } from '../../infra/buildApp';
import { type StageSettings, stages } from '../../infra/stages';
import { StageValidationError, assertValidStages, validateStage } from '../../infra/validateStage';

const CERTIFICATE_PREFIX = 'arn:aws:acm:us-east-1:111122223333:certificate';

/** A stage derived from qa with some settings changed; casts let tests build invalid values. */
function makeStage(overrides: Record<string, unknown> = {}): StageSettings {
  return { ...stages.qa, name: 'perf', ...overrides } as StageSettings;
}

describe('validateStage', () => {
  it.each(Object.entries(stages))('accepts the %s stage as defined', (key, stage) => {
    expect(validateStage(stage, key)).toEqual([]);
  });

  it('rejects a test publishable key in prod', () => {
    const problems = validateStage({ ...stages.prod, stripePublishableKey: 'pk_test_abc123' }, 'prod');
    expect(problems).toEqual([expect.stringMatching(/prod must have a live stripePublishableKey/)]);
  });

  it('rejects "*" in prod origins with a message that says so', () => {
    const problems = validateStage({ ...stages.prod, corsOrigins: ['*'] }, 'prod');
    expect(problems).toEqual(['corsOrigins contains "*": wildcards are not allowed in prod; list each origin.']);
  });

  it('rejects wildcard origins in any stage', () => {
    expect(validateStage(makeStage({ corsOrigins: ['https://*.example.com'] }))).toEqual([
      'corsOrigins contains "https://*.example.com": wildcards are not allowed; list each origin.',
    ]);
  });

  it.each([
    [{ corsOrigins: [] }, /corsOrigins is empty/],
    [{ corsOrigins: ['https://shop.example.com/path'] }, /is not an origin/],
    [{ corsOrigins: ['https://shop.example.com" || true'] }, /is not an origin/],
    [{ corsOrigins: ['http://shop.example.com'] }, /must use https/],
    [{ corsOrigins: ['https://a.example.com', 'https://a.example.com'] }, /lists an origin twice/],
    [{ cache: { enabled: true, ttlSeconds: 0, sizeGb: '0.5' } }, /nothing would be cached/],
    [{ cache: { enabled: true, ttlSeconds: 7200, sizeGb: '0.5' } }, /cache\.ttlSeconds 7200/],
    [{ cache: { enabled: true, ttlSeconds: 60, sizeGb: '2' } }, /cache\.sizeGb "2"/],
    [{ throttling: { rateLimit: 0, burstLimit: 10 } }, /throttling\.rateLimit 0/],
    [{ throttling: { rateLimit: 10, burstLimit: 0.5 } }, /throttling\.burstLimit 0\.5/],
    [{ warmUpSchedule: 'every 5 minutes' }, /warmUpSchedule "every 5 minutes"/],
    [{ warmUpSchedule: 'rate(1 minutes)' }, /warmUpSchedule/],
    [{ reservedConcurrency: 0 }, /0 would throttle every request/],
    [{ provisionedConcurrency: 30, reservedConcurrency: 20 }, /exceeds reservedConcurrency/],
    [{ memoryMb: 64 }, /memoryMb 64/],
    [{ timeoutSeconds: 29 }, /below API Gateway's 29 s integration timeout/],
    [{ timeoutSeconds: 0 }, /timeoutSeconds 0/],
    [{ logRetentionDays: 10 }, /logRetentionDays 10 is not a CloudWatch Logs retention period/],
    [{ logLevel: 'TRACE' }, /logLevel "TRACE"/],
    [{ removalPolicy: 'keep' }, /removalPolicy "keep"/],
    [{ deletionProtection: true, removalPolicy: 'destroy' }, /could never be deleted/],
    [{ name: 'Perf_1' }, /name "Perf_1" must be/],
    [
      { cache: { enabled: true, ttlSeconds: 60, sizeGb: '0.5' }, introspection: true },
      /landing page .* Accept header, which the cache key does not hold/,
    ],
    [{ emailSender: { fromEmail: 'no-reply' } }, /emailSender\.fromEmail "no-reply" is not an email address/],
    [{ emailSender: { fromEmail: 'no-reply@shop.example.com', replyTo: 'help' } }, /emailSender\.replyTo "help" is not an email address/],
    [{ emailSender: { fromEmail: 'no-reply@shop.example.com', sesRegion: 'Ireland' } }, /emailSender\.sesRegion "Ireland" is not an AWS region/],
    [
      { emailSender: { fromEmail: 'no-reply@shop.example.com', sesVerifiedDomain: 'example.com' } },
      /"no-reply@shop\.example\.com" is not an address of emailSender\.sesVerifiedDomain "example\.com"/,
    ],
    [{ waf: { rateLimitPer5Minutes: 5 } }, /waf\.rateLimitPer5Minutes 5/],
    [{ stripePublishableKey: 'sk_test_abc123' }, /stripePublishableKey is a secret or restricted key/],
    [{ stripePublishableKey: 'rk_live_abc123' }, /stripePublishableKey is a secret or restricted key/],
    [{ stripePublishableKey: 'abc123' }, /stripePublishableKey "abc123" is not a Stripe publishable key/],
    [{ trustedDocuments: 'sometimes' }, /trustedDocuments "sometimes" must be one of off, allow, require/],
    [{ documentCostBudget: 0 }, /documentCostBudget 0 must be a whole number from 1 to 1000000/],
    [{ documentCostBudget: 2.5 }, /documentCostBudget 2\.5 must be a whole number/],
    [{ lowStockReportSchedule: 'daily' }, /lowStockReportSchedule "daily" must be null or an EventBridge expression/],
    [{ lowStockReportEmail: 'ops', emailSender: { fromEmail: 'no-reply@example.com' } }, /lowStockReportEmail "ops" is not an email address/],
    [{ lowStockReportEmail: 'ops@example.com' }, /lowStockReportEmail needs emailSender/],
    [{ trafficShifting: { kind: 'canary', percent: 100, minutes: 5 } }, /trafficShifting\.percent 100 must be a whole number from 1 to 99/],
    [{ trafficShifting: { kind: 'canary', percent: 10, minutes: 0.5 } }, /trafficShifting\.minutes 0\.5 must be a whole number from 1 to 2880/],
    [
      { pinnedRuntime: { runtimeVersionArn: 'arn:aws:lambda:eu-west-1::runtime:abc', nodeVersion: '24.22.3' } },
      /pinnedRuntime\.runtimeVersionArn "arn:aws:lambda:eu-west-1::runtime:abc" is not a runtime version ARN/,
    ],
    [
      { pinnedRuntime: { runtimeVersionArn: `arn:aws:lambda:eu-west-1::runtime:${'a'.repeat(64)}`, nodeVersion: '22.23.5' } },
      /pinnedRuntime\.nodeVersion "22\.23\.5" must be the exact Node 24 release the runtime version runs/,
    ],
    [{ trafficShifting: { kind: 'linear' } }, /trafficShifting must be \{ kind: "allAtOnce" \} or \{ kind: "canary"/],
    [{ webDomain: { domainName: 'https://shop.example.com', certificateArn: `${CERTIFICATE_PREFIX}/abc` } }, /webDomain\.domainName "https:\/\/shop/],
    [
      { webDomain: { domainName: 'shop.example.com', certificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/abc' } },
      /webDomain\.certificateArn .* must be an ACM certificate in us-east-1/,
    ],
  ])('rejects %j', (overrides, message) => {
    const problems = validateStage(makeStage(overrides), (overrides as { name?: string }).name ?? 'perf');
    expect(problems).toEqual([expect.stringMatching(message)]);
  });

  it('accepts a stage without reserved concurrency, and provisioned concurrency without a reservation', () => {
    expect(validateStage(makeStage({ reservedConcurrency: undefined }))).toEqual([]);
    expect(validateStage(makeStage({ reservedConcurrency: undefined, provisionedConcurrency: 2 }))).toEqual([]);
  });

  it('accepts a mail sender from its verified domain, in another SES region, with a reply-to address', () => {
    const emailSender = {
      fromEmail: 'no-reply@shop.example.com',
      sesVerifiedDomain: 'shop.example.com',
      sesRegion: 'eu-central-1',
      replyTo: 'help@shop.example.com',
    };
    expect(validateStage(makeStage({ emailSender }))).toEqual([]);
  });

  it('accepts a storefront domain with its us-east-1 certificate', () => {
    expect(
      validateStage(makeStage({ webDomain: { domainName: 'shop.example.com', certificateArn: `${CERTIFICATE_PREFIX}/0f1e2d3c-aaaa` } })),
    ).toEqual([]);
  });

  it('accepts a pinned runtime version with its Node release', () => {
    const pinnedRuntime = { runtimeVersionArn: `arn:aws:lambda:eu-west-1::runtime:${'0123456789abcdef'.repeat(4)}`, nodeVersion: '24.22.3' };
    expect(validateStage(makeStage({ pinnedRuntime }))).toEqual([]);
  });

  it('accepts a stage without a warm-up rule, and cron schedules', () => {
    expect(validateStage(makeStage({ warmUpSchedule: null }))).toEqual([]);
    expect(validateStage(makeStage({ warmUpSchedule: 'cron(0/5 * * * ? *)' }))).toEqual([]);
    expect(validateStage(makeStage({ warmUpSchedule: 'rate(1 minute)' }))).toEqual([]);
  });

  it('requires the key in the stages map to be the stage name', () => {
    expect(validateStage(makeStage(), 'perf2')).toEqual([expect.stringMatching(/listed under key "perf2" but named "perf"/)]);
  });

  it('holds prod to production settings', () => {
    const problems = validateStage(
      {
        ...stages.prod,
        corsOrigins: ['http://localhost:3000'],
        pointInTimeRecovery: false,
        deletionProtection: false,
        removalPolicy: 'destroy',
        introspection: true,
        allowTestInvoke: true,
        costForEveryone: true,
        terminationProtection: false,
        emailSender: undefined,
        waf: undefined,
        trustedDocuments: 'allow',
        trafficShifting: { kind: 'allAtOnce' },
      },
      'prod',
    );
    expect(problems).toEqual([
      expect.stringMatching(/localhost origin; prod must not accept/),
      expect.stringMatching(/^trafficShifting is allAtOnce; prod shifts gradually/),
      expect.stringMatching(/cache\.enabled and introspection are both on/),
      'prod must have trustedDocuments "require": it runs the operations of its own clients only.',
      'prod must have terminationProtection on.',
      "prod must set emailSender: Cognito's default sender is limited to a few mails a day.",
      'prod must set waf (a per-IP rate limit and the AWS managed common rules).',
      'prod must have pointInTimeRecovery on (orders cannot be re-created).',
      'prod must have deletionProtection on.',
      'prod must have removalPolicy "retain".',
      'prod must have introspection off.',
      'prod must not allow console test invocations (allowTestInvoke).',
      "prod must not show every caller what requests cost (costForEveryone): admins' answers carry it.",
    ]);
  });
});

describe('assertValidStages', () => {
  it('throws one error naming the stage and every problem', () => {
    const act = () => assertValidStages({ ...stages, prod: { ...stages.prod, corsOrigins: ['*'], timeoutSeconds: 30 } });
    expect(act).toThrow(StageValidationError);
    expect(act).toThrow(/^Stage "prod" is misconfigured \(infra\/stages\.ts\):\n {2}- corsOrigins contains "\*"[^\n]*\n {2}- timeoutSeconds 30/);
  });

  it('makes synth fail before any stack is built', () => {
    expect(() => buildApp({ stages: { prod: { ...stages.prod, corsOrigins: ['*'] } } })).toThrow(/Stage "prod" is misconfigured/);
  });
});
