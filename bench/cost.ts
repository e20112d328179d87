/**
 * Dollars from what the load bench measured: the pure arithmetic (unit-tested in
 * tests/unit/bench/cost.test.ts). Prices are AWS's published on-demand prices for us-east-1, read
 * on 2026-12-07 from the pages in PRICE_SOURCES; free tiers are left out.
 */
export const PRICES = {
  /** Lambda, arm64: per request, and per GB-second for the first 7.5 billion GB-seconds a month. */
  lambdaPerRequest: 0.2 / 1e6,
  lambdaArmPerGbSecond: 0.0000133334,
  /** API Gateway REST API: per request for the first 333 million a month (every request, cache hit or not). */
  restApiPerRequest: 3.5 / 1e6,
  /** API Gateway cache cluster, per hour, by size (GB). */
  apiCachePerHour: { '0.5': 0.02, '1.6': 0.038 } as Record<string, number>,
  /** DynamoDB on-demand, per read request unit and per write request unit. */
  dynamoPerRead: 0.125 / 1e6,
  dynamoPerWrite: 0.625 / 1e6,
  /** CloudFront, United States: per HTTPS request, per GB out (first 10 TB). */
  cloudFrontPerRequest: 0.01 / 1e4,
  cloudFrontPerGb: 0.085,
  /** AppSync GraphQL: per query or mutation operation; the smallest cache instance (cache.small) per hour. */
  appSyncPerOperation: 4 / 1e6,
  appSyncCacheSmallPerHour: 0.044,
  hoursPerMonth: 730,
} as const;

export const PRICE_SOURCES = [
  'https://aws.amazon.com/lambda/pricing/',
  'https://aws.amazon.com/api-gateway/pricing/',
  'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  'https://aws.amazon.com/cloudfront/pricing/',
  'https://aws.amazon.com/appsync/pricing/',
] as const;

/** Lambda gives a function one full vCPU at this memory, proportionally less below it. */
export const FULL_VCPU_MB = 1769;
/**
 * What one DynamoDB request keeps a deployed function waiting (ms): an assumption (in-region
 * DynamoDB answers a small Query or BatchGetItem in single-digit milliseconds), used instead of the
 * wait measured against DynamoDB Local on a shared machine, which says more about the machine.
 */
export const DYNAMO_ROUND_TRIP_MS = 5;

/** What one run of the storefront mix measured, per storefront request or per function invocation. */
export interface MixMeasure {
  /** Share of the requests that are anonymous GETs (cacheable). */
  readonly getShare: number;
  /** Share of those GETs the stage cache answered. */
  readonly hitRatio: number;
  /** Per invocation (a GET the cache missed, or a POST), on a warm instance: handler time and its CPU time (ms, one full core), DynamoDB requests. */
  readonly handlerMs: number;
  readonly cpuMs: number;
  readonly dynamoCalls: number;
  /** Per invocation, DynamoDB request units (cold and warm together). */
  readonly readUnits: number;
  readonly writeUnits: number;
  /** Share of invocations that were cold starts, and a cold start's init time and its CPU time (ms). */
  readonly coldShare: number;
  readonly initMs: number;
  readonly initCpuMs: number;
  /** Storefront requests per visit (a visit loads the storefront once from CloudFront). */
  readonly requestsPerVisit: number;
}

export interface CostSettings {
  readonly memoryMb: number;
  readonly monthlyRequests: number;
  /** The stage's cache cluster size (GB), or undefined for no cache (then every GET reaches the function). */
  readonly apiCacheGb?: string;
  /** The storefront's files a visit downloads from CloudFront: requests and bytes. */
  readonly webRequestsPerVisit: number;
  readonly webBytesPerVisit: number;
}

export interface CostBreakdown {
  readonly apiGateway: number;
  readonly apiCache: number;
  readonly lambda: number;
  readonly dynamoDb: number;
  readonly cloudFront: number;
  readonly total: number;
  readonly perMillion: number;
  /** Invocations per storefront request, and a warm invocation's modelled duration (ms) at the memory. */
  readonly invocationsPerRequest: number;
  readonly modelledMs: number;
}

/**
 * A duration at `memoryMb` from CPU time measured on one full core and the time spent waiting: the
 * CPU part stretches by the share of a vCPU Lambda gives that memory (one full vCPU at 1,769 MB;
 * one thread gains nothing above), the wait stays.
 */
export function durationAt(memoryMb: number, cpuMs: number, waitingMs: number): number {
  return waitingMs + cpuMs * (FULL_VCPU_MB / Math.min(memoryMb, FULL_VCPU_MB));
}

/** The month of `settings.monthlyRequests` storefront requests of the measured mix, on this project's stack. */
export function monthlyCost(mix: MixMeasure, settings: CostSettings): CostBreakdown {
  const requests = settings.monthlyRequests;
  const cached = settings.apiCacheGb !== undefined;
  const invocationsPerRequest = 1 - (cached ? mix.getShare * mix.hitRatio : 0);
  const invocations = requests * invocationsPerRequest;
  const modelledMs = durationAt(settings.memoryMb, mix.cpuMs, mix.dynamoCalls * DYNAMO_ROUND_TRIP_MS);
  // init waits on nothing but its own CPU (the settings read is the first request's)
  const initMs = durationAt(settings.memoryMb, mix.initCpuMs, 0);
  // Lambda bills the handler's time rounded up to the millisecond, and the init of a cold start
  const billedMs = Math.ceil(modelledMs) + mix.coldShare * Math.ceil(initMs);
  const lambda = invocations * (PRICES.lambdaPerRequest + (settings.memoryMb / 1024) * (billedMs / 1000) * PRICES.lambdaArmPerGbSecond);
  const apiGateway = requests * PRICES.restApiPerRequest;
  const apiCache = cached ? (PRICES.apiCachePerHour[settings.apiCacheGb!] ?? Number.NaN) * PRICES.hoursPerMonth : 0;
  const dynamoDb = invocations * (mix.readUnits * PRICES.dynamoPerRead + mix.writeUnits * PRICES.dynamoPerWrite);
  const cloudFront = cloudFrontCost(mix, settings);
  const total = apiGateway + apiCache + lambda + dynamoDb + cloudFront;
  return { apiGateway, apiCache, lambda, dynamoDb, cloudFront, total, perMillion: (total / requests) * 1e6, invocationsPerRequest, modelledMs };
}

function cloudFrontCost(mix: MixMeasure, settings: CostSettings): number {
  const visits = settings.monthlyRequests / mix.requestsPerVisit;
  return visits * (settings.webRequestsPerVisit * PRICES.cloudFrontPerRequest + (settings.webBytesPerVisit / 1e9) * PRICES.cloudFrontPerGb);
}

export interface AppSyncBreakdown {
  readonly operations: number;
  readonly cache: number;
  readonly dynamoDb: number;
  readonly cloudFront: number;
  readonly total: number;
  readonly perMillion: number;
}

/**
 * The same month on AppSync with resolvers reading DynamoDB directly (no Lambda): every operation
 * billed whether its cache answers it or not, its cache (the smallest instance) by the hour, and
 * the same DynamoDB units for what the cache does not answer (`cache`: the same hit ratio).
 */
export function appSyncMonthlyCost(mix: MixMeasure, settings: CostSettings, { cache }: { cache: boolean }): AppSyncBreakdown {
  const requests = settings.monthlyRequests;
  const reachingData = requests * (1 - (cache ? mix.getShare * mix.hitRatio : 0));
  const operations = requests * PRICES.appSyncPerOperation;
  const cacheCost = cache ? PRICES.appSyncCacheSmallPerHour * PRICES.hoursPerMonth : 0;
  const dynamoDb = reachingData * (mix.readUnits * PRICES.dynamoPerRead + mix.writeUnits * PRICES.dynamoPerWrite);
  const cloudFront = cloudFrontCost(mix, settings);
  const total = operations + cacheCost + dynamoDb + cloudFront;
  return { operations, cache: cacheCost, dynamoDb, cloudFront, total, perMillion: (total / requests) * 1e6 };
}

/**
 * The memory the measurements recommend: the cheapest of `candidates` whose modelled warm duration
 * is within `slack` (20 %) of the fastest candidate's.
 */
export function recommendMemory(mix: MixMeasure, settings: Omit<CostSettings, 'memoryMb'>, candidates: readonly number[], slack = 0.2): number {
  const rows = candidates.map((memoryMb) => ({ memoryMb, cost: monthlyCost(mix, { ...settings, memoryMb }) }));
  const fastest = Math.min(...rows.map((row) => row.cost.modelledMs));
  const eligible = rows.filter((row) => row.cost.modelledMs <= fastest * (1 + slack));
  return eligible.reduce((best, row) => (row.cost.lambda < best.cost.lambda ? row : best)).memoryMb;
}
