import { limits } from '../limits';
import { checkInt } from '../validation';

/** A low-stock threshold, a product's own or the default: 0 to `limits.maxLowStockThreshold`. */
export function checkLowStockThreshold(value: number): number {
  return checkInt('lowStockThreshold', value, 0, limits.maxLowStockThreshold);
}
