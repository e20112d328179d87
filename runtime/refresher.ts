/**
 * A value read again now and then: fresh for as long as each read says, one read at a time (a
 * caller arriving during a read waits for that read), and after a failed read a pause before the
 * next one, the value in force staying as it is. Used by the runtime settings and the cursor keys.
 */
export interface Refresher {
  /** Starts a read when one is due and returns it; undefined while the value is fresh (one clock check). */
  refresh(): Promise<void> | undefined;
}

export interface RefresherOptions {
  /** Reads and keeps the value; resolves with how long it stays fresh (ms). */
  readonly read: () => Promise<number>;
  /** After a failed read, the next attempt waits this long. */
  readonly retryAfterFailureMs: number;
  readonly onFailure: (error: unknown) => void;
}

export function createRefresher({ read, retryAfterFailureMs, onFailure }: RefresherOptions): Refresher {
  let freshUntil = 0;
  let reading: Promise<void> | undefined;
  return {
    refresh() {
      if (Date.now() < freshUntil) return undefined;
      reading ??= read()
        .then((freshForMs) => void (freshUntil = Date.now() + freshForMs))
        .catch((error: unknown) => {
          freshUntil = Date.now() + retryAfterFailureMs;
          onFailure(error);
        })
        .finally(() => (reading = undefined));
      return reading;
    },
  };
}
