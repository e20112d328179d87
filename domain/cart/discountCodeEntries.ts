import type { Db } from '../../data/db';
import { getDiscountCodes } from '../../data/discountCodes';
import { discountCodeKey } from '../../data/entities/discountCode';
import { cartLimits } from './cartLimits';
import { cartProblem, type CartProblem } from './cartProblem';

const CODE = /^[A-Za-z0-9_-]{3,32}$/;

/**
 * The codes a cart will hold for these texts: the shop's spelling of each, in the order given,
 * repeats (in any letter case) once. Refused with LIMIT_EXCEEDED beyond 5 codes, and with
 * DISCOUNT_CODE_INVALID for a text no code has (one BatchGetItem for all of them).
 */
export async function discountCodeEntries(
  db: Db,
  texts: readonly string[],
  field: string[],
): Promise<{ codes: string[] } | { problems: CartProblem[] }> {
  const unique = texts
    .map((text) => text.trim())
    .filter((text, index, all) => all.findIndex((other) => discountCodeKey(other) === discountCodeKey(text)) === index);
  if (unique.length > cartLimits.maxDiscountCodes) {
    return { problems: [cartProblem('LIMIT_EXCEEDED', `A cart holds at most ${cartLimits.maxDiscountCodes} discount codes.`, { field })] };
  }
  const malformed = unique.flatMap((text, index) =>
    CODE.test(text) ? [] : [cartProblem('DISCOUNT_CODE_INVALID', `No discount code "${text}".`, { field: [...field, String(index)] })],
  );
  if (malformed.length) return { problems: malformed };
  if (!unique.length) return { codes: [] };
  const states = await getDiscountCodes(db, unique);
  const problems = states.flatMap((state, index) =>
    state.item ? [] : [cartProblem('DISCOUNT_CODE_INVALID', `No discount code "${state.entered}".`, { field: [...field, String(index)] })],
  );
  return problems.length ? { problems } : { codes: states.map((state) => state.item!.code) };
}
