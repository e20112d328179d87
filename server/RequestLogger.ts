import { Logger } from '@aws-lambda-powertools/logger';
import type { LogAttributes, LogItemExtraInput, LogItemMessage } from '@aws-lambda-powertools/logger/types';
import type { Context as LambdaContext } from 'aws-lambda';

/**
 * The Powertools Logger, told about each request up front but applying it only when a line is
 * actually written: most requests print nothing through the Logger (their summary line is
 * `requestLine`), and giving the Logger the Lambda context and the request's keys on every
 * request cost more than the rest of the handler's own per-request work.
 */
export class RequestLogger extends Logger {
  #pending: { readonly context: LambdaContext; readonly keys: LogAttributes } | undefined;

  /** The request now being served: its Lambda context and the keys every line of it carries. */
  forRequest(context: LambdaContext, keys: LogAttributes): void {
    this.#pending = { context, keys };
  }

  protected override processLogItem(logLevel: number, input: LogItemMessage, extraInput: LogItemExtraInput): void {
    const pending = this.#pending;
    if (pending) {
      this.#pending = undefined;
      this.addContext(pending.context);
      this.appendPersistentKeys(pending.keys);
    }
    super.processLogItem(logLevel, input, extraInput);
  }
}
