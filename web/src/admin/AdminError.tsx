import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { adminProblemOf } from './adminProblem';

/** A refusal or failure, focused when it appears so that a keyboard or screen-reader user meets it; "Try again" where retrying can help. */
export function AdminError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = adminProblemOf(error);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error]);
  const refused = problem.code === 'UNAUTHENTICATED' || problem.code === 'FORBIDDEN';
  return (
    <div ref={ref} tabIndex={-1} className="error" role="alert" data-code={problem.code}>
      <p>{problem.message}</p>
      {refused ? (
        <p>
          <Link to="/signin">Sign in</Link>
        </p>
      ) : null}
      {problem.retryable && onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** Input the page cannot send as it is, said before anything is sent; focused like a refusal. */
export function InputProblem({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <p ref={ref} tabIndex={-1} className="error" role="alert" data-code="INVALID_INPUT">
      {message}
    </p>
  );
}
