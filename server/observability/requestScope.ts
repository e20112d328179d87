import { AsyncLocalStorage } from 'node:async_hooks';

/** What one request did, collected while it runs (concurrent requests never mix). */
export interface RequestRecord {
  readonly startedAt: number;
  dynamoRequests: number;
}

const storage = new AsyncLocalStorage<RequestRecord>();

export function runInRequestScope<T>(record: RequestRecord, work: () => Promise<T>): Promise<T> {
  return storage.run(record, work);
}

export function currentRequest(): RequestRecord | undefined {
  return storage.getStore();
}
