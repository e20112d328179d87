import type { Db } from './db';
import type { CustomerItem } from './entities/customer';

/** Creates or replaces a customer profile: PutItem. */
export async function putCustomer(db: Db, item: CustomerItem): Promise<CustomerItem> {
  await db.entities.customer.put(item).go();
  return item;
}
