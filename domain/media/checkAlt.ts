import { mediaLimits } from './mediaLimits';

/**
 * An image's alt text as stored: trimmed, null when empty or not given (a decorative image), and
 * undefined when it is longer than `mediaLimits.altMaxLength` (refused as ALT_TOO_LONG).
 */
export function checkAlt(alt: string | null | undefined): string | null | undefined {
  const text = alt?.trim() ?? '';
  if (text.length > mediaLimits.altMaxLength) return undefined;
  return text || null;
}
