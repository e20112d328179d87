/**
 * The event source mapping's filter (Lambda filter criteria, in the stream record's DynamoDB JSON):
 * only order inserts, and order updates from PLACED to CANCELLED, reach the notifier. CDK deploys
 * these patterns; the local stream poller applies the same ones with `matchesFilter`.
 */
export const ORDER_STREAM_FILTERS: ReadonlyArray<Record<string, unknown>> = [
  { eventName: ['INSERT'], dynamodb: { NewImage: { __edb_e__: { S: ['order'] } } } },
  {
    eventName: ['MODIFY'],
    dynamodb: { NewImage: { __edb_e__: { S: ['order'] }, status: { S: ['CANCELLED'] } }, OldImage: { status: { S: ['PLACED'] } } },
  },
];

/**
 * Whether a record matches one pattern, for the subset of the filter syntax these patterns use:
 * nested objects, and lists of exact values.
 */
export function matchesFilter(value: unknown, pattern: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.includes(value);
  if (!pattern || typeof pattern !== 'object') return false;
  if (!value || typeof value !== 'object') return false;
  return Object.entries(pattern).every(([key, inner]) => matchesFilter((value as Record<string, unknown>)[key], inner));
}

export const passesOrderFilters = (record: unknown) => ORDER_STREAM_FILTERS.some((pattern) => matchesFilter(record, pattern));
