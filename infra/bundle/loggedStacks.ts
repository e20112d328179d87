/** A stack trace found in what a function logged, with where it was found. */
export interface LoggedStack {
  /** What the log line says besides its stacks (time, level, message), when the stack came from a JSON log line. */
  readonly heading?: string;
  /** The log line's `service` (which function logged it), when it says. */
  readonly service?: string;
  /** Where in the log line the stack was (`error`, `error.cause`), when it came from one. */
  readonly path?: string;
  readonly stack: string;
}

/** The JSON object a log line carries, and what CloudWatch or a copy put before it (time, request id, level). */
function jsonOf(line: string): { prefix: string; entry: Record<string, unknown> } | undefined {
  const start = line.indexOf('{');
  if (start < 0) return undefined;
  try {
    const value: unknown = JSON.parse(line.slice(start));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return { prefix: line.slice(0, start).replace(/\s+/g, ' ').trim(), entry: value as Record<string, unknown> };
  } catch {
    return undefined;
  }
}

/** Every `stack` in a logged object, depth first: Powertools' `error` and its `cause`s, or the runtime's `stack` array of lines. */
function stacksIn(value: unknown, path: string): Array<{ path: string; stack: string }> {
  if (value === null || typeof value !== 'object') return [];
  const { stack } = value as { stack?: unknown };
  const own =
    typeof stack === 'string' ? stack : Array.isArray(stack) && stack.every((line) => typeof line === 'string') ? stack.join('\n') : undefined;
  const nested = Object.entries(value).flatMap(([key, child]) => (key === 'stack' ? [] : stacksIn(child, path ? `${path}.${key}` : key)));
  return own === undefined ? nested : [{ path: path || 'stack', stack: own }, ...nested];
}

/**
 * The stack traces in a piece of a function's log: each JSON line (Powertools' lines, as CloudWatch
 * shows them, or the Lambda runtime's own error lines) gives the stacks it carries; the other lines,
 * together, are a stack copied as text.
 *
 * @example
 * loggedStacks('{"level":"ERROR","message":"Unexpected error","error":{"name":"Error","stack":"Error: boom\\n    at x (/var/task/index.js:1:2)"}}')
 * // [{ heading: 'ERROR Unexpected error', path: 'error', stack: 'Error: boom\n    at x (/var/task/index.js:1:2)' }]
 */
export function loggedStacks(text: string): LoggedStack[] {
  const found: LoggedStack[] = [];
  const rest: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const logged = jsonOf(line);
    if (!logged) {
      rest.push(line);
      continue;
    }
    const { prefix, entry } = logged;
    const heading = [prefix || entry.timestamp, entry.level, entry.message, entry.errorType, entry.errorMessage]
      .filter((value) => typeof value === 'string' && value !== '')
      .join(' ');
    const service = typeof entry.service === 'string' ? entry.service : undefined;
    for (const { path, stack } of stacksIn(entry, '')) found.push({ heading, ...(service ? { service } : {}), path, stack });
  }
  const raw = rest.join('\n').trim();
  return raw ? [...found, { stack: raw }] : found;
}
