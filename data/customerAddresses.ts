import { isConditionFailure } from './conditionFailure';
import type { Db } from './db';
import type { CustomerAddressItem } from './entities/customerAddress';

/** A customer's address book, oldest first: one Query on the customer's partition. */
export async function listCustomerAddresses(db: Db, { customerId }: { customerId: string }): Promise<CustomerAddressItem[]> {
  const { data } = await db.entities.customerAddress.query.byCustomer({ customerId }).go({ pages: 'all', consistent: true });
  return [...data].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.addressId.localeCompare(b.addressId));
}

/** One address of a customer's book: one GetItem; null when the book has none with this id. */
export async function getCustomerAddress(
  db: Db,
  { customerId, addressId }: { customerId: string; addressId: string },
): Promise<CustomerAddressItem | null> {
  const { data } = await db.entities.customerAddress.get({ customerId, addressId }).go({ consistent: true });
  return data;
}

/** Adds an address to a book: one PutItem under `attribute_not_exists`. */
export async function insertCustomerAddress(db: Db, item: CustomerAddressItem): Promise<CustomerAddressItem> {
  await db.entities.customerAddress.create(item).go();
  return item;
}

/** Replaces an address of a book: one PutItem conditioned on it existing. `missing` when it does not. */
export async function replaceCustomerAddress(db: Db, item: CustomerAddressItem): Promise<'written' | 'missing'> {
  try {
    await db.entities.customerAddress
      .put(item)
      .where((attr, { exists }) => exists(attr.addressId))
      .go();
    return 'written';
  } catch (error) {
    if (isConditionFailure(error)) return 'missing';
    throw error;
  }
}

/** Deletes an address of a book: one DeleteItem conditioned on it existing. `missing` when it does not. */
export async function deleteCustomerAddress(
  db: Db,
  { customerId, addressId }: { customerId: string; addressId: string },
): Promise<'deleted' | 'missing'> {
  try {
    await db.entities.customerAddress
      .delete({ customerId, addressId })
      .where((attr, { exists }) => exists(attr.addressId))
      .go();
    return 'deleted';
  } catch (error) {
    if (isConditionFailure(error)) return 'missing';
    throw error;
  }
}
