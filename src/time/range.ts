/**
 * @module time/range
 * What a TIMEX3 value means for dating an event: its precision and the first and last day it covers.
 * Quarters, halves and seasons report precision `year` (they are coarser than a month) but keep their
 * exact range; decades and centuries keep a range with precision null. Durations, sets, PRESENT_REF
 * and values with unknown parts (XXXX-12-05) cover no fixed range and give null.
 */
import { addDays, daysInMonth, dayValue, isoWeekStart, isValidDay, type Day } from './calendar.js';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface TimeRange {
  precision: DatePrecision | null;
  /** First day covered, ISO YYYY-MM-DD. */
  from: string;
  /** Last day covered (inclusive), ISO YYYY-MM-DD. */
  to: string;
}

function span(precision: DatePrecision | null, a: Day, b: Day): TimeRange {
  return { precision, from: dayValue(a), to: dayValue(b) };
}

function months(y: number, m1: number, m2: number, precision: DatePrecision | null): TimeRange {
  return span(precision, { y, m: m1, d: 1 }, { y, m: m2, d: daysInMonth(y, m2) });
}

// Meteorological seasons (northern hemisphere), the reading TimeML's SP/SU/FA/WI codes are given in news.
const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11] };

/** Precision and day range of a TIMEX3 value, or null when it names no fixed stretch of calendar. */
export function timeRange(value: string | null | undefined): TimeRange | null {
  if (typeof value !== 'string') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    return isValidDay(y, mo, d) ? span('day', { y, m: mo, d }, { y, m: mo, d }) : null;
  }
  m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (m) {
    const w = +m[2];
    if (w < 1 || w > 53) return null;
    const monday = isoWeekStart(+m[1], w);
    return m[3] ? span('week', addDays(monday, 5), addDays(monday, 6)) : span('week', monday, addDays(monday, 6));
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const mo = +m[2];
    return mo >= 1 && mo <= 12 ? months(+m[1], mo, mo, 'month') : null;
  }
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const y = +m[1], part = m[2];
    if (part[0] === 'Q') { const q = +part[1]; return months(y, q * 3 - 2, q * 3, 'year'); }
    if (part[0] === 'H') { const h = +part[1]; return months(y, h * 6 - 5, h * 6, 'year'); }
    if (part === 'WI') return span('year', { y, m: 12, d: 1 }, { y: y + 1, m: 2, d: daysInMonth(y + 1, 2) });
    const [a, b] = SEASONS[part];
    return months(y, a, b, 'year');
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return span('year', { y: +m[1], m: 1, d: 1 }, { y: +m[1], m: 12, d: 31 });
  m = /^(\d{3})$/.exec(value);
  if (m) return span(null, { y: +m[1] * 10, m: 1, d: 1 }, { y: +m[1] * 10 + 9, m: 12, d: 31 });
  m = /^(\d{2})$/.exec(value);
  if (m) return span(null, { y: +m[1] * 100, m: 1, d: 1 }, { y: +m[1] * 100 + 99, m: 12, d: 31 });
  return null;
}
