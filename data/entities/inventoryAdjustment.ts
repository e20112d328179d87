import { modelEntity } from './modelEntity';
import type { EntityItem } from 'electrodb';
import { table } from '../table';
import { SERVICE, primaryKeys } from './keys';

/**
 * The guard item of a stock adjustment, by its idempotency key: written under
 * `attribute_not_exists` in the same transaction as the stock change, so a retried adjustment
 * finds its key taken and changes nothing. It records what was asked (product, variant and delta), so a
 * retry can be told from a reuse of the key for something else. DynamoDB's TTL removes it once
 * no retry can come any more.
 */
export const InventoryAdjustmentEntity = modelEntity({
  model: { entity: 'inventoryAdjustment', version: '1', service: SERVICE },
  attributes: {
    idempotencyKey: { type: 'string', required: true, readOnly: true },
    productId: { type: 'string', required: true, readOnly: true },
    /** The variant whose stock changed; absent when the product's own stock did (a product with one variant). */
    variantId: { type: 'string', readOnly: true },
    delta: { type: 'number', required: true, readOnly: true },
    /** The admin's subject, for the record. */
    adjustedBy: { type: 'string', required: true, readOnly: true },
    adjustedAt: { type: 'string', required: true, readOnly: true },
    /** Epoch seconds: the table's TTL attribute. */
    expiresAt: { type: 'number', required: true, readOnly: true, field: table.ttlAttribute },
  },
  indexes: {
    byKey: {
      pk: { ...primaryKeys.pk, composite: ['idempotencyKey'] },
      sk: { ...primaryKeys.sk, composite: [] },
    },
  },
});

export type InventoryAdjustmentItem = EntityItem<typeof InventoryAdjustmentEntity>;
