/**
 * Prices as an admin types them ("12.99") and as the API takes them (whole minor units, 1299), in
 * the currency's own number of minor-unit digits (ISO 4217, as `Intl` applies it: 2 for USD, 0
 * for JPY, 3 for KWD).
 */

/** The currency's minor-unit digits; undefined for a code that is not three capital letters. */
export function minorDigits(currency: string): number | undefined {
  if (!/^[A-Z]{3}$/.test(currency)) return undefined;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}

/** "12.99" in USD → 1299; undefined for anything but digits with at most the currency's decimals. */
export function toMinorUnits(text: string, currency: string): number | undefined {
  const digits = minorDigits(currency);
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text.trim());
  if (digits === undefined || !match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** 1299 in USD → "12.99", as the price field shows it. */
export function fromMinorUnits(amount: number, currency: string): string {
  const digits = minorDigits(currency) ?? 0;
  if (digits === 0) return String(amount);
  const whole = Math.floor(amount / 10 ** digits);
  return `${whole}.${String(amount % 10 ** digits).padStart(digits, '0')}`;
}
