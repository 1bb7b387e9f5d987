/**
 * @module time/resolve
 * Turning partial dates into TIMEX3 values against the publication date (DCT). Every function
 * returns null rather than guess when the DCT is missing and the value depends on it, or when the
 * date cannot exist.
 */
import {
  addDays, addMonths, dayValue, diffDays, isValidDay, monthValue, pad, quarterOf, weekValue, weekday, type Day,
} from './calendar.js';
import type { Lean } from './context.js';

/**
 * A month-day without a year: the candidate year closest to the DCT, where a date on the wrong side
 * of the clause's lean counts triple ("was rescued Nov. 25" in January is last November; "a Jan. 14
 * deadline" on Jan. 6 is this January). The factor was chosen on TimeBank/AQUAINT training text.
 */
export function monthDay(m: number, d: number, dct: Day | null, lean: Lean): string | null {
  if (!dct) return isValidDay(2000, m, d) ? `XXXX-${pad(m)}-${pad(d)}` : null;
  let best: Day | null = null, bestScore = Infinity;
  for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
    if (!isValidDay(y, m, d)) continue;
    const day = { y, m, d };
    const diff = diffDays(dct, day);
    const wrongSide = (diff > 0 && lean === 'past') || (diff < 0 && lean === 'future');
    const score = Math.abs(diff) * (wrongSide ? 3 : 1);
    if (score < bestScore) { bestScore = score; best = day; }
  }
  return best ? dayValue(best) : null;
}

/** A month without a year: the nearest, a month on the wrong side of the lean counting four times. */
export function monthOnly(m: number, dct: Day | null, lean: Lean): string | null {
  if (!dct) return `XXXX-${pad(m)}`;
  let best = '', bestScore = Infinity;
  for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
    const diff = (y - dct.y) * 12 + (m - dct.m);
    const wrongSide = (diff > 0 && lean === 'past') || (diff < 0 && lean === 'future');
    const score = Math.abs(diff) * (wrongSide ? 4 : 1);
    if (score < bestScore) { bestScore = score; best = monthValue(y, m); }
  }
  return best;
}

/**
 * A weekday: the most recent such day (the DCT itself included, as wire copy dated Friday says
 * "Friday" of its own day), or the next one when the clause looks forward or `shift` says so.
 */
export function weekdayDate(wd: number, dct: Day | null, lean: Lean, shift: 'last' | 'next' | 'this' | null): string | null {
  if (!dct) return null;
  const today = weekday(dct);
  if (shift === 'next' || (shift !== 'last' && lean === 'future')) {
    let n = (wd - today + 7) % 7;
    if (n === 0) n = 7;
    return dayValue(addDays(dct, n));
  }
  if (shift === 'this' && wd >= today) return dayValue(addDays(dct, wd - today));
  let back = (today - wd + 7) % 7;
  if (shift === 'last' && back === 0) back = 7;
  return dayValue(addDays(dct, -back));
}

export type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** The calendar unit containing DCT shifted by `n` units: "last week" is week(-1), "this year" year(0). */
export function shifted(grain: Grain, n: number, dct: Day | null): string | null {
  if (!dct) return null;
  switch (grain) {
    case 'day': return dayValue(addDays(dct, n));
    case 'week': return weekValue(addDays(dct, 7 * n));
    case 'weekend': {
      // The weekend just past on a weekday; the current one on Saturday or Sunday.
      const base = weekday(dct) >= 6 ? 0 : -1;
      return `${weekValue(addDays(dct, 7 * (n + base)))}-WE`;
    }
    case 'month': { const t = addMonths(dct, n); return monthValue(t.y, t.m); }
    case 'quarter': {
      const idx = dct.y * 4 + quarterOf(dct.m) - 1 + n;
      return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
    }
    case 'half': {
      const idx = dct.y * 2 + (dct.m > 6 ? 1 : 0) + n;
      return `${Math.floor(idx / 2)}-H${(idx % 2) + 1}`;
    }
    case 'year': return pad(dct.y + n, 4);
    case 'decade': return pad(Math.floor(dct.y / 10) + n, 3);
    case 'century': return pad(Math.floor(dct.y / 100) + n, 2);
  }
}

/** DCT minus an amount for "N units ago": the value keeps the unit's granularity (data: "five months ago" → 1997-10). */
export function ago(n: number, unit: string, dct: Day | null, sign = -1): string | null {
  if (!dct || !Number.isFinite(n)) return null;
  switch (unit) {
    case 'D': return dayValue(addDays(dct, sign * Math.round(n)));
    case 'W': return weekValue(addDays(dct, sign * Math.round(n * 7)));
    case 'M': { const t = addMonths(dct, sign * Math.round(n)); return monthValue(t.y, t.m); }
    case 'Q': { const t = addMonths(dct, sign * Math.round(n * 3)); return monthValue(t.y, t.m); }
    case 'Y': return pad(dct.y + sign * Math.round(n), 4);
    default: return null;
  }
}

/** A season with a year; winter belongs to the year it starts in. */
export function seasonOf(code: string, shift: 'last' | 'this' | 'next' | null, dct: Day | null, lean: Lean): string | null {
  if (!dct) return `XXXX-${code}`;
  const order: Record<string, number> = { WI: 0, SP: 1, SU: 2, FA: 3 };
  const cur = dct.m <= 2 ? 0 : dct.m <= 5 ? 1 : dct.m <= 8 ? 2 : dct.m <= 11 ? 3 : 0;
  const curYear = dct.m <= 2 ? dct.y - 1 : dct.y;
  const target = order[code];
  let y = dct.y;
  if (shift === 'last' || (shift === null && lean === 'past')) {
    y = target < cur || (target === cur && shift === null) ? dct.y : dct.y - 1;
    if (code === 'WI') y = cur === 0 && shift === null ? curYear : curYear - (cur === 0 ? 1 : 0);
  } else if (shift === 'next' || (shift === null && lean === 'future')) {
    y = target > cur ? dct.y : dct.y + 1;
    if (code === 'WI') y = cur === 0 ? curYear + 1 : dct.y;
  } else if (code === 'WI') {
    y = curYear;
  }
  return `${pad(y, 4)}-${code}`;
}
