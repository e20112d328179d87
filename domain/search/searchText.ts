/**
 * How search reads text: the same rules for the catalog's words and for what a shopper types.
 * Case and accents do not matter ("Café" and "cafe" are one word), punctuation separates words,
 * and a "word" without a letter or digit (an emoji, a lone symbol) is no word at all.
 */

/** Splits on whitespace and punctuation (Unicode), as MiniSearch's own tokenizer does, plus symbols. */
const SEPARATOR = /[\p{Z}\p{P}\p{S}\p{C}]+/u;
const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[ -~]*$/;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word as the index holds it: lowercase, accents removed; null when nothing searchable is left. */
export function normalizeTerm(term: string): string | null {
  const plain = term.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  return HAS_LETTER_OR_DIGIT.test(plain) ? plain : null;
}

/** The words of a text. */
export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter((part) => part.length > 0);
}

/** The searchable words of a text, normalized. */
export function searchTerms(text: string): string[] {
  return tokenize(text).flatMap((part) => normalizeTerm(part) ?? []);
}

/** A value compared without regard to case or accents (option names and values, SKUs typed as a query). */
export function foldText(value: string): string {
  // printable ASCII has no accents to strip (most SKUs, option names and values)
  if (ASCII.test(value)) return value.toLowerCase().trim();
  return value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().trim();
}
