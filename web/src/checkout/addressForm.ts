import type { MailingAddressInput } from '../../../generated/web/graphql';

/** The address form's fields, in the order shown, with their limits (schema/cart.graphql, MailingAddressInput). */
export const ADDRESS_FIELDS = [
  { name: 'name', label: 'Full name', required: true, max: 100, autoComplete: 'name' },
  { name: 'line1', label: 'Street and number', required: true, max: 200, autoComplete: 'address-line1' },
  { name: 'line2', label: 'Flat, floor, building (optional)', required: false, max: 200, autoComplete: 'address-line2' },
  { name: 'city', label: 'City', required: true, max: 100, autoComplete: 'address-level2' },
  { name: 'region', label: 'State or region (optional)', required: false, max: 100, autoComplete: 'address-level1' },
  { name: 'postalCode', label: 'Postal code', required: true, max: 20, autoComplete: 'postal-code' },
  { name: 'countryCode', label: 'Country code (US, DE…)', required: true, max: 2, autoComplete: 'country' },
  { name: 'phone', label: 'Phone (optional)', required: false, max: 30, autoComplete: 'tel' },
] as const;

export type AddressFieldName = (typeof ADDRESS_FIELDS)[number]['name'];

/** The form's values as `MailingAddressInput` (trimmed; empty optional fields are null, the country upper case), or the first field at fault and why. */
export function addressInputOf(
  values: Readonly<Partial<Record<AddressFieldName, string>>>,
): { ok: true; address: MailingAddressInput } | { ok: false; field: AddressFieldName; message: string } {
  const address: Record<string, string | null> = {};
  for (const field of ADDRESS_FIELDS) {
    const value = (values[field.name] ?? '').trim();
    if (field.required && !value) return { ok: false, field: field.name, message: `Enter the ${field.label.toLowerCase()}.` };
    if (value.length > field.max) return { ok: false, field: field.name, message: `${field.label} takes at most ${field.max} characters.` };
    address[field.name] = value || null;
  }
  const countryCode = String(address.countryCode).toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode)) return { ok: false, field: 'countryCode', message: 'Enter the country as its two-letter code (US, DE, FR…).' };
  return { ok: true, address: { ...(address as unknown as MailingAddressInput), countryCode } };
}

/** An address on one line, as lists show it. */
export function addressLine(address: {
  readonly name: string;
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly region?: string | null;
  readonly postalCode: string;
  readonly countryCode: string;
}): string {
  return [address.name, address.line1, address.line2, `${address.postalCode} ${address.city}`, address.region, address.countryCode]
    .filter(Boolean)
    .join(', ');
}
