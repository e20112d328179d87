import { Logger } from '@aws-lambda-powertools/logger';
import type { LogAttributes, LogItemExtraInput, LogItemMessage } from '@aws-lambda-powertools/logger/types';
import type { Context as LambdaContext } from 'aws-lambda';

interface ServedRequest {
  readonly context: LambdaContext;
  readonly keys: LogAttributes;
  /** Powertools' verdict for this invocation, taken when the request arrives. */
  readonly coldStart: boolean;
  applied: boolean;
}

/**
 * The Powertools Logger, told about each request up front but applying it only when a line is
 * actually written: most requests print nothing through the Logger (their summary line is
 * `requestLine`), and giving the Logger the Lambda context and the request's keys on every
 * request cost more than the rest of the handler's own per-request work. Whether an invocation is
 * a cold start is still decided when it arrives, so a line written later keeps the right answer.
 */
export class RequestLogger extends Logger {
  #request: ServedRequest | undefined;

  /** The request now being served: its Lambda context and the keys every line of it carries. */
  forRequest(context: LambdaContext, keys: LogAttributes): void {
    this.#request = { context, keys, coldStart: super.getColdStart(), applied: false };
  }

  /** Whether the request being served is the container's cold start (Powertools' rules: on-demand, first invocation). */
  override getColdStart(): boolean {
    return this.#request ? this.#request.coldStart : super.getColdStart();
  }

  protected override processLogItem(logLevel: number, input: LogItemMessage, extraInput: LogItemExtraInput): void {
    const request = this.#request;
    if (request && !request.applied) {
      request.applied = true;
      this.addContext(request.context);
      this.appendPersistentKeys(request.keys);
    }
    super.processLogItem(logLevel, input, extraInput);
  }
}
