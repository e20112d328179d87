import { ListUsersCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Db } from '../data/db';
import { getCustomerContact } from '../data/notifications';

export interface Contact {
  readonly email?: string;
  readonly name?: string;
}

/** Where a customer's email address is found. */
export interface CustomerContacts {
  contactOf(customerId: string): Promise<Contact | undefined>;
}

/**
 * The customer's profile in the table first (GetItem); where it has no email (a deployed customer
 * who never saved a profile), the user pool's user with that `sub` (one ListUsers call).
 */
export function createCustomerContacts({
  db,
  userPool,
}: {
  db: Db;
  userPool?: { readonly client: CognitoIdentityProviderClient; readonly userPoolId: string };
}): CustomerContacts {
  return {
    async contactOf(customerId) {
      const profile = await getCustomerContact(db, { customerId });
      if (profile?.email || !userPool) return profile ?? undefined;
      // `sub` values are UUIDs; anything else cannot be a user of the pool (and must not reach the filter)
      if (!/^[0-9a-f-]{36}$/i.test(customerId)) return profile ?? undefined;
      const { Users } = await userPool.client.send(
        new ListUsersCommand({ UserPoolId: userPool.userPoolId, Filter: `sub = "${customerId}"`, Limit: 1, AttributesToGet: ['email', 'name'] }),
      );
      const attributes = Object.fromEntries((Users?.[0]?.Attributes ?? []).map(({ Name, Value }) => [Name, Value]));
      return { email: attributes.email, name: profile?.name ?? attributes.name };
    },
  };
}
