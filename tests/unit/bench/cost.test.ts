import { DYNAMO_ROUND_TRIP_MS, PRICES, appSyncMonthlyCost, durationAt, monthlyCost, recommendMemory, type MixMeasure } from '../../../bench/cost';

const mix = (overrides: Partial<MixMeasure> = {}): MixMeasure => ({
  getShare: 0.8,
  hitRatio: 0.5,
  handlerMs: 10,
  cpuMs: 10,
  dynamoCalls: 2,
  readUnits: 1,
  writeUnits: 0.1,
  coldShare: 0,
  initMs: 300,
  initCpuMs: 300,
  requestsPerVisit: 5,
  ...overrides,
});
const settings = { memoryMb: 1769, monthlyRequests: 1e6, apiCacheGb: '0.5', webRequestsPerVisit: 3, webBytesPerVisit: 1e6 };

describe('durationAt', () => {
  it('stretches CPU time by the share of a vCPU the memory gets, and keeps the wait', () => {
    expect(durationAt(1769, 10, 5)).toBeCloseTo(15);
    expect(durationAt(884.5, 10, 5)).toBeCloseTo(25);
    expect(durationAt(3538, 10, 5)).toBeCloseTo(15);
  });
});

describe('monthlyCost', () => {
  it('bills API Gateway for every request and Lambda and DynamoDB for what the cache does not answer', () => {
    // Act
    const cost = monthlyCost(mix(), settings);

    // Assess: 60 % of the requests reach the function (80 % GETs, half of them hits)
    const invocations = 0.6e6;
    const billedMs = Math.ceil(10 + 2 * DYNAMO_ROUND_TRIP_MS);
    expect(cost.invocationsPerRequest).toBeCloseTo(0.6);
    expect(cost.apiGateway).toBeCloseTo(3.5);
    expect(cost.apiCache).toBeCloseTo(0.02 * 730);
    expect(cost.lambda).toBeCloseTo(invocations * (PRICES.lambdaPerRequest + (1769 / 1024) * (billedMs / 1000) * PRICES.lambdaArmPerGbSecond));
    expect(cost.dynamoDb).toBeCloseTo((invocations * (0.125 + 0.1 * 0.625)) / 1e6);
    expect(cost.cloudFront).toBeCloseTo(200_000 * (3 * 0.000001 + 0.001 * 0.085));
    expect(cost.total).toBeCloseTo(cost.apiGateway + cost.apiCache + cost.lambda + cost.dynamoDb + cost.cloudFront);
  });

  it('sends every request to the function and bills no cache hours without a cache', () => {
    // Act
    const cost = monthlyCost(mix(), { ...settings, apiCacheGb: undefined });

    // Assess
    expect(cost.invocationsPerRequest).toBe(1);
    expect(cost.apiCache).toBe(0);
  });

  it('adds the init of the cold starts to the billed duration', () => {
    // Act
    const warm = monthlyCost(mix(), settings);
    const cold = monthlyCost(mix({ coldShare: 0.1 }), settings);

    // Assess: 0.1 × 300 ms more per invocation
    expect(cold.lambda - warm.lambda).toBeCloseTo(0.6e6 * (1769 / 1024) * (30 / 1000) * PRICES.lambdaArmPerGbSecond);
  });
});

describe('appSyncMonthlyCost', () => {
  it('bills every operation, cached or not, and its cache by the hour', () => {
    // Act
    const cached = appSyncMonthlyCost(mix(), settings, { cache: true });
    const uncached = appSyncMonthlyCost(mix(), settings, { cache: false });

    // Assess
    expect(cached.operations).toBeCloseTo(4);
    expect(cached.cache).toBeCloseTo(0.044 * 730);
    expect(uncached.cache).toBe(0);
    expect(uncached.dynamoDb).toBeGreaterThan(cached.dynamoDb);
  });
});

describe('recommendMemory', () => {
  it('picks the cheapest memory within 20 % of the fastest modelled duration', () => {
    // Prepare: mostly waiting, so more memory buys little time
    const waiting = mix({ cpuMs: 1, dynamoCalls: 4 });
    // mostly CPU: below a full vCPU the duration grows with the memory saved
    const busy = mix({ cpuMs: 100, dynamoCalls: 0 });

    // Act
    const forWaiting = recommendMemory(waiting, settings, [512, 1024, 1769]);
    const forBusy = recommendMemory(busy, settings, [512, 1024, 1769]);

    // Assess
    expect(forWaiting).toBe(512);
    expect(forBusy).toBe(1769);
  });
});
