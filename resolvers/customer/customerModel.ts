import type { CustomerItem } from '../../data/entities/customer';
import type { CustomerModel } from '../models';

/** The stored profile, or just the id for a customer who has none yet. */
export function customerModel(customerId: string, item: CustomerItem | null): CustomerModel {
  return item ?? { customerId };
}
