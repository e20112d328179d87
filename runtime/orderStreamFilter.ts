/** The order events the stream carries, as `eventType` names them (notifier/orderEvent.ts). */
export const ORDER_EVENT_TYPES = [
  'ORDER_PLACED',
  'ORDER_CANCELLED',
  'ORDER_PENDING_PAYMENT',
  'ORDER_PAID',
  'ORDER_FULFILLED',
  'ORDER_DELIVERED',
  'ORDER_REFUNDED',
] as const;
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];

/**
 * Which stream records are which order event (Lambda filter criteria, in the stream record's
 * DynamoDB JSON): an order inserted PLACED (placeOrder) or PENDING_PAYMENT (a checkout), and an
 * order update into each later status from a status it may come from. The one rule for the event source mapping's filter, the local stream poller and
 * the notifier's reading of a record.
 */
export const ORDER_EVENT_PATTERNS: Readonly<Record<OrderEventType, Record<string, unknown>>> = {
  ORDER_PLACED: { eventName: ['INSERT'], dynamodb: { NewImage: { __edb_e__: { S: ['order'] }, status: { S: ['PLACED'] } } } },
  ORDER_PENDING_PAYMENT: { eventName: ['INSERT'], dynamodb: { NewImage: { __edb_e__: { S: ['order'] }, status: { S: ['PENDING_PAYMENT'] } } } },
  ORDER_CANCELLED: moved(['PLACED', 'PENDING_PAYMENT', 'PAID'], 'CANCELLED'),
  ORDER_PAID: moved(['PENDING_PAYMENT'], 'PAID'),
  ORDER_FULFILLED: moved(['PAID'], 'FULFILLED'),
  ORDER_DELIVERED: moved(['FULFILLED'], 'DELIVERED'),
  ORDER_REFUNDED: moved(['PAID', 'FULFILLED', 'DELIVERED'], 'REFUNDED'),
};

/** An order update from one of `from` to `to` (orderTransitions in domain/orders: every status is reached once). */
function moved(from: readonly string[], to: string): Record<string, unknown> {
  return {
    eventName: ['MODIFY'],
    dynamodb: { NewImage: { __edb_e__: { S: ['order'] }, status: { S: [to] } }, OldImage: { status: { S: [...from] } } },
  };
}

/**
 * A pending order's hold marker removed (data/entities/orderHold.ts): by the table's TTL after the
 * hold expired (an abandoned checkout, which the notifier then records), or by the order's own
 * change when it is paid or ended (a no-op for the notifier). Lambda's filtering is documented on
 * the record's `dynamodb` key, so the TTL's `userIdentity` is checked in code (`isExpiredHoldRecord`).
 */
export const EXPIRED_HOLD_FILTER: Readonly<Record<string, unknown>> = {
  eventName: ['REMOVE'],
  dynamodb: { OldImage: { __edb_e__: { S: ['orderHold'] } } },
};

/** Whether a record is a hold marker deleted by the table's TTL (`userIdentity` is DynamoDB's service). */
export const isExpiredHoldRecord = (record: unknown): boolean =>
  matchesFilter(record, EXPIRED_HOLD_FILTER) &&
  matchesFilter(record, { userIdentity: { type: ['Service'], principalId: ['dynamodb.amazonaws.com'] } });

/** The event source mapping's filter: a superset of the order events (`orderEventTypeOf` tells them apart) and the hold markers' removals. CDK deploys these patterns. */
export const ORDER_STREAM_FILTERS: ReadonlyArray<Record<string, unknown>> = [
  // two patterns for the events (an event source mapping takes five filters by default, and the
  // product changes take two more): every order insert, and every order update into a status an
  // event is about. An update that does not move the status (a partial refund) passes and matches
  // no event: ignored. The third: hold markers removed (abandoned checkouts).
  { eventName: ['INSERT'], dynamodb: { NewImage: { __edb_e__: { S: ['order'] } } } },
  {
    eventName: ['MODIFY'],
    dynamodb: { NewImage: { __edb_e__: { S: ['order'] }, status: { S: ['CANCELLED', 'PAID', 'FULFILLED', 'DELIVERED', 'REFUNDED'] } } },
  },
  EXPIRED_HOLD_FILTER,
];

/** The order event a stream record is, if any. */
export const orderEventTypeOf = (record: unknown): OrderEventType | undefined =>
  (Object.keys(ORDER_EVENT_PATTERNS) as OrderEventType[]).find((type) => matchesFilter(record, ORDER_EVENT_PATTERNS[type]));

/**
 * Whether a record matches one pattern, for the subset of the filter syntax these patterns use:
 * nested objects, and lists of exact values.
 */
export function matchesFilter(value: unknown, pattern: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.includes(value);
  if (!pattern || typeof pattern !== 'object') return false;
  if (!value || typeof value !== 'object') return false;
  return Object.entries(pattern).every(([key, inner]) => matchesFilter((value as Record<string, unknown>)[key], inner));
}

export const passesOrderFilters = (record: unknown) => ORDER_STREAM_FILTERS.some((pattern) => matchesFilter(record, pattern));
