import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Service, type Entity } from 'electrodb';
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
import { MigrationCheckpointEntity } from './entities/migrationCheckpoint';
import { PaymentEntity } from './entities/payment';
import { PaymentEventEntity } from './entities/paymentEvent';
import { PaymentRefundEntity } from './entities/paymentRefund';
import { MediaUploadEntity } from './entities/mediaUpload';
import { CartEntity } from './entities/cart';
import { CustomerCartEntity } from './entities/customerCart';
import { CustomerAddressEntity } from './entities/customerAddress';
import { DiscountCodeEntity } from './entities/discountCode';
import { DiscountCodeUseEntity } from './entities/discountCodeUse';
import { VariantRefEntity } from './entities/variantRef';
import { CartCheckoutEntity } from './entities/cartCheckout';
import { OrderHoldEntity } from './entities/orderHold';
import { modelEntity } from './entities/modelEntity';

export interface CreateDbOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

/**
 * The ElectroDB service over the single table (entities plus their collections), with the
 * document client it runs on for the few requests that span entity types. Its entities are its
 * own, made from the shared models: a Service binds the entities it is given to its client and
 * table, so joining the module-level ones would point every earlier db of the process (the API's
 * and the notifier's under `npm start`) at the client of the latest.
 */
export function createDb({ client, tableName }: CreateDbOptions) {
  const service = new Service(
    {
      category: own(CategoryEntity),
      customer: own(CustomerEntity),
      order: own(OrderEntity),
      orderLine: own(OrderLineEntity),
      product: own(ProductEntity),
      review: own(ReviewEntity),
      aliasSettings: own(AliasSettingsEntity),
      uniqueValue: own(UniqueValueEntity),
      notification: own(NotificationEntity),
      inventoryAdjustment: own(InventoryAdjustmentEntity),
      migrationCheckpoint: own(MigrationCheckpointEntity),
      payment: own(PaymentEntity),
      paymentRefund: own(PaymentRefundEntity),
      paymentEvent: own(PaymentEventEntity),
      mediaUpload: own(MediaUploadEntity),
      cart: own(CartEntity),
      customerCart: own(CustomerCartEntity),
      customerAddress: own(CustomerAddressEntity),
      discountCode: own(DiscountCodeEntity),
      discountCodeUse: own(DiscountCodeUseEntity),
      variantRef: own(VariantRefEntity),
      cartCheckout: own(CartCheckoutEntity),
      orderHold: own(OrderHoldEntity),
    },
    { client, table: tableName },
  );
  return Object.assign(service, { documentClient: client, tableName });
}

export type Db = ReturnType<typeof createDb>;

/** A new entity of the same model, for one db. */
function own<E extends Entity<any, any, any, any>>(entity: E): E {
  return modelEntity(entity.schema) as unknown as E;
}

/** The entities a write transaction's callback receives: what transaction item builders take. */
export type TransactionEntities = Parameters<Parameters<Db['transaction']['write']>[0]>[0];
