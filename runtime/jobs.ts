/** The notifier's scheduled jobs: the input its EventBridge rule sends, which the handler recognises. */

/** The daily low-stock report's rule input: `{ "job": "low-stock" }`. */
export const LOW_STOCK_JOB = { job: 'low-stock' } as const;

export const isLowStockJob = (event: unknown): event is typeof LOW_STOCK_JOB =>
  !!event && typeof event === 'object' && (event as { job?: unknown }).job === LOW_STOCK_JOB.job;
