import type { Db } from './db';
import type { CustomerItem } from './entities/customer';

/** Customer by id: GetItem. */
export async function getCustomer(db: Db, { customerId }: { customerId: string }): Promise<CustomerItem | null> {
  const { data } = await db.entities.customer.get({ customerId }).go();
  return data;
}

/** Customers by id, for loaders: one BatchGetItem per 100 ids. */
export async function batchGetCustomers(db: Db, { customerIds }: { customerIds: readonly string[] }): Promise<CustomerItem[]> {
  if (!customerIds.length) return [];
  const { data } = await db.entities.customer.get(customerIds.map((customerId) => ({ customerId }))).go();
  return data;
}

/** Creates or replaces a customer profile: PutItem. */
export async function putCustomer(db: Db, item: CustomerItem): Promise<CustomerItem> {
  await db.entities.customer.put(item).go();
  return item;
}
