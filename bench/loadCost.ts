import type { StageSettings } from '../infra/stages';
import { DYNAMO_ROUND_TRIP_MS, PRICE_SOURCES, appSyncMonthlyCost, monthlyCost, recommendMemory, type CostSettings, type MixMeasure } from './cost';
import type { LevelResult } from './load';
import { median, round } from './lib/stats';

/** What a visit downloads from CloudFront: index.html, the one script and its styles (docs/performance.md, section 6: 153 KB gzip of script). */
const WEB_VISIT = { requests: 3, bytes: 170_000 };
const VOLUMES = [1e6, 1e7, 1e8];
const HIT_RATIOS = [0, 0.5, 0.8, 0.9, 0.95, 0.99];
const MEMORIES = [512, 1024, 1536, 1769, 2048];

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

/** The mix every level ran, measured: shares, the cache's hit ratio, per-invocation time, CPU and units, cold starts. */
export function measureMix(levels: readonly LevelResult[]): MixMeasure {
  const requests = levels.flatMap((level) => level.requests).filter((request) => request.status < 429);
  const invocations = levels.flatMap((level) => level.invocations).filter((invocation) => !invocation.error);
  const gets = requests.filter((request) => request.cache);
  const warm = invocations.filter((invocation) => !invocation.cold);
  const cold = invocations.filter((invocation) => invocation.cold);
  return {
    getShare: gets.length / Math.max(1, requests.length),
    hitRatio: gets.filter((request) => request.cache === 'hit').length / Math.max(1, gets.length),
    // medians: an instance's first invocations run code V8 has not optimised yet
    handlerMs: median(warm.map((invocation) => invocation.handlerMs)),
    cpuMs: median(warm.map((invocation) => invocation.cpuMs)),
    dynamoCalls: mean(warm.map((invocation) => invocation.dynamoCalls)),
    readUnits: mean(invocations.map((invocation) => invocation.readUnits)),
    writeUnits: mean(invocations.map((invocation) => invocation.writeUnits)),
    coldShare: cold.length / Math.max(1, invocations.length),
    initMs: median(cold.map((invocation) => invocation.initMs!)),
    initCpuMs: median(cold.map((invocation) => invocation.initCpuMs!)),
    requestsPerVisit: requests.length / Math.max(1, requests.filter((request) => request.operation === 'Categories').length),
  };
}

/** The dollar tables of one load run: the measured mix, months at three volumes, and how they move with the hit ratio and the memory. */
export function storefrontCost(levels: readonly LevelResult[], stage: StageSettings) {
  const mix = measureMix(levels);
  const base: CostSettings = {
    memoryMb: stage.memoryMb,
    monthlyRequests: 1e7,
    apiCacheGb: stage.cache.enabled ? stage.cache.sizeGb : undefined,
    webRequestsPerVisit: WEB_VISIT.requests,
    webBytesPerVisit: WEB_VISIT.bytes,
  };
  return {
    mix,
    settings: base,
    sources: PRICE_SOURCES,
    months: VOLUMES.map((monthlyRequests) => ({
      monthlyRequests,
      ours: monthlyCost(mix, { ...base, monthlyRequests }),
      oursNoCache: monthlyCost(mix, { ...base, monthlyRequests, apiCacheGb: undefined }),
      appSync: appSyncMonthlyCost(mix, { ...base, monthlyRequests }, { cache: false }),
      appSyncCached: appSyncMonthlyCost(mix, { ...base, monthlyRequests }, { cache: true }),
    })),
    byHitRatio: HIT_RATIOS.map((hitRatio) => ({
      hitRatio,
      oursPerMillion: monthlyCost({ ...mix, hitRatio }, base).perMillion,
      appSyncCachedPerMillion: appSyncMonthlyCost({ ...mix, hitRatio }, base, { cache: true }).perMillion,
    })),
    byMemory: MEMORIES.map((memoryMb) => {
      const cost = monthlyCost(mix, { ...base, memoryMb });
      return { memoryMb, modelledMs: cost.modelledMs, lambdaPerMillion: (cost.lambda / base.monthlyRequests) * 1e6, perMillion: cost.perMillion };
    }),
    recommendedMemoryMb: recommendMemory(mix, base, MEMORIES),
  };
}

export type StorefrontCost = ReturnType<typeof storefrontCost>;

const usd = (value: number) => `$${value < 10 ? value.toFixed(2) : value.toFixed(0)}`;
const millions = (value: number) => `${value / 1e6} M`;

export function renderCost(cost: StorefrontCost): string {
  const { mix } = cost;
  const lines = [
    `Dollars (us-east-1 on-demand prices read 2026-12-07: ${cost.sources.join(', ')}; free tiers left out; Lambda arm64 at ${cost.settings.memoryMb} MB, API cache ${cost.settings.apiCacheGb ?? 'off'} GB)`,
    '',
    `Measured mix: ${round(mix.getShare * 100)} % anonymous GETs, cache hit ratio ${round(mix.hitRatio * 100)} %, a warm invocation ${round(mix.handlerMs, 2)} ms (median; ${round(mix.cpuMs, 2)} ms CPU, ${round(mix.dynamoCalls, 2)} DynamoDB requests), ${round(mix.readUnits, 2)} read and ${round(mix.writeUnits, 3)} write units per invocation, cold starts ${round(mix.coldShare * 100, 2)} % of invocations (init ${round(mix.initMs)} ms, ${round(mix.initCpuMs)} ms CPU), ${round(mix.requestsPerVisit, 1)} API requests per visit.`,
    '',
    '| requests a month | API Gateway | its cache | Lambda | DynamoDB | CloudFront (storefront) | total | per million | without the cache | AppSync | AppSync with its cache |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const month of cost.months) {
    const o = month.ours;
    lines.push(
      `| ${millions(month.monthlyRequests)} | ${usd(o.apiGateway)} | ${usd(o.apiCache)} | ${usd(o.lambda)} | ${usd(o.dynamoDb)} | ${usd(o.cloudFront)} | **${usd(o.total)}** | ${usd(o.perMillion)} | ${usd(month.oursNoCache.total)} | ${usd(month.appSync.total)} | ${usd(month.appSyncCached.total)} |`,
    );
  }
  lines.push('', 'Per million requests at 10 M a month, by cache hit ratio:', '');
  lines.push('| hit ratio | ours | AppSync with its cache |', '|---:|---:|---:|');
  for (const row of cost.byHitRatio) lines.push(`| ${row.hitRatio * 100} % | ${usd(row.oursPerMillion)} | ${usd(row.appSyncCachedPerMillion)} |`);
  lines.push('', '```mermaid', 'xychart-beta', '  title "Dollars per million storefront requests at 10 M a month"');
  lines.push(`  x-axis "cache hit ratio (%)" [${cost.byHitRatio.map((row) => row.hitRatio * 100).join(', ')}]`);
  lines.push(`  y-axis "USD per million"`);
  lines.push(`  line [${cost.byHitRatio.map((row) => round(row.oursPerMillion, 2)).join(', ')}]`);
  lines.push(`  line [${cost.byHitRatio.map((row) => round(row.appSyncCachedPerMillion, 2)).join(', ')}]`);
  lines.push('```', '(first line: ours; second: AppSync with its cache)', '');
  lines.push(
    `By memory (a warm invocation modelled as its measured CPU time, stretched below 1,769 MB, plus ${DYNAMO_ROUND_TRIP_MS} ms per DynamoDB request):`,
    '',
  );
  lines.push('| memory | modelled warm ms | Lambda per million | total per million |', '|---:|---:|---:|---:|');
  for (const row of cost.byMemory)
    lines.push(`| ${row.memoryMb} MB | ${round(row.modelledMs, 2)} | ${usd(row.lambdaPerMillion)} | ${usd(row.perMillion)} |`);
  lines.push('', `Recommended memory: ${cost.recommendedMemoryMb} MB (the cheapest within 20 % of the fastest modelled warm duration).`);
  return lines.join('\n');
}
