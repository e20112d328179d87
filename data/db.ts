import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Service } from 'electrodb';
import { CategoryEntity } from './entities/category';
import { CustomerEntity } from './entities/customer';
import { OrderEntity } from './entities/order';
import { OrderLineEntity } from './entities/orderLine';
import { ProductEntity } from './entities/product';
import { ReviewEntity } from './entities/review';
import { AliasSettingsEntity } from './entities/aliasSettings';
import { UniqueValueEntity } from './entities/uniqueValue';
import { NotificationEntity } from './entities/notification';
import { InventoryAdjustmentEntity } from './entities/inventoryAdjustment';

export interface CreateDbOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

/**
 * The ElectroDB service over the single table (entities plus their collections), with the
 * document client it runs on for the few requests that span entity types.
 */
export function createDb({ client, tableName }: CreateDbOptions) {
  const service = new Service(
    {
      category: CategoryEntity,
      customer: CustomerEntity,
      order: OrderEntity,
      orderLine: OrderLineEntity,
      product: ProductEntity,
      review: ReviewEntity,
      aliasSettings: AliasSettingsEntity,
      uniqueValue: UniqueValueEntity,
      notification: NotificationEntity,
      inventoryAdjustment: InventoryAdjustmentEntity,
    },
    { client, table: tableName },
  );
  return Object.assign(service, { documentClient: client, tableName });
}

export type Db = ReturnType<typeof createDb>;
