import { addAddress, deleteAddress, updateAddress, type AddressBookProblem } from '../../domain/cart/addressBook';
import type { CustomerAddressUserError, MutationResolvers } from '../../generated/graphql';
import { requireCustomer } from '../access';

const userErrors = (problems: readonly AddressBookProblem[]): CustomerAddressUserError[] =>
  problems.map((problem) => ({ code: problem.code, field: problem.field ? [...problem.field] : null, message: problem.message }));

/** The signed-in customer's address book: only their own (UNAUTHENTICATED when anonymous). */
export const Mutation: Pick<MutationResolvers, 'customerAddressCreate' | 'customerAddressUpdate' | 'customerAddressDelete'> = {
  async customerAddressCreate(_parent, { input }, context) {
    const { customerId } = requireCustomer(context);
    const result = await addAddress(context.db, { customerId, address: input.address });
    if (result.kind === 'refused') return { customerAddress: null, userErrors: userErrors(result.problems) };
    return { customerAddress: result.value, userErrors: [] };
  },
  async customerAddressUpdate(_parent, { input }, context) {
    const { customerId } = requireCustomer(context);
    const result = await updateAddress(context.db, { customerId, addressId: input.addressId, address: input.address });
    if (result.kind === 'refused') return { customerAddress: null, userErrors: userErrors(result.problems) };
    return { customerAddress: result.value, userErrors: [] };
  },
  async customerAddressDelete(_parent, { input }, context) {
    const { customerId } = requireCustomer(context);
    const result = await deleteAddress(context.db, { customerId, addressId: input.addressId });
    if (result.kind === 'refused') return { deletedAddressId: null, userErrors: userErrors(result.problems) };
    return { deletedAddressId: result.value, userErrors: [] };
  },
};
