import type { MailingAddressItem } from '../../data/entities/cart';

export interface MailingAddressInput {
  readonly name: string;
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly region?: string | null;
  readonly postalCode: string;
  readonly countryCode: string;
  readonly phone?: string | null;
}

/** Each field's length once trimmed: [least, most]; a least of 0 makes it optional. */
const LENGTHS = {
  name: [1, 100],
  line1: [1, 200],
  line2: [0, 200],
  city: [1, 100],
  region: [0, 100],
  postalCode: [1, 20],
  phone: [0, 30],
} as const;

/** Region codes `Intl` knows that are not countries of ISO 3166-1. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'XK', 'ZZ']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Whether a text is an ISO 3166-1 alpha-2 country code, upper case (US). */
export function isCountryCode(value: string): boolean {
  if (!/^[A-Z]{2}$/.test(value) || NOT_COUNTRIES.has(value)) return false;
  return regionNames.of(value) !== value;
}

/** An address's problem: the field at fault and a sentence. */
export interface AddressProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * An address as stored: every string trimmed, empty optional ones left out. Returns the problems
 * instead when a required field is empty, a field is too long or the country is not an ISO code.
 */
export function checkMailingAddress(input: MailingAddressInput): { address: MailingAddressItem } | { problems: AddressProblem[] } {
  const problems: AddressProblem[] = [];
  const address: Record<string, string> = {};
  for (const [field, [least, most]] of Object.entries(LENGTHS)) {
    const value = (input[field as keyof MailingAddressInput] ?? '').trim();
    if (value.length < least) problems.push({ field, message: `${field} must not be empty.` });
    else if (value.length > most) problems.push({ field, message: `${field} is at most ${most} characters.` });
    else if (value) address[field] = value;
  }
  const countryCode = input.countryCode.trim();
  if (!isCountryCode(countryCode))
    problems.push({ field: 'countryCode', message: 'countryCode must be an ISO 3166-1 alpha-2 code in upper case (US).' });
  else address.countryCode = countryCode;
  return problems.length ? { problems } : { address: address as unknown as MailingAddressItem };
}
