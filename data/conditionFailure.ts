import { causeChain } from '../core/errors';

/** True when a DynamoDB write failed its condition (directly or wrapped by ElectroDB). */
export function isConditionFailure(error: unknown): boolean {
  for (const { name } of causeChain(error)) if (name === 'ConditionalCheckFailedException') return true;
  return false;
}
