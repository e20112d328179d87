import { useEffect, useState } from 'react';
import { holdTimeLeft } from './holdCountdown';

/** The time the order's items are still held for, ticking each second; says so once, politely, when it runs out (`onExpired`). */
export function HoldCountdown({ holdExpiresAt, onExpired }: { holdExpiresAt: string; onExpired: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = holdTimeLeft(holdExpiresAt, now);
  useEffect(() => {
    if (left.expired) {
      onExpired();
      return undefined;
    }
    const timer = setTimeout(() => setNow(Date.now()), left.nextTickMs);
    return () => clearTimeout(timer);
  }, [left.expired, left.nextTickMs, onExpired, now]);
  if (left.expired) return null;
  return (
    <p className="hold" data-hold-expires-at={holdExpiresAt}>
      Your items are held for you for <span className="hold-time">{left.text}</span> (until{' '}
      {new Date(holdExpiresAt).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}).
    </p>
  );
}
