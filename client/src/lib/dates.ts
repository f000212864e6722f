/**
 * Dates as the API sends them: calendar dates as `YYYY-MM-DD` (no time zone: a 1:1 is held on
 * a day, wherever you are) and instants as ISO date-times.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A `YYYY-MM-DD` date as a local `Date`, or `null` when the text is not one. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  const match = value ? DATE_PATTERN.exec(value) : null;
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getMonth() === Number(match[2]) - 1 ? date : null;
}

/** A local date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today in the user's time zone, as `YYYY-MM-DD`. */
export const todayIso = () => toIsoDate(new Date());

/** `2025-03-07` → `7 Mar 2025`; `—` for none. */
export function formatDate(value: string | null | undefined): string {
  const date = parseIsoDate(value);
  return date ? dateFormat.format(date) : '—';
}

/** An ISO date-time in the user's time zone, e.g. `7 Mar 2025, 14:05`. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}
