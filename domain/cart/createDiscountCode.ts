import { insertDiscountCode } from '../../data/discountCodes';
import type { Db } from '../../data/db';
import { discountCodeKey, type DiscountCodeItem } from '../../data/entities/discountCode';
import { limits } from '../limits';

export interface DiscountCodeInput {
  readonly code: string;
  readonly kind: 'PERCENTAGE' | 'FIXED_AMOUNT';
  readonly value: number;
  readonly currency?: string | null;
  readonly minimumSubtotal?: number | null;
  readonly startsAt?: string | null;
  readonly endsAt?: string | null;
  readonly usageLimit?: number | null;
  readonly oncePerCustomer?: boolean | null;
}

/** Why a discount code was not created: the schema's `DiscountCodeErrorCode`. */
export interface DiscountCodeProblem {
  readonly code: 'CODE_TAKEN' | 'INVALID';
  readonly field: readonly string[];
  readonly message: string;
}

const CODE = /^[A-Za-z0-9_-]{3,32}$/;

/** The input's problems (every one), each with its field. */
function problemsOf(input: DiscountCodeInput): DiscountCodeProblem[] {
  const problems: DiscountCodeProblem[] = [];
  const fail = (field: string, message: string) => problems.push({ code: 'INVALID', field: ['input', field], message });
  if (!CODE.test(input.code)) fail('code', 'A code is 3 to 32 letters, digits, - or _.');
  if (!Number.isInteger(input.value)) fail('value', 'The value is a whole number.');
  else if (input.kind === 'PERCENTAGE' && (input.value < 1 || input.value > 100)) fail('value', 'A percentage is 1 to 100.');
  else if (input.kind === 'FIXED_AMOUNT' && (input.value < 1 || input.value > limits.maxOrderTotal))
    fail('value', `A fixed amount is 1 to ${limits.maxOrderTotal} minor units.`);
  const needsCurrency = input.kind === 'FIXED_AMOUNT' || input.minimumSubtotal != null;
  if (input.currency != null && !/^[A-Z]{3}$/.test(input.currency)) fail('currency', 'A currency is an ISO 4217 code (USD).');
  else if (needsCurrency && input.currency == null) fail('currency', 'A fixed amount or a minimum needs its currency.');
  if (
    input.minimumSubtotal != null &&
    (!Number.isInteger(input.minimumSubtotal) || input.minimumSubtotal < 0 || input.minimumSubtotal > limits.maxOrderTotal)
  ) {
    fail('minimumSubtotal', `A minimum is 0 to ${limits.maxOrderTotal} minor units.`);
  }
  if (input.startsAt != null && Number.isNaN(Date.parse(input.startsAt))) fail('startsAt', 'Not a date and time.');
  if (input.endsAt != null && Number.isNaN(Date.parse(input.endsAt))) fail('endsAt', 'Not a date and time.');
  if (input.usageLimit != null && (!Number.isInteger(input.usageLimit) || input.usageLimit < 1)) fail('usageLimit', 'A usage limit is 1 or more.');
  return problems;
}

/** Creates a discount code: checked, then one PutItem under `attribute_not_exists` on its upper-cased text (CODE_TAKEN in any letter case). */
export async function createDiscountCode(
  db: Db,
  input: DiscountCodeInput,
  now = new Date(),
): Promise<{ kind: 'written'; code: DiscountCodeItem } | { kind: 'refused'; problems: DiscountCodeProblem[] }> {
  const problems = problemsOf(input);
  const startsAt = input.startsAt != null ? new Date(input.startsAt).toISOString() : now.toISOString();
  if (!problems.length && input.endsAt != null && Date.parse(input.endsAt) <= Date.parse(startsAt)) {
    problems.push({ code: 'INVALID', field: ['input', 'endsAt'], message: 'The end comes after the start.' });
  }
  if (problems.length) return { kind: 'refused', problems };
  const item: DiscountCodeItem = {
    codeKey: discountCodeKey(input.code),
    code: input.code,
    kind: input.kind,
    value: input.value,
    ...(input.currency != null ? { currency: input.currency } : {}),
    ...(input.minimumSubtotal != null ? { minimumSubtotal: input.minimumSubtotal } : {}),
    startsAt,
    ...(input.endsAt != null ? { endsAt: new Date(input.endsAt).toISOString() } : {}),
    ...(input.usageLimit != null ? { usageLimit: input.usageLimit } : {}),
    usageCount: 0,
    oncePerCustomer: input.oncePerCustomer === true,
    createdAt: now.toISOString(),
  };
  if ((await insertDiscountCode(db, item)) === 'taken') {
    return {
      kind: 'refused',
      problems: [{ code: 'CODE_TAKEN', field: ['input', 'code'], message: 'Another code has this text in some letter case.' }],
    };
  }
  return { kind: 'written', code: item };
}
