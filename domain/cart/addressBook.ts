import {
  deleteCustomerAddress,
  getCustomerAddress,
  insertCustomerAddress,
  listCustomerAddresses,
  replaceCustomerAddress,
} from '../../data/customerAddresses';
import type { Db } from '../../data/db';
import type { CustomerAddressItem } from '../../data/entities/customerAddress';
import { cartLimits } from './cartLimits';
import { newAddressId } from './cartIds';
import { checkMailingAddress, type MailingAddressInput } from './mailingAddress';

/** Why an address-book change was refused (nothing was written): the schema's `CustomerAddressErrorCode`. */
export interface AddressBookProblem {
  readonly code: 'ADDRESS_NOT_FOUND' | 'LIMIT_EXCEEDED' | 'INVALID';
  readonly field: readonly string[] | null;
  readonly message: string;
}

export type AddressBookResult<T> =
  { readonly kind: 'written'; readonly value: T } | { readonly kind: 'refused'; readonly problems: AddressBookProblem[] };

const notFound: AddressBookProblem = {
  code: 'ADDRESS_NOT_FOUND',
  field: ['input', 'addressId'],
  message: 'No address with this id in your address book.',
};
const ADDRESS_ID = /^[A-Za-z0-9_-]{1,64}$/;

function checked(input: MailingAddressInput): ReturnType<typeof checkMailingAddress> {
  return checkMailingAddress(input);
}

function invalid(problems: ReadonlyArray<{ field: string; message: string }>): AddressBookResult<never> {
  return {
    kind: 'refused',
    problems: problems.map((problem) => ({ code: 'INVALID', field: ['input', 'address', problem.field], message: problem.message })),
  };
}

/** Adds an address to a customer's book: the book read (one Query) to hold it to 10, then one PutItem. */
export async function addAddress(
  db: Db,
  { customerId, address }: { customerId: string; address: MailingAddressInput },
  now = new Date(),
): Promise<AddressBookResult<CustomerAddressItem>> {
  const result = checked(address);
  if ('problems' in result) return invalid(result.problems);
  const book = await listCustomerAddresses(db, { customerId });
  if (book.length >= cartLimits.maxAddresses) {
    return {
      kind: 'refused',
      problems: [{ code: 'LIMIT_EXCEEDED', field: null, message: `An address book holds at most ${cartLimits.maxAddresses} addresses.` }],
    };
  }
  const item: CustomerAddressItem = {
    customerId,
    addressId: newAddressId(),
    ...result.address,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return { kind: 'written', value: await insertCustomerAddress(db, item) };
}

/** Replaces an address of a customer's book: one GetItem, then one PutItem conditioned on it still existing. */
export async function updateAddress(
  db: Db,
  { customerId, addressId, address }: { customerId: string; addressId: string; address: MailingAddressInput },
  now = new Date(),
): Promise<AddressBookResult<CustomerAddressItem>> {
  const result = checked(address);
  if ('problems' in result) return invalid(result.problems);
  const existing = ADDRESS_ID.test(addressId) ? await getCustomerAddress(db, { customerId, addressId }) : null;
  if (!existing) return { kind: 'refused', problems: [notFound] };
  const item: CustomerAddressItem = { customerId, addressId, ...result.address, createdAt: existing.createdAt, updatedAt: now.toISOString() };
  if ((await replaceCustomerAddress(db, item)) === 'missing') return { kind: 'refused', problems: [notFound] };
  return { kind: 'written', value: item };
}

/** Deletes an address of a customer's book: one DeleteItem conditioned on it existing. */
export async function deleteAddress(
  db: Db,
  { customerId, addressId }: { customerId: string; addressId: string },
): Promise<AddressBookResult<string>> {
  if (!ADDRESS_ID.test(addressId) || (await deleteCustomerAddress(db, { customerId, addressId })) === 'missing') {
    return { kind: 'refused', problems: [notFound] };
  }
  return { kind: 'written', value: addressId };
}
