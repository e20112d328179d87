/** The payload the scheduled warm-up rule sends. */
export const WARM_UP_PAYLOAD = { warmer: true } as const;

/** A warm-up ping: the rule's payload, or a bare EventBridge scheduled event. */
export function isWarmUpEvent(event: unknown): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const candidate = event as Record<string, unknown>;
  return candidate.warmer === true || (candidate.source === 'aws.events' && candidate['detail-type'] === 'Scheduled Event');
}
