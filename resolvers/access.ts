import type { Actor } from '../core/actor';
import { ForbiddenError, UnauthenticatedError } from '../core/errors';
import type { Context } from './context';

type Customer = Extract<Actor, { kind: 'customer' }>;

/** The signed-in customer, or UNAUTHENTICATED. */
export function requireCustomer({ actor }: Context): Customer {
  if (actor.kind !== 'customer') throw new UnauthenticatedError('Sign in to do this.');
  return actor;
}

/** The signed-in admin, or UNAUTHENTICATED / FORBIDDEN. */
export function requireAdmin(context: Context): Customer {
  const actor = requireCustomer(context);
  if (!actor.isAdmin) throw new ForbiddenError('Only admins may change the catalog.');
  return actor;
}

/** Whether the caller may see this customer's private data (email, orders). */
export function canSeeCustomer({ actor }: Context, customerId: string): boolean {
  return actor.kind === 'customer' && (actor.isAdmin || actor.customerId === customerId);
}
