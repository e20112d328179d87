import type { Db } from './db';
import type { CustomerItem } from './entities/customer';

/** Customer by id: GetItem. */
export async function getCustomer(db: Db, { customerId }: { customerId: string }): Promise<CustomerItem | null> {
  const { data } = await db.entities.customer.get({ customerId }).go();
  return data;
}

/** Creates or replaces a customer profile: PutItem. */
export async function putCustomer(db: Db, item: CustomerItem): Promise<CustomerItem> {
  await db.entities.customer.put(item).go();
  return item;
}
