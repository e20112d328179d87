import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const INVALID = 'MoneyAmount must be a whole number of minor units (cents) within ±9007199254740991.';
const DIGITS = /^-?\d{1,16}$/;

/** An input amount: a JSON number, a GraphQL integer literal, or a string of digits, within the safe-integer range. */
function parse(value: unknown): number {
  const amount = typeof value === 'string' && DIGITS.test(value) ? Number(value) : value;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    throw new GraphQLError(INVALID, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return amount;
}

/**
 * Money in minor units, wider than GraphQL's 32-bit `Int`: any integer a JSON parser reads
 * exactly (|n| ≤ 2^53 − 1), sent as a JSON number. The domain rules cap prices and order totals
 * far below that (`limits` in domain/limits.ts), so every stored amount serialises.
 */
export const MoneyAmount = new GraphQLScalarType({
  name: 'MoneyAmount',
  description: 'An amount of money in minor units (cents): an integer of at most 2^53 − 1 in absolute value, sent as a JSON number.',
  serialize(value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError(`MoneyAmount cannot represent ${String(value)}.`);
    return value;
  },
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.INT ? Number(ast.value) : ast.kind === Kind.STRING ? ast.value : undefined),
});
