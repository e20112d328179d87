import type { ReactNode } from 'react';
import type { Problem } from '../errors';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** An error a shopper can read, with a retry when one can help. */
export function ErrorState({ problem, onRetry, children }: { problem: Problem; onRetry?: () => void; children?: ReactNode }) {
  return (
    <div className="error" role="alert" data-code={problem.code}>
      <p>{problem.message}</p>
      {children}
      {problem.retryable && onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Rating({ average, count }: { average: number | null; count: number }) {
  if (!count) return <span className="rating">No reviews yet</span>;
  return (
    <span className="rating" aria-label={`Rated ${average} out of 5 by ${count} ${count === 1 ? 'customer' : 'customers'}`}>
      {'★'.repeat(Math.round(average ?? 0)).padEnd(5, '☆')} <small>({count})</small>
    </span>
  );
}
