import { useEffect, useRef } from 'react';

/**
 * The outcome of an action, in a polite live region that is always on the page (so that a
 * change is announced). `focus`: focus moves to it when the message changes, so the next Tab
 * continues from the result.
 */
export function Announcement({ message, focus = true }: { message: string; focus?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message && focus) ref.current?.focus();
  }, [message, focus]);
  return (
    <p ref={ref} tabIndex={-1} role="status" aria-live="polite" className="announcement">
      {message}
    </p>
  );
}
