/**
 * @module time/calendar
 * Plain calendar arithmetic on UTC days, and TIMEX3 value formatting. No Date objects escape:
 * a day is `{ y, m, d }` with m in 1..12, validated before use so "31 February" never becomes a value.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

/** Years we are willing to write as a value: news refers to history, but not to year 9999. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian month length, m in 1..12 (without a Date object: every matched day is validated). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[m - 1];
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses the leading `YYYY-MM-DD` of an ISO date or date-time; null when absent or impossible. */
export function parseIsoDay(s: string | undefined | null): Day | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(day: Day, n: number): Day {
  const idx = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** Signed whole days from a to b. */
export function diffDays(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(day: Day): number {
  const w = new Date(toUtc(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1: Day = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekStart(y: number, w: number): Day {
  const jan4: Day = { y, m: 1, d: 4 };
  return addDays(jan4, (w - 1) * 7 - (weekday(jan4) - 1));
}

export function dayValue(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function monthValue(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function weekValue(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
