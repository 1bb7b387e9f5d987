/**
 * @module time/rules
 * The rule grammar: each rule is one regular expression over the text and a function that turns a
 * match into a TIMEX3 type and value. Span conventions follow TimeBank/AQUAINT (TempEval-3 TBAQ):
 * "the" belongs to the expression ("the third quarter", "the past two months"), prepositions do not
 * ("for [five months]"), and modifiers such as "about", "nearly", "at least" do ("[nearly two years]").
 * Rules only propose; index.ts keeps the longest non-overlapping proposals.
 */
import type { TimexType } from '../document/types.js';
import { isValidDay, dayValue, pad } from './calendar.js';
import type { TimeContext } from './context.js';
import {
  MODS, MONTHS, ORDINAL_WORDS, PARTS_OF_DAY, RE_COUNT, RE_MOD, RE_MONTH, RE_MONTH_FULL, RE_ORDWORD, RE_PART,
  RE_SEASON, RE_UNIT, RE_VAGUE, RE_WEEKDAY, SEASONS, WEEKDAYS, parseCount, unitCode,
} from './lexicon.js';
import { ago, monthDay, monthOnly, seasonOf, shifted, weekdayDate, type Grain } from './resolve.js';
import { durationValue, spelledYear, RE_SPELLED_YEAR } from './values.js';

export interface Proposal {
  start: number;
  end: number;
  type: TimexType;
  value: string | null;
  mod?: string;
  /** Length used when overlapping proposals compete, when it is not the span's own (parts of a range). */
  rank?: number;
  /**
   * A reference to the quarter an earnings report is about ("the quarter", "a year earlier"): once
   * the article has named a quarter ("its fiscal first quarter"), index.ts re-points the value to it,
   * `yearShift` years before, or in `year` when the phrase names one ("the 1988 period").
   */
  quarterRef?: { yearShift: number; year?: number };
}

export interface Rule {
  name: string;
  re: RegExp;
  /** A cheap test a document must pass before the rule scans it (most articles have no clock time or season). */
  gate?: RegExp;
  /** One expression (its span defaults to the match), several (a range of days), or nothing. */
  build(m: RegExpExecArray, ctx: TimeContext): Omit<Proposal, 'start' | 'end'> | Proposal | Proposal[] | null;
}

// Word boundaries in ASCII (English news), without the 'u' flag: case-insensitive Unicode matching
// made every scan several times slower. A fuzzy prefix glued by a hyphen ("mid-1996", "late-November")
// is matched here once for all rules and becomes the expression's mod.
const B = String.raw`(?<![A-Za-z0-9'’-])(?:(?<fz>mid|late|early)-)?`;
const E = String.raw`(?![A-Za-z0-9])`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)(?![\d])`;
const DAYNUM = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)`;

// Every rule scan costs about as much as the rest of the stage's work, so rules whose words most
// articles lack are skipped on a literal pre-test of the whole text.
const GATES: Record<string, RegExp> = {
  'day-range': /\d\s*(?:and|to|-|–)\s*\d/,
  decade: /\ds\b|century|ties\b/i,
  'year-end': /year[-\s']/i,
  'fiscal-year': /full|fiscal/i,
  quarter: /quarter|half/i,
  'year-ago': /year/i,
  'year-quarter': /quarter|period/i,
  ago: /ago\b|earlier|later|before|from now|hence/i,
  clock: /\d\s*[ap]\.?\s?m|noon|midnight|midday|o'clock|\d\d?\s+in\s+the/i,
  season: /spring|summer|fall|autumn|winter/i,
  set: /every|each|daily|weekly|monthly|hourly|nightly|twice/i,
  holiday: /Christmas|New Year|Thanksgiving|Halloween|Valentine|Independence/,
};

function rule(name: string, src: string, build: Rule['build'], indices = false): Rule {
  return { name, re: new RegExp(B + src + E, indices ? 'gid' : 'gi'), build, ...(GATES[name] ? { gate: GATES[name] } : {}) };
}

const lc = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const isCap = (s: string): boolean => /^[A-Z]/.test(s);
const monthNum = (s: string): number => MONTHS[lc(s).replace(/\.$/, '')];
const dayNum = (s: string): number => ORDINAL_WORDS[lc(s)] ?? parseInt(s, 10);
const shiftOf = (s: string | undefined): 'last' | 'next' | 'this' | null => {
  const w = lc(s).replace(/^the /, '');
  if (!w) return null;
  if (/^(?:last|past|previous|this past)$/.test(w)) return 'last';
  if (/^(?:next|coming|this coming|following)$/.test(w)) return 'next';
  return 'this';
};
const before = (ctx: TimeContext, pos: number, n = 30): string => ctx.text.slice(Math.max(0, pos - n), pos);

// What precedes "a year" in a rate: an amount or a plural noun ("$2 million a year", "four flights a week"),
// but not a function word ending in s ("as long as a month").
const RATE_BEFORE = /(?:\d|million|billion|dollars|cents|percent|%|times|\b(?!(?:as|was|has|is|this|its|his|us|plus|less|thus|yes|across|perhaps|whereas)\b)[a-z]+s)\W{0,2}\s*$/i;

// Prepositions after which a bare month name ("in May") or season is a date, not a verb or a modal.
const MONTH_LEAD = /\b(?:the|in|since|until|till|by|through|from|to|of|during|before|after|last|next|this|early|late|mid-?|each|every|between|and|or|on|for)\s+$/i;

export const RULES: Rule[] = [
  // "Aug. 7, 1998", "Saturday, April 25", "7 December", "March eighth", "October 1998", "June".
  rule('month-date', String.raw`(?:(?<wd>${RE_WEEKDAY}),?\s+)?(?:(?<sh>last|next|this)\s+)?(?:(?<m1>${RE_MONTH})\s+(?<d1>${DAYNUM}|${RE_ORDWORD})(?:,?\s+(?<y1>${YEAR}))?|(?:the\s+)?(?<d2>${DAYNUM}|${RE_ORDWORD})\s+(?:of\s+)?(?<m2>${RE_MONTH})(?:,?\s+(?<y2>${YEAR}))?|(?<m3>${RE_MONTH})(?:,?\s+|\s+of\s+)(?<y3>${YEAR})|(?<m4>${RE_MONTH_FULL})(?:\s+(?<rel>last|this|next)\s+year)?)`,
    (m, ctx) => {
      const g = m.groups!;
      const mon = g.m1 ?? g.m2 ?? g.m3 ?? g.m4;
      if (!isCap(mon)) return null;
      const month = monthNum(mon);
      const dayStr = g.d1 ?? g.d2;
      const yearStr = g.y1 ?? g.y2 ?? g.y3;
      const lean = ctx.lean(m.index, m.index + m[0].length);
      if (dayStr) {
        const d = dayNum(dayStr);
        if (yearStr) return { type: 'DATE', value: isValidDay(+yearStr, month, d) ? dayValue({ y: +yearStr, m: month, d }) : null };
        if (!isValidDay(2000, month, d)) return { type: 'DATE', value: null };
        return { type: 'DATE', value: monthDay(month, d, ctx.dct, g.wd ? 'past' : lean) };
      }
      if (yearStr) return { type: 'DATE', value: `${yearStr}-${pad(month)}` };
      const sh = shiftOf(g.sh);
      if (!sh && !g.rel && (lc(mon) === 'may' || lc(mon) === 'march') && !MONTH_LEAD.test(before(ctx, m.index))) return null;
      if (g.rel && ctx.dct) return { type: 'DATE', value: `${pad(ctx.dct.y + (lc(g.rel) === 'last' ? -1 : lc(g.rel) === 'next' ? 1 : 0), 4)}-${pad(month)}` };
      if (sh && ctx.dct) {
        const here = ctx.dct.m;
        const y = sh === 'last' ? (month < here ? ctx.dct.y : ctx.dct.y - 1) : sh === 'next' ? (month > here ? ctx.dct.y : ctx.dct.y + 1) : ctx.dct.y;
        return { type: 'DATE', value: `${pad(y, 4)}-${pad(month)}` };
      }
      return { type: 'DATE', value: monthOnly(month, ctx.dct, lean) };
    }),

  // Day ranges in one month: "between 5 and 7 December", "5-7 December", "December 5 to 7" give one DATE per day.
  rule('day-range', String.raw`(?:(?<a1>${DAYNUM})\s*(?:and|to|-|–)\s*(?<a2>(?<a2n>${DAYNUM})\s+(?:of\s+)?(?<am>${RE_MONTH})(?:,?\s+(?<ay>${YEAR}))?)|(?<b1>(?<bm>${RE_MONTH})\s+(?<b1n>${DAYNUM}))\s*(?:and|to|-|–)\s*(?<b2>${DAYNUM})(?:,?\s+(?<by>${YEAR}))?)`,
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
      if (g.y && /^(?:[-–]\d|\.\d)/.test(after)) return null;
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
      const lean = ctx.lean(m.index, m.index + m[0].length, false);
      const value = weekdayDate(WEEKDAYS[lc(g.wd)], ctx.dct, lean, shiftOf(g.sh));
      // TBAQ mostly types "Wednesday night" as a DATE with a part-of-day value.
      if (g.part) return { type: 'DATE', value: value && `${value}T${PARTS_OF_DAY[lc(g.part)]}` };
      return { type: 'DATE', value };
    }),

  // "today", "yesterday morning", "last night", "this afternoon", "tonight", "tomorrow".
  rule('deictic-day', String.raw`(?:(?<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow)(?:\s+(?<part>${RE_PART}))?|(?<pre>this|last|tomorrow|yesterday)\s+(?<part2>${RE_PART})|(?<tonight>tonight|overnight))`,
    (m, ctx) => {
      const g = m.groups!;
      const w = lc(g.dw ?? g.pre ?? g.tonight);
      const offset = w.includes('before yesterday') ? -2 : w.includes('after tomorrow') ? 2 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const part = g.part ?? g.part2;
      if (g.tonight) return { type: 'TIME', value: ctx.dct && `${shifted('day', 0, ctx.dct)}TNI` };
      if (part) {
        const n = w === 'last' ? -1 : offset;
        return { type: 'TIME', value: ctx.dct && `${shifted('day', n, ctx.dct)}T${PARTS_OF_DAY[lc(part)]}` };
      }
      return { type: 'DATE', value: shifted('day', offset, ctx.dct) };
    }),

  // References to the present, past and future without a date (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
  rule('ref', String.raw`(?:(?<now>now|currently|current|nowadays|at\s+present|the\s+present)|(?<past>recently|recent|the\s+past|lately|past\s+years)|(?<fut>the\s+future|the\s+near\s+future|the\s+(?:near|short)\s+term)|(?<these>these\s+days))`,
    (m, ctx) => {
      const g = m.groups!;
      if (g.now) {
        // "now" as a discourse marker opening a sentence is still PRESENT_REF in TimeBank; "current" only as an adjective.
        if (/^current$/i.test(g.now) && /^\s*(?:account|accounts|affairs|events)\b/i.test(ctx.text.slice(m.index + 7, m.index + 20))) return null;
        return { type: 'DATE', value: 'PRESENT_REF' };
      }
      if (g.past) return { type: 'DATE', value: 'PAST_REF' };
      if (g.these) return { type: 'DATE', value: 'PRESENT_REF' };
      return { type: 'DATE', value: 'FUTURE_REF' };
    }),

  // "last week", "this month", "next year", "the quarter", "the weekend", "the latest quarter".
  rule('relative-unit', String.raw`(?:(?<sh>(?:the\s+)?(?:last|past|previous|prior|next|coming|following|this|that|current|same|latest|present)|the|this\s+past)\s+)(?<unit>week|weekend|month|quarter|year|decade|century|period)`,
    (m, ctx) => {
      const g = m.groups!;
      const sh = lc(g.sh).replace(/^the /, '');
      const unit = lc(g.unit) as Grain | 'period';
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (unit === 'year' && /^\s*(?:ended|ending|to\s+date)\b/i.test(after)) return { type: 'DURATION', value: 'P1Y' };
      if (/^(?:the|that|same)$/.test(sh) && /^\s*(?:of|before|after|earlier|later|ago|\d)/i.test(after)) return null;
      const dct = ctx.dct;
      if (unit === 'period' || unit === 'quarter') {
        if (unit === 'period' && !/^(?:latest|same|comparable)$/.test(sh)) return null;
        // In earnings reports "the quarter" is the one just reported: the last one completed before the DCT.
        const n = /^(?:next|coming|following)$/.test(sh) ? 1 : /^(?:this|current|present)$/.test(sh) ? 0 : -1;
        const anaphoric = /^(?:the|latest|same|comparable)$/.test(sh);
        return { type: 'DATE', value: shifted('quarter', n, dct), ...(anaphoric ? { quarterRef: { yearShift: 0 } } : {}) };
      }
      if (sh === 'the' && (unit === 'decade' || unit === 'century')) return null;
      let n = 0;
      if (/^(?:last|past|previous|prior|this past)$/.test(sh)) n = -1;
      else if (/^(?:next|coming|following)$/.test(sh)) n = 1;
      if (unit === 'weekend' && n === 0 && sh !== 'this') n = ctx.lean(m.index, m.index + m[0].length, false) === 'future' ? 1 : 0;
      if ((sh === 'past' || sh === 'next' || sh === 'coming') && /^the/i.test(m[0]) && unit !== 'week' && !(sh === 'past' && unit === 'year')) {
        // "the past year", "the next decade": a stretch of time, not a calendar unit.
        const u = unitCode(unit)!;
        return { type: 'DURATION', value: `P${u.mult}${u.code}` };
      }
      return { type: 'DATE', value: shifted(unit, n, dct) };
    }),

  // "year-end", "year's end", "the end of the year" is left to the fuzzy widening in index.ts.
  rule('year-end', String.raw`(?:the\s+)?(?:year[-\s]end|year's\s+end)`,
    (m, ctx) => {
      if (!ctx.dct) return { type: 'DATE', value: null, mod: 'END' };
      const since = /\bsince\s+(?:the\s+)?$/i.test(before(ctx, m.index, 12));
      return { type: 'DATE', value: shifted('year', since ? -1 : 0, ctx.dct), mod: 'END' };
    }),

  // "the full year", "the fiscal year", "the latest fiscal year", "the current fiscal year".
  rule('fiscal-year', String.raw`the\s+(?:(?<sh>current|latest|last|previous|next|coming|new)\s+)?(?:full|fiscal)(?:[\s-]+year)`,
    (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (/^\s*(?:ended|ending|to\s+date)\b/i.test(after)) return { type: 'DURATION', value: 'P1Y' };
      const sh = lc(m.groups!.sh);
      const n = /^(?:latest|last|previous)$/.test(sh) ? -1 : /^(?:next|coming|new)$/.test(sh) ? 1 : 0;
      return { type: 'DATE', value: shifted('year', n, ctx.dct) };
    }),

  // "the third quarter", "third-quarter", "the fiscal first quarter", "the 1988 second quarter",
  // "this year's third quarter", "the first half of 1990".
  rule('quarter', String.raw`(?:(?<det>the|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?<y1>${YEAR})\s+)?(?:(?<ya>year-(?:ago|earlier))\s+)?(?:fiscal[\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?<unit>quarter|half)(?:\s+of\s+(?:(?<y2>${YEAR})|(?<rel>this|last|next)\s+year|fiscal\s+(?<y3>${YEAR})))?`,
    (m, ctx) => {
      const g = m.groups!;
      const n = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[lc(g.ord)]!;
      if (lc(g.unit) === 'half' && n > 2) return null;
      let y: number | null = g.y1 ? +g.y1 : g.y2 ? +g.y2 : g.y3 ? +g.y3 : ctx.dct ? ctx.dct.y : null;
      const det = lc(g.det);
      if (y !== null && !g.y1 && !g.y2 && !g.y3) {
        if (det.startsWith('last') || g.rel === 'last' || g.ya) y -= 1;
        else if (det.startsWith('next') || g.rel === 'next') y += 1;
      }
      const code = lc(g.unit) === 'half' ? `H${n}` : `Q${n}`;
      const value = y === null ? `XXXX-${code}` : `${pad(y, 4)}-${code}`;
      if (det === 'the' && /-quarter/i.test(m[0])) return { start: m.index + 4, end: m.index + m[0].length, type: 'DATE', value };
      return { type: 'DATE', value };
    }),

  // "the year-ago quarter", "the year-earlier period", "the comparable year-ago quarter", "year-earlier".
  rule('year-ago', String.raw`(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-(?:ago|earlier)|year\s+ago|year\s+earlier)(?:\s+(?<unit>quarter|period))?|(?:the\s+)?(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:last|a)\s+year(?:\s+(?:ago|earlier))?`,
    (m, ctx) => {
      if (!ctx.dct) return { type: 'DATE', value: null };
      if (!m.groups!.unit && !/\bquarter|period\b/i.test(m[0]) && !ctx.quarterTalk(m.index)) return { type: 'DATE', value: shifted('year', -1, ctx.dct) };
      return { type: 'DATE', value: shifted('quarter', -5, ctx.dct), quarterRef: { yearShift: -1 } };
    }),

  // "the 1988 quarter", "the 1989 period", "last year's quarter", "the quarter a year ago": the reported quarter of that year.
  rule('year-quarter', String.raw`(?:the\s+(?<y>${YEAR})|(?<last>last\s+year's))\s+(?:quarter|period)|the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)`,
    (m, ctx) => {
      const g = m.groups!;
      if (!ctx.dct) return { type: 'DATE', value: g.y ?? null };
      const q = shifted('quarter', -1, ctx.dct)!.slice(-2);
      const y = g.y ? +g.y : ctx.dct.y - 1;
      return { type: 'DATE', value: `${pad(y, 4)}-${q}`, quarterRef: g.y ? { yearShift: 0, year: y } : { yearShift: -1 } };
    }),

  // "a year ago", "five years ago", "two weeks ago", "a year earlier", "almost four years ago".
  rule('ago', String.raw`(?:(?<mod>${RE_MOD})\s+)?(?<n>${RE_COUNT}|${RE_VAGUE})[\s-]+(?<unit>${RE_UNIT})\s+(?<dir>ago|earlier|before|later|from\s+now|hence)`,
    (m, ctx) => {
      const g = m.groups!;
      const u = unitCode(g.unit)!;
      const dir = lc(g.dir);
      const n = parseCount(g.n);
      const mod = g.mod ? MODS[lc(g.mod)] : undefined;
      if (dir !== 'ago' && dir !== 'from now' && dir !== 'hence') {
        // "a year earlier" is the year before the DCT in TimeBank; "three days later" stays a duration.
        if (u.code !== 'Y' || n !== 1) return null;
        if (!ctx.dct) return { type: 'DATE', value: null };
        if (ctx.quarterTalk(m.index)) return { type: 'DATE', value: shifted('quarter', -5, ctx.dct), mod, quarterRef: { yearShift: -1 } };
        return { type: 'DATE', value: shifted('year', -1, ctx.dct), mod };
      }
      if (n === null) return { type: 'DATE', value: dir === 'ago' ? 'PAST_REF' : 'FUTURE_REF', mod };
      // With a modifier ("about two years ago", "more than four decades ago") TBAQ annotates the stretch itself.
      if (mod) return { type: 'DURATION', value: durationValue(n, u), mod };
      if (u.time) return { type: 'TIME', value: null, mod };
      if (dir === 'ago' && u.code === 'Y' && n === 1 && ctx.quarterTalk(m.index) && ctx.dct) return { type: 'DATE', value: shifted('quarter', -5, ctx.dct), mod, quarterRef: { yearShift: -1 } };
      return { type: 'DATE', value: ago(n * u.mult, u.code, ctx.dct, dir === 'ago' ? -1 : 1), mod };
    }),

  // Durations: "five months", "the past two months", "a two-year", "nearly forty years", "the first nine months",
  // "several years", "recent weeks", "2 1/2 years", "10-hour".
  rule('duration', String.raw`(?:(?<mod>${RE_MOD}|within)\s+)?(?:(?<the>the|each\s+of\s+the)\s+)?(?:(?<which>past|last|next|first|coming|previous|latest|following|final|remaining|same|year-earlier|ensuing|recent)\s+)?(?:(?<n>${RE_COUNT})(?:\s+(?:to|or)\s+(?<n2>${RE_COUNT}))?|(?<vague>${RE_VAGUE}))(?:[\s-]+(?:more|additional|straight|consecutive|full|trading|business))?[\s-]+(?<unit>${RE_UNIT})(?<old>-(?:long|old))?(?:\s+(?<approx>or\s+so))?`,
    (m, ctx) => {
      const g = m.groups!;
      const u = unitCode(g.unit)!;
      const count = g.vague ? null : parseCount(g.n);
      if (g.n && /^an?$/i.test(g.n.trim()) && g.the) return null;
      const isA = g.n !== undefined && /^an?$/i.test(g.n.trim());
      // "$1 billion a year", "100 interviews a day": a rate, i.e. a TIMEX3 SET.
      // "$1 billion a year", "four flights a week": rates, which TBAQ mostly leaves unannotated.
      if (isA && !g.mod && !g.which && RATE_BEFORE.test(before(ctx, m.index, 20))) return null;
      if (u.code === 'S' && (isA || (g.n && /^\d+$/.test(g.n) && !/-/.test(m[0])))) return null;
      // Ages ("a 52-year-old", "37 years old") are not time expressions in TimeBank; nor are fractions ("three-quarters of").
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (g.old === '-old' || /^[\s-]+old\b/i.test(after)) return null;
      if (u.code === 'Q' && (/^\s+of\b/i.test(after) || /-quarters?$/i.test(m[0]))) return null;
      const mod = g.approx ? 'APPROX' : g.mod ? MODS[lc(g.mod)] : undefined;
      // A range ("two to three weeks", "12 to 18 months") has no single count: TIMEX3 writes X.
      const value = durationValue(g.n2 ? null : count, u);
      // Hyphenated or singular-unit adjectives ("the two-week crisis", "the two day rally") leave the article out.
      const adjectival = /\d-|[a-z]-(?:second|minute|hour|day|week|month|quarter|year|decade|century)/i.test(m[0]) || (count !== null && count > 1 && !/s$/i.test(g.unit));
      if (g.the && lc(g.the) === 'the' && !g.which && !g.mod && adjectival) {
        return { start: m.index + m[0].match(/^the\s+/i)![0].length, end: m.index + m[0].length, type: 'DURATION', value };
      }
      if (/^(?:within|over|about|almost)$/i.test(lc(g.mod))) {
        // "within two weeks", "about two weeks": TBAQ mostly leaves these words outside the span.
        const cut = m[0].slice(g.mod.length).match(/^\s+/)![0].length + g.mod.length;
        return { start: m.index + cut, end: m.index + m[0].length, type: 'DURATION', value, ...(g.approx ? { mod: 'APPROX' } : {}) };
      }
      return { type: 'DURATION', value, ...(mod ? { mod } : {}) };
    }),

  // Bare plural units after a preposition ("for years", "within weeks", "in recent months", "the coming weeks").
  rule('vague-span', String.raw`(?:(?<lead>recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+first|the)\s+)?(?<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?:\s+(?<ahead>ahead|to\s+come))?`,
    (m, ctx) => {
      const g = m.groups!;
      if (!g.lead && !/\b(?:for|within|in|over|after|took|take|takes|lasted)\s+$/i.test(before(ctx, m.index, 12))) return null;
      if (lc(g.lead) === 'the' && !g.ahead && !/\b(?:over|in)\s+$/i.test(before(ctx, m.index, 8))) return null;
      const u = unitCode(g.unit)!;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (/^\s*(?:of|old)\b/i.test(after)) return null;
      const code = u.code === 'Y' && u.mult === 100 ? 'C' : u.code === 'Y' && u.mult === 10 ? 'E' : u.code;
      const the = /^the\s+/i.exec(m[0]);
      return { start: m.index + (the ? the[0].length : 0), end: m.index + m[0].length, type: 'DURATION', value: `P${u.time ? 'T' : ''}X${code}` };
    }),

  // Clock times: "10:35 a.m.", "5 p.m. EST", "noon", "midnight", "4 in the morning".
  rule('clock', String.raw`(?:(?<mod>about|around|approximately|at\s+about|shortly\s+after|shortly\s+before)\s+)?(?:(?<h>[01]?\d|2[0-3])(?::(?<min>[0-5]\d))?\s*(?<ap>a\.?\s?m\.?|p\.?\s?m\.?)|(?<h2>[01]?\d|2[0-3]):(?<min2>[0-5]\d)(?=\s*(?:GMT|UTC|local|hours|h\b))|(?<h3>[01]?\d)\s+(?:o'clock|in\s+the\s+(?<part>morning|afternoon|evening))|(?<word>noon|midnight|midday))(?:\s+(?<tz>[A-Z]{2,4}T|GMT|UTC|local\s+time))?`,
    (m, ctx) => {
      const g = m.groups!;
      let h: number, min = 0;
      if (g.word) { h = lc(g.word) === 'midnight' ? 24 : 12; }
      else if (g.h3) { h = +g.h3; if (g.part && lc(g.part) !== 'morning' && h < 12) h += 12; }
      else { h = +(g.h ?? g.h2); min = +(g.min ?? g.min2 ?? 0); }
      const ap = lc(g.ap).replace(/[.\s]/g, '');
      if (ap && (h < 1 || h > 12)) return null;
      if (ap === 'pm' && h < 12) h += 12;
      if (ap === 'am' && h === 12) h = 0;
      const mod = g.mod ? (/before/i.test(g.mod) ? 'BEFORE' : /after/i.test(g.mod) ? 'AFTER' : 'APPROX') : undefined;
      const date = ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX';
      const clock = h === 24 ? 'T24:00' : `T${pad(h)}:${pad(min)}`;
      let end = m.index + m[0].length;
      if (!g.tz && /[ap]\.m\.$/i.test(m[0]) && /^\s/.test(ctx.text.slice(end, end + 1))) end -= 1;
      return { start: m.index, end, type: 'TIME', value: `${date}${clock}`, ...(mod ? { mod } : {}) };
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

  // Sets: "every day", "each July", "each Thursday", "daily", "weekly", "annually".
  rule('set', String.raw`(?:(?<each>every|each)\s+(?:other\s+)?(?:(?<unit>day|week|month|quarter|year|morning|evening|night|hour|weekend)|(?<wd>${RE_WEEKDAY})|(?<mon>${RE_MONTH_FULL}))|(?<adv>daily|weekly|monthly|hourly|nightly|twice\s+a\s+(?:day|week|month|year)))`,
    (m) => {
      const g = m.groups!;
      if (g.adv) {
        const a = lc(g.adv);
        const v: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', quarterly: 'P3M' };
        const per: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' };
        return { type: 'SET', value: v[a] ?? per[a.split(' ').pop()!] };
      }
      if (g.wd) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[lc(g.wd)]}` };
      if (g.mon) return { type: 'SET', value: `XXXX-${pad(monthNum(g.mon))}` };
      const u = lc(g.unit);
      const v: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P3M', year: 'P1Y', hour: 'PT1H', morning: 'XXXX-XX-XXTMO', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI', weekend: 'XXXX-WXX-WE' };
      return { type: 'SET', value: v[u] };
    }),

  // Fixed holidays news dates by: "Christmas", "Thanksgiving Day", "New Year's Day".
  rule('holiday', String.raw`(?:(?<sh>last|next|this)\s+)?(?<h>Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Halloween|Valentine's\s+Day|Independence\s+Day)`,
    (m, ctx) => {
      const g = m.groups!;
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
