/**
 * @module time/rules-calendar
 * Rules for expressions that name the calendar or the clock: month dates and day ranges, years,
 * decades and centuries, weekdays, clock times, seasons and holidays.
 */
import { YEAR, DAYNUM, rule, lc, isCap, monthNum, dayNum, shiftOf, before, MONTH_LEAD, type Proposal, type Rule } from './rule-kit.js';
import { isValidDay, dayValue, pad } from './calendar.js';
import { ORDINAL_WORDS, PARTS_OF_DAY, RE_MONTH, RE_MONTH_BY_DAY, RE_MONTH_FULL, RE_ORDWORD, RE_PART, RE_SEASON, RE_WEEKDAY, RE_WEEKDAY_ABBR, SEASONS, WEEKDAYS } from './lexicon.js';
import { monthDay, monthOnly, seasonOf, weekdayDate } from './resolve.js';
import { spelledYear, RE_SPELLED_YEAR } from './values.js';
import type { TimeContext } from './context.js';

// A clock time right before a weekday ("9 a.m. EST Tuesday", "midnight Friday").
const CLOCK_BEFORE = /(?:\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|\bnoon|\bmidnight)(?:\s+[A-Z]{2,4}T)?,?\s+$/i;

/** Which order a numeric date's first two numbers are in, when the numbers themselves do not say. */
type NumericOrder = 'day-first' | 'month-first';

/** The order the numbers allow: one reading alone is a real day (16/05/2017), both (05/06/2017), or neither. */
function possibleOrder(a: number, b: number, y: number): NumericOrder | 'both' | null {
  const dayFirst = isValidDay(y, b, a), monthFirst = isValidDay(y, a, b);
  if (dayFirst && monthFirst) return a === b ? 'day-first' : 'both';
  return dayFirst ? 'day-first' : monthFirst ? 'month-first' : null;
}

const NUMERIC_DATES = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:1[5-9]|20)\d\d)(?![.\/-]?\d)/g;

/**
 * The order a text writes its numeric dates in, as shown by the one nearest `at` with the same
 * separator whose numbers allow a single reading ("25/06/2017" shows day first): a page keeps one
 * convention. Null when no such date settles it.
 */
function textOrder(text: string, sep: string, at: number): NumericOrder | null {
  let best: NumericOrder | null = null, bestDistance = Infinity;
  for (const m of text.matchAll(NUMERIC_DATES)) {
    if (m[2] !== sep) continue;
    const order = possibleOrder(+m[1], +m[3], +m[4]);
    // Equal numbers read alike either way and show nothing.
    if (order === null || order === 'both' || +m[1] === +m[3]) continue;
    const distance = Math.abs(m.index - at);
    if (distance < bestDistance) { best = order; bestDistance = distance; }
  }
  return best;
}

/**
 * A month date's value ("Aug. 7, 1998", "Saturday, April 25", "June") from a month-date match whose
 * date begins at `start` (after the weekday abbreviation when that was a word). `weekday`: a weekday
 * names the day, which news then means in the past.
 */
function monthDate(m: RegExpExecArray, ctx: TimeContext, start: number, weekday: boolean): Omit<Proposal, 'start' | 'end'> | null {
  const g = m.groups!;
  const end = m.index + m[0].length;
  const mon = g.m1 ?? g.m2 ?? g.m3 ?? g.m4;
  if (!isCap(mon)) return null;
  const month = monthNum(mon);
  const dayStr = g.d1 ?? g.d2;
  const yearStr = g.y1 ?? g.y2 ?? g.y3;
  if (dayStr) {
    const d = dayNum(dayStr);
    if (yearStr) return { type: 'DATE', value: isValidDay(+yearStr, month, d) ? dayValue({ y: +yearStr, m: month, d }) : null };
    if (!isValidDay(2000, month, d)) return { type: 'DATE', value: null };
    return { type: 'DATE', value: monthDay(month, d, ctx.dct, weekday ? 'past' : ctx.lean(start, end)) };
  }
  if (yearStr) return { type: 'DATE', value: `${yearStr}-${pad(month)}` };
  const sh = shiftOf(g.sh);
  if (!sh && !g.rel && (lc(mon) === 'may' || lc(mon) === 'march') && !MONTH_LEAD.test(before(ctx, start))) return null;
  if (g.rel && ctx.dct) return { type: 'DATE', value: `${pad(ctx.dct.y + (lc(g.rel) === 'last' ? -1 : lc(g.rel) === 'next' ? 1 : 0), 4)}-${pad(month)}` };
  if (sh && ctx.dct) {
    const here = ctx.dct.m;
    const y = sh === 'last' ? (month < here ? ctx.dct.y : ctx.dct.y - 1) : sh === 'next' ? (month > here ? ctx.dct.y : ctx.dct.y + 1) : ctx.dct.y;
    return { type: 'DATE', value: `${pad(y, 4)}-${pad(month)}` };
  }
  return { type: 'DATE', value: monthOnly(month, ctx.dct, ctx.lean(start, end)) };
}

export const CALENDAR_RULES: Rule[] = [
  // Numeric dates: "16.05.2017", "16/05/2017", "31-08-2014", "2017-05-16". European and Middle-Eastern
  // outlets (much of FA-KES) date their pages so; TimeBank has none. Dotted dates are read day first,
  // the only convention that writes them. With slashes or dashes the numbers decide when one of them
  // is over 12; when both could be the month (05/06/2017), the nearest date of the text that has a
  // single reading settles the order, and without one only the year is given: guessing US or European
  // order would invent a day. Scraped datelines run into the next word ("21.08.2013Get short URL").
  rule('numeric-date', String.raw`(?<![\d][./])(?:(?<a>\d{1,2})(?:(?<dot>\.)(?<b1>\d{1,2})\.|(?<sep>[/-])(?<b2>\d{1,2})\k<sep>)(?<y>${YEAR})(?![.\/-]?\d)|(?<iy>${YEAR})-(?<im>\d\d)-(?<id>\d\d)(?![\d]))`,
    (m, ctx) => {
      const g = m.groups!;
      if (g.iy) {
        const y = +g.iy, mo = +g.im, d = +g.id;
        return isValidDay(y, mo, d) ? { type: 'DATE', value: dayValue({ y, m: mo, d }) } : null;
      }
      const a = +g.a, b = +(g.b1 ?? g.b2), y = +g.y;
      let order = possibleOrder(a, b, y);
      if (order === null) return null;
      if (order === 'both') order = g.dot ? 'day-first' : textOrder(ctx.text, g.sep, m.index);
      if (order === null) return { type: 'DATE', value: String(y) };
      return { type: 'DATE', value: order === 'day-first' ? dayValue({ y, m: b, d: a }) : dayValue({ y, m: a, d: b }) };
    }, false, true),

  // "Aug. 7, 1998", "Saturday, April 25", "Thursday 6 Mar 2014", "Fri 07 Apr 2017", "7 December", "March eighth", "October 1998", "June".
  rule('month-date', String.raw`(?:(?<wd>${RE_WEEKDAY}|${RE_WEEKDAY_ABBR}),?\s+)?(?:(?<sh>last|next|this)\s+)?(?:(?<m1>${RE_MONTH_BY_DAY})\s+(?<d1>${DAYNUM}|${RE_ORDWORD})(?:,?\s+(?<y1>${YEAR}))?|(?:the\s+)?(?<d2>${DAYNUM}|${RE_ORDWORD})\s+(?:of\s+)?(?<m2>${RE_MONTH_BY_DAY})(?:,?\s+(?<y2>${YEAR}))?|(?<m3>${RE_MONTH})(?:,?\s+|\s+of\s+)(?<y3>${YEAR})|(?<m4>${RE_MONTH_FULL})(?:\s+(?<rel>last|this|next)\s+year)?)`,
    (m, ctx) => {
      const g = m.groups!;
      // A lower-case "sat" or "wed" is a word, not a dateline's weekday: the date begins after it.
      if (g.wd && !isCap(g.wd) && !(lc(g.wd) in WEEKDAYS)) {
        const after = m[0].indexOf(g.wd) + g.wd.length;
        const start = m.index + after + /^[.,]*\s*/.exec(m[0].slice(after))![0].length;
        const got = monthDate(m, ctx, start, false);
        return got && { ...got, start, end: m.index + m[0].length };
      }
      return monthDate(m, ctx, m.index, !!g.wd);
    }),

  // Day ranges in one month: "between 5 and 7 December", "5-7 December", "December 5 to 7" give one DATE per day.
  rule('day-range', String.raw`(?:(?<a1>${DAYNUM})\s*(?:and|to|-|–)\s*(?<a2>(?<a2n>${DAYNUM})\s+(?:of\s+)?(?<am>${RE_MONTH_BY_DAY})(?:,?\s+(?<ay>${YEAR}))?)|(?<b1>(?<bm>${RE_MONTH_BY_DAY})\s+(?<b1n>${DAYNUM}))\s*(?:and|to|-|–)\s*(?<b2>${DAYNUM})(?:,?\s+(?<by>${YEAR}))?)`,
    (m, ctx) => {
      const g = m.groups!;
      const mon = g.am ?? g.bm;
      if (!isCap(mon)) return null;
      const month = monthNum(mon);
      const d1 = parseInt(g.a1 ?? g.b1n, 10), d2 = parseInt(g.a2n ?? g.b2, 10);
      if (!(d1 < d2)) return null;
      const yStr = g.ay ?? g.by;
      const lean = ctx.lean(m.index, m.index + m[0].length);
      const value = (d: number): string | null => {
        if (yStr) return isValidDay(+yStr, month, d) ? dayValue({ y: +yStr, m: month, d }) : null;
        return isValidDay(2000, month, d) ? monthDay(month, d, ctx.dct, lean) : null;
      };
      // Both days take the year chosen for the first, so a range never straddles a guessed new year.
      const v1 = value(d1);
      const v2 = v1 && !v1.startsWith('X') && !yStr ? (isValidDay(+v1.slice(0, 4), month, d2) ? `${v1.slice(0, 8)}${pad(d2)}` : null) : value(d2);
      // Group offsets come from the regex's `d` flag; a range's parts keep the whole match's length as rank.
      const at = m.indices!.groups!;
      const rank = m[0].length;
      const first = at.a1 ?? at.b1, second = at.a2 ?? at.b2;
      return [
        { start: first[0], end: first[1], type: 'DATE', value: v1, rank },
        { start: second[0], end: g.a1 ? second[1] : m.index + m[0].length, type: 'DATE', value: v2, rank },
      ];
    }, true),

  // "1998", "fiscal 1989", "nineteen ninety-six", "the year two thousand".
  rule('year', String.raw`(?:(?<fisc>fiscal(?:\s+year)?)\s+)?(?:(?<y>${YEAR})|(?:the\s+year\s+)?(?<sp>${RE_SPELLED_YEAR}))`,
    (m, ctx) => {
      const g = m.groups!;
      const prev = ctx.text.slice(Math.max(0, m.index - 4), m.index);
      if (g.y && (/[$#£€]\s*$|\bNo\.\s*$|\d[,.]$/.test(prev) || /^[\d,.]*\d\s*(?:%|percent)/.test(ctx.text.slice(m.index + m[0].length - 4, m.index + m[0].length + 9)))) return null;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (g.y && /^\s*(?:percent|%|people|troops|soldiers|men|members|dollars|yuan|euros)\b/i.test(after)) return null;
      if (g.y && !g.fisc) {
        // A span of years ("in 2014-2015", "the 2011-16 war"): each end is a year, as in a range of days.
        const r = /^[-–]((?:1[5-9]|20)\d\d|\d\d)(?![\d.,-])/.exec(after);
        const y2 = r ? (r[1].length === 2 ? Math.floor(+g.y / 100) * 100 + +r[1] : +r[1]) : 0;
        if (r && y2 > +g.y) {
          const end = m.index + m[0].length, rank = 1 + r[0].length + m[0].length;
          return [
            { start: m.index, end, type: 'DATE', value: g.y, rank },
            { start: end + 1, end: end + r[0].length, type: 'DATE', value: pad(y2, 4), rank },
          ];
        }
      }
      if (g.y && /^(?:[-–]\d|\.\d)/.test(after)) return null;
      // Right before a numeric date, four digits are the page's clock ("Middle East 1924 16.05.2017").
      if (g.y && /^\s+\d{1,2}[./-]\d{1,2}[./-]\d{4}/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      const y = g.y ? +g.y : spelledYear(lc(g.sp));
      if (y === null) return null;
      if (!g.y && !/^the\s+year/i.test(m[0]) && !isCap(m[0]) && y < 1900) return null;
      return { type: 'DATE', value: pad(y, 4) };
    }),

  // "the 1990s", "the '80s", "the nineties"; "the 11th century".
  rule('decade', String.raw`(?:the\s+)?(?:(?<dec>(?:1[5-9]|20)\d0)'?s|'(?<short>\d0)s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<cent>\d{1,2}(?:st|nd|rd|th)|${RE_ORDWORD})\s+century)`,
    (m) => {
      const g = m.groups!;
      if (g.dec) return { type: 'DATE', value: g.dec.slice(0, 3) };
      if (g.short) return { type: 'DATE', value: `19${g.short[0]}` };
      if (g.word) {
        if (!/^the\s/i.test(m[0])) return null;
        const tens = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(lc(g.word)) + 2;
        return { type: 'DATE', value: `19${tens}` };
      }
      const n = ORDINAL_WORDS[lc(g.cent)] ?? parseInt(g.cent, 10);
      return n >= 1 && n <= 22 ? { type: 'DATE', value: pad(n - 1, 2) } : null;
    }),

  // "Friday", "last Thursday", "this coming Sunday", "Friday morning" (a TIME), "Sunday's".
  rule('weekday', String.raw`(?:(?<sh>last|next|this\s+past|this\s+coming|this|coming|past|previous|the\s+previous|the\s+following)\s+)?(?<wd>${RE_WEEKDAY})(?:\s+(?<part>${RE_PART}))?`,
    (m, ctx) => {
      const g = m.groups!;
      if (!isCap(g.wd)) return null;
      // "until 9 a.m. Tuesday", "scheduled to expire at midnight Friday": the clock time and the day
      // are one expression (index.ts joins them), so the context that dates the day is before the clock.
      const clock = ctx.dct ? CLOCK_BEFORE.exec(before(ctx, m.index, 24)) : null;
      const lean = ctx.lean(m.index - (clock ? clock[0].length : 0), m.index + m[0].length, false);
      const value = weekdayDate(WEEKDAYS[lc(g.wd)], ctx.dct, lean, shiftOf(g.sh));
      // TBAQ mostly types "Wednesday night" as a DATE with a part-of-day value.
      if (g.part) return { type: 'DATE', value: value && `${value}T${PARTS_OF_DAY[lc(g.part)]}` };
      return { type: 'DATE', value };
    }),

  // Clock times: "10:35 a.m.", "5 p.m. EST", "noon", "midnight", "4 in the morning"; a 24-hour time
  // only beside a time zone or after a dated year ("31 May 2016 18:14", "GMT 12:55"), since elsewhere
  // two numbers and a colon are as often a verse, a ratio or a score.
  rule('clock', String.raw`(?:(?<mod>about|around|approximately|at\s+about|shortly\s+after|shortly\s+before)\s+)?(?:(?<h>[01]?\d|2[0-3])(?::(?<min>[0-5]\d))?\s*(?<ap>a\.?\s?m\.?|p\.?\s?m\.?)|(?<h2>[01]?\d|2[0-3]):(?<min2>[0-5]\d)(?=\s*(?:GMT|UTC|local|hours|h\b))|(?<=(?:\b(?:1[5-9]|20)\d\d,?\s+(?:at\s+)?|\b(?:GMT|UTC)\s+))(?<h4>[01]?\d|2[0-3]):(?<min4>[0-5]\d)(?![\d:])|(?<h3>[01]?\d)\s+(?:o'clock|in\s+the\s+(?<part>morning|afternoon|evening))|(?<word>noon|midnight|midday))(?:\s+(?<tz>[A-Z]{2,4}T|GMT|UTC|local\s+time))?`,
    (m, ctx) => {
      const g = m.groups!;
      let h: number, min = 0;
      // "High Noon", "high noon comes": the idiom, not twelve o'clock.
      if (g.word && /\bhigh\s+$/i.test(before(ctx, m.index, 6))) return null;
      if (g.word) { h = lc(g.word) === 'midnight' ? 24 : 12; }
      else if (g.h3) { h = +g.h3; if (g.part && lc(g.part) !== 'morning' && h < 12) h += 12; }
      else { h = +(g.h ?? g.h2 ?? g.h4); min = +(g.min ?? g.min2 ?? g.min4 ?? 0); }
      const ap = lc(g.ap).replace(/[.\s]/g, '');
      if (ap && (h < 1 || h > 12)) return null;
      if (ap === 'pm' && h < 12) h += 12;
      if (ap === 'am' && h === 12) h = 0;
      const mod = g.mod ? (/before/i.test(g.mod) ? 'BEFORE' : /after/i.test(g.mod) ? 'AFTER' : 'APPROX') : undefined;
      const date = ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX';
      const clock = h === 24 ? 'T24:00' : `T${pad(h)}:${pad(min)}`;
      let end = m.index + m[0].length;
      // TBAQ's tokeniser split "p.m." from its period before a lower-case word ("at [10 p.m]. as he stood").
      if (!g.tz && /[ap]\.m\.$/i.test(m[0]) && /^\s+[a-z]/.test(ctx.text.slice(end, end + 3))) end -= 1;
      // "at about 10:35 a.m.": as with durations, TBAQ leaves "about" outside the span ("around" inside).
      const start = g.mod && /about|approximately/i.test(g.mod) ? m.index + m[0].indexOf(g.mod) + g.mod.length + (m[0].slice(g.mod.length).match(/^\s+/)?.[0].length ?? 0) : m.index;
      return { start, end, type: 'TIME', value: `${date}${clock}`, clockOnly: true, ...(mod ? { mod } : {}) };
    }),

  // Seasons: "last fall", "this summer", "the winter of 1994", "spring 1998".
  rule('season', String.raw`(?:(?<det>the\s+)?(?<sh>last|this\s+past|this|next|past|coming|early|late)\s+)?(?:the\s+)?(?<s>${RE_SEASON})(?:\s+(?:of\s+)?(?:(?<y>${YEAR})|(?<sp>${RE_SPELLED_YEAR})))?`,
    (m, ctx) => {
      const g = m.groups!;
      const code = SEASONS[lc(g.s)];
      const yStr = g.y ?? (g.sp ? String(spelledYear(lc(g.sp)) ?? '') : '');
      if (yStr) return { type: 'DATE', value: `${yStr}-${code}` };
      const sh = lc(g.sh);
      if (!sh && !/^the\s/i.test(m[0]) && !/\b(?:in|during|by|until|since|this|last|next|the|into|over|through)\s+(?:the\s+)?$/i.test(before(ctx, m.index, 16))) return null;
      if (!sh && code === 'FA' && !/\bthe\s+$|\bin\s+the\s+$/i.test(before(ctx, m.index, 10))) return null;
      const shift = sh === 'last' || sh === 'past' || sh === 'this past' ? 'last' : sh === 'next' || sh === 'coming' ? 'next' : sh === 'this' ? 'this' : null;
      return { type: 'DATE', value: seasonOf(code, shift, ctx.dct, ctx.lean(m.index, m.index + m[0].length)) };
    }),

  // Fixed holidays news dates by: "Christmas", "Thanksgiving Day", "New Year's Day".
  rule('holiday', String.raw`(?:(?<sh>last|next|this)\s+)?(?<h>Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Halloween|Valentine's\s+Day|Independence\s+Day)`,
    (m, ctx) => {
      const g = m.groups!;
      // Holidays are names: "christmas lights" is not a date (the gate, case-sensitive, already
      // kept lower case out of texts without a capitalised holiday; this keeps it out of the rest).
      if (!isCap(g.h)) return null;
      const h = lc(g.h);
      const md: [number, number] = h.startsWith('christmas eve') ? [12, 24] : h.startsWith('christmas') ? [12, 25]
        : h.endsWith('eve') ? [12, 31] : h.startsWith('new year') ? [1, 1] : h === 'halloween' ? [10, 31]
          : h.startsWith('valentine') ? [2, 14] : h.startsWith('independence') ? [7, 4] : [11, 0];
      const lean = g.sh ? (lc(g.sh) === 'next' ? 'future' : 'past') : ctx.lean(m.index, m.index + m[0].length);
      if (md[1] === 0) {
        // Thanksgiving: the fourth Thursday of November (US), resolved as a month-day for the chosen year.
        const v = monthDay(11, 22, ctx.dct, lean);
        if (!v || v.startsWith('X')) return { type: 'DATE', value: 'XXXX-11' };
        const y = +v.slice(0, 4);
        for (let d = 22; d <= 28; d++) if (new Date(Date.UTC(y, 10, d)).getUTCDay() === 4) return { type: 'DATE', value: dayValue({ y, m: 11, d }) };
      }
      return { type: 'DATE', value: monthDay(md[0], md[1], ctx.dct, lean) };
    }),
];
