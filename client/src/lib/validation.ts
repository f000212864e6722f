/**
 * Client-side copies of the rules the server enforces, so that users see mistakes before they
 * submit. The server stays the authority: its messages are shown on the same fields.
 */

/** One `@`, something on either side, no spaces — the same check the server applies. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

export const isValidEmail = (value: string) => EMAIL_PATTERN.test(value.trim());

type Rule = (value: string) => string | null;

export const required =
  (message: string): Rule =>
  (value) =>
    value.trim() === '' ? message : null;

export const maxLength =
  (max: number, label: string): Rule =>
  (value) =>
    value.trim().length > max ? `${label} must be at most ${max} characters` : null;

export const email =
  (message = 'Enter a valid e-mail address'): Rule =>
  (value) =>
    value.trim() === '' || isValidEmail(value) ? null : message;

/** Runs the rules in order and returns the first message. */
export const rules =
  (...checks: Rule[]) =>
  (value: string | null | undefined): string | null => {
    for (const check of checks) {
      const message = check(value ?? '');
      if (message) return message;
    }
    return null;
  };

/** Collapses runs of white space, as the server does before comparing or storing list items. */
export const normaliseSpaces = (value: string) => value.trim().split(/\s+/).filter(Boolean).join(' ');

export const wordCount = (value: string) => value.trim().split(/\s+/).filter(Boolean).length;

export const minWords =
  (min: number, message: string): Rule =>
  (value) =>
    value.trim() !== '' && wordCount(value) < min ? message : null;

/** The first index of each item that repeats an earlier one, ignoring case and spacing. */
export function duplicateIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  values.forEach((value, index) => {
    const key = normaliseSpaces(value).toLowerCase();
    if (!key) return;
    if (seen.has(key)) duplicates.push(index);
    else seen.add(key);
  });
  return duplicates;
}

/**
 * An absolute `http://` or `https://` address with a host name — the server's test for a
 * website (it parses the text as an absolute URI).
 */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const webAddress =
  (message = 'Enter the website as a full address starting with https:// or http://.'): Rule =>
  (value) =>
    value.trim() === '' || isWebAddress(value) ? null : message;

/** How many decimal places a number input holds (`12.5` → 1, `'3.'` → 0). */
export function decimalPlaces(value: number | string): number {
  const text = typeof value === 'number' ? value.toString() : value.trim();
  if (/e-/i.test(text)) return Number.POSITIVE_INFINITY;
  const fraction = /\.(\d*)$/.exec(text);
  return fraction ? fraction[1]!.replace(/0+$/, '').length : 0;
}

/** A number input's value: `null` when it is empty or not a number. */
export function numberOrNull(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
