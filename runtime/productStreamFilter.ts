import { ORDER_STREAM_FILTERS, matchesFilter } from './orderStreamFilter';

/**
 * Which stream records are product changes (Lambda filter criteria, in the stream record's
 * DynamoDB JSON): any insert or update of a product item (its text, price, stock, status,
 * options or variants), and a product item's removal. The search index follows them.
 */
export const PRODUCT_STREAM_FILTERS: ReadonlyArray<Record<string, unknown>> = [
  { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { __edb_e__: { S: ['product'] } } } },
  { eventName: ['REMOVE'], dynamodb: { OldImage: { __edb_e__: { S: ['product'] } } } },
];

/** Whether a record is a product change. */
export const isProductRecord = (record: unknown) => PRODUCT_STREAM_FILTERS.some((pattern) => matchesFilter(record, pattern));

/** The notifier's event source mapping filter: order events and product changes. CDK deploys these patterns. */
export const NOTIFIER_STREAM_FILTERS: ReadonlyArray<Record<string, unknown>> = [...ORDER_STREAM_FILTERS, ...PRODUCT_STREAM_FILTERS];

export const passesNotifierFilters = (record: unknown) => NOTIFIER_STREAM_FILTERS.some((pattern) => matchesFilter(record, pattern));
