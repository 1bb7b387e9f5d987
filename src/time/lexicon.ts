/**
 * @module time/lexicon
 * Words of English time expressions and the regular-expression pieces built from them.
 * Every piece is a non-capturing alternation so rules can compose them freely.
 */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** TIMEX3 parts of day (TimeML guidelines: MO, AF, EV, NI). */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
};

const UNITS_1 = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS_1 = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];

/** Cardinal words → number, 1..99 ("twenty four", "twenty-four"). */
export const NUMBER_WORDS: Record<string, number> = {};
UNITS_1.forEach((w, i) => { NUMBER_WORDS[w] = i + 1; });
TENS.forEach((w, i) => {
  NUMBER_WORDS[w] = (i + 2) * 10;
  UNITS_1.slice(0, 9).forEach((u, j) => {
    NUMBER_WORDS[`${w}-${u}`] = (i + 2) * 10 + j + 1;
    NUMBER_WORDS[`${w} ${u}`] = (i + 2) * 10 + j + 1;
  });
});
// "a couple of years" is two years in TimeBank (P2Y), not a vague count.
Object.assign(NUMBER_WORDS, { 'a couple of': 2, 'couple of': 2, a: 1, an: 1, single: 1, hundred: 100, 'a hundred': 100, 'one hundred': 100, 'a thousand': 1000, 'two thousand': 2000 });

/** Ordinal words → number, 1..31. */
export const ORDINAL_WORDS: Record<string, number> = {};
ORDINALS_1.forEach((w, i) => { ORDINAL_WORDS[w] = i + 1; });
ORDINAL_WORDS.twentieth = 20;
ORDINAL_WORDS.thirtieth = 30;
ORDINALS_1.slice(0, 9).forEach((o, j) => {
  ORDINAL_WORDS[`twenty-${o}`] = 21 + j;
  ORDINAL_WORDS[`twenty ${o}`] = 21 + j;
});
ORDINAL_WORDS['thirty-first'] = 31;
ORDINAL_WORDS['thirty first'] = 31;

/** Vague quantities: the count is unknown, so TIMEX3 writes X ("several years" → PXY). */
export const VAGUE = ['several', 'a few', 'few', 'some', 'many', 'a number of'];

function alt(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const ABBREVIATED = Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m) && m !== 'mar');
/** A month name, or an abbreviation with its optional period ("Aug. 7", "Sept 30"); "Mar" only with its period. */
export const RE_MONTH = `(?:${alt(FULL_MONTHS)}|(?:${alt(ABBREVIATED)})\\.?|mar\\.)`;
/** A month beside a day number ("6 Mar 2014", "Mar 6"): there "Mar" is the month without its period too. */
export const RE_MONTH_BY_DAY = `(?:${alt(FULL_MONTHS)}|(?:${alt(ABBREVIATED)})\\.?|mar\\.?)`;
export const RE_MONTH_FULL = `(?:${alt(FULL_MONTHS)})`;
export const RE_WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS))})`;
/** A weekday as datelines abbreviate it before a date ("Fri 07 Apr 2017"); alone, "Sun" or "Wed" is too often a word. */
export const RE_WEEKDAY_ABBR = `(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?`;
export const RE_NUMWORD = `(?:${alt(Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'single'))})`;
export const RE_ORDWORD = `(?:${alt(Object.keys(ORDINAL_WORDS))})`;
export const RE_VAGUE = `(?:${alt(VAGUE)})`;
export const RE_SEASON = `(?:${alt(Object.keys(SEASONS))})`;
export const RE_PART = `(?:morning|afternoon|evening|night)`;
/** A count: digits (with a fraction "2 1/2" or a decimal), number words, "a"/"an". */
export const RE_COUNT = `(?:\\d{1,3}(?:\\.\\d+|\\s+1\\/2)?(?!\\d)|(?:${RE_NUMWORD}|an?)(?:\\s+and\\s+a\\s+half)?)`;
export const RE_UNIT = `(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))`;
/** Modifiers TIMEX3 keeps inside the span, with the `mod` they give (TimeML 1.2.1 guidelines). */
export const MODS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX',
  nearly: 'LESS_THAN', almost: 'LESS_THAN', 'less than': 'LESS_THAN', 'under': 'LESS_THAN',
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS', 'just over': 'MORE_THAN', 'just under': 'LESS_THAN',
};
export const RE_MOD = `(?:${alt(Object.keys(MODS))})`;

/** Unit word → TIMEX3 duration designator and multiplier (a decade is written as ten years, as the data does). */
export function unitCode(word: string): { code: string; mult: number; time: boolean } | null {
  const w = word.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  switch (w) {
    case 'second': return { code: 'S', mult: 1, time: true };
    case 'minute': return { code: 'M', mult: 1, time: true };
    case 'hour': return { code: 'H', mult: 1, time: true };
    case 'day': return { code: 'D', mult: 1, time: false };
    case 'week': return { code: 'W', mult: 1, time: false };
    case 'fortnight': return { code: 'W', mult: 2, time: false };
    case 'month': return { code: 'M', mult: 1, time: false };
    case 'quarter': return { code: 'Q', mult: 1, time: false };
    case 'year': return { code: 'Y', mult: 1, time: false };
    case 'decade': return { code: 'Y', mult: 10, time: false };
    case 'century': case 'centurie': return { code: 'Y', mult: 100, time: false };
    default: return null;
  }
}

/** Parses a count phrase to a number; null for vague counts. */
export function parseCount(s: string): number | null {
  const t = s.toLowerCase().trim().replace(/\s+/g, ' ');
  const half = /^(.*?)(?: and a half| 1\/2)$/.exec(t);
  if (half) {
    const base = parseCount(half[1]);
    return base === null ? null : base + 0.5;
  }
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}
