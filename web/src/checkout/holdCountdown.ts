/** How long a checkout's stock hold has left, as the payment step shows it. */
export interface HoldTimeLeft {
  readonly expired: boolean;
  /** Minutes and seconds left ("9:05"); "0:00" once expired. */
  readonly text: string;
  /** Milliseconds until the shown text changes next (to schedule the next render); 0 once expired. */
  readonly nextTickMs: number;
}

/** The time left from `now` until `holdExpiresAt` (an ISO date-time), whole seconds rounded up, so "0:00" shows only once it has run out. */
export function holdTimeLeft(holdExpiresAt: string, now: number): HoldTimeLeft {
  const left = Date.parse(holdExpiresAt) - now;
  if (!(left > 0)) return { expired: true, text: '0:00', nextTickMs: 0 };
  const seconds = Math.ceil(left / 1000);
  const nextTickMs = left - (seconds - 1) * 1000;
  return { expired: false, text: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`, nextTickMs };
}
