import { AsyncLocalStorage } from 'node:async_hooks';
import type { LogLevel, TrustedDocumentsMode } from '../../runtime/settings/runtimeSettings';
import type { RequestLineContext } from './requestLine';

/** What one request did, collected while it runs (concurrent requests never mix). */
export interface RequestRecord {
  readonly startedAt: number;
  /** When the request stops sending DynamoDB requests (epoch ms; server/requestDeadline.ts). */
  readonly deadline: number;
  /** The log level in force for this request (the alias's level, or DEBUG when sampled). */
  readonly logLevel: LogLevel;
  /** The keys of the request's summary line. */
  readonly line: RequestLineContext;
  dynamoRequests: number;
  /** DynamoDB read capacity units the request consumed, as DynamoDB reported them (measureDynamoRequests.ts). */
  readUnits: number;
  /** DynamoDB write capacity units the request consumed, as DynamoDB reported them. */
  writeUnits: number;
  /** The alias's trusted-documents mode for this request (documents are looked up by hash before the context exists). */
  readonly trustedDocuments?: TrustedDocumentsMode;
}

const storage = new AsyncLocalStorage<RequestRecord>();

export function runInRequestScope<T>(record: RequestRecord, work: () => Promise<T>): Promise<T> {
  return storage.run(record, work);
}

export function currentRequest(): RequestRecord | undefined {
  return storage.getStore();
}
