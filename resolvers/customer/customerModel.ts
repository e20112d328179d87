import type { CustomerItem } from '../../data/entities/customer';
import type { Actor } from '../../core/actor';
import type { CustomerModel } from '../models';

/**
 * The stored profile, or just the id for a customer who has none yet (plus the email from
 * their own token when they are the caller).
 */
export function customerModel(customerId: string, item: CustomerItem | null, actor: Actor): CustomerModel {
  if (item) return item;
  const self = actor.kind === 'customer' && actor.customerId === customerId;
  return { customerId, ...(self && actor.email ? { email: actor.email } : {}) };
}
