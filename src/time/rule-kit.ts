/**
 * @module time/rule-kit
 * What every rule module shares: the proposal and rule shapes, word boundaries, the per-document
 * gates, and small helpers for reading a match.
 */
import type { TimexType } from '../document/types.js';
import type { TimeContext } from './context.js';
import { MONTHS, ORDINAL_WORDS } from './lexicon.js';
import { isSpaceCode } from './heads.js';

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
  /** A clock time dated by the DCT for want of a day: index.ts gives it the day its sentence names, if any. */
  clockOnly?: boolean;
  /** An anaphor of the last date the story named, `shift` units after it ("the following year"). */
  storyRef?: { grain: 'day' | 'month' | 'year'; shift: number };
}

export interface Rule {
  name: string;
  re: RegExp;
  /** A cheap test a document must pass before the rule scans it (most articles have no clock time or season). */
  gate?: RegExp;
  /**
   * A regex source for a word every match holds after whitespace: the head walk notes where such words
   * begin, so an article without one skips the rule's tries (index.ts).
   */
  anchor?: string;
  /** One expression (its span defaults to the match), several (a range of days), or nothing. */
  build(m: RegExpExecArray, ctx: TimeContext): Omit<Proposal, 'start' | 'end'> | Proposal | Proposal[] | null;
}

// Word boundaries in ASCII (English news), without the 'u' flag: case-insensitive Unicode matching
// made every scan several times slower. A prefix glued by a hyphen ("mid-1996", "late-November",
// "post-1959") is matched here once for all rules and becomes the expression's mod (index.ts).
const B = String.raw`(?<![A-Za-z0-9'’-])(?:(?<fz>mid|late|early|post|pre)-)?`;
const E = String.raw`(?![A-Za-z0-9])`;
export const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)(?![\d])`;
export const DAYNUM = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)`;

// Every rule scan costs about as much as the rest of the stage's work, so rules whose words most
// articles lack are skipped on a literal pre-test of the whole text. A gate must hold wherever its
// rule can match (it is tested only once the rule has matched, and a failed test drops the rule).
const GATES: Record<string, RegExp> = {
  'day-range': /\d\s*(?:and|to|-|–)\s*\d/i,
  decade: /\d'?s\b|century|ties\b/i,
  'year-end': /year[-\s']/i,
  'fiscal-year': /full|fiscal/i,
  quarter: /quarter|half/i,
  'year-ago': /year/i,
  'year-quarter': /quarter|period/i,
  ago: /ago\b|earlier|later|before|from\s+now|hence/i,
  clock: /\d\s*[ap]\.?\s?m|noon|midnight|midday|o'clock|\d\d?\s+in\s+the|\d:[0-5]\d/i,
  season: /spring|summer|fall|autumn|winter/i,
  set: /every|each|daily|weekly|monthly|hourly|nightly|twice/i,
  holiday: /Christmas|New Year|Thanksgiving|Halloween|Valentine|Independence/,
};

// Words a rule's every match holds right after whitespace (rules-relative's 'ago': "three years [ago]").
const ANCHORS: Record<string, string> = {
  ago: String.raw`ago|earlier|before|later|from\s+now|hence`,
};

/**
 * `glued`: the match may run straight into a word, as scraped datelines do ("21.08.2013Get short URL");
 * the rule's source then bounds its own end.
 */
export function rule(name: string, src: string, build: Rule['build'], indices = false, glued = false): Rule {
  const r: Rule = { name, re: new RegExp(B + '(?:' + src + ')' + (glued ? '' : E), indices ? 'gid' : 'gi'), build };
  if (GATES[name]) r.gate = GATES[name];
  if (ANCHORS[name]) r.anchor = String.raw`(?<![A-Za-z0-9'’-])(?:${ANCHORS[name]})` + E;
  return r;
}

/** Lower case, whitespace runs as one space (rule words are short: a loop spares the regex). */
export const lc = (s: string | undefined): string => {
  if (s === undefined) return '';
  const t = s.toLowerCase();
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c === 32 && isSpaceCode(t.charCodeAt(i + 1))) || (c !== 32 && isSpaceCode(c))) return t.replace(/\s+/g, ' ');
  }
  return t;
};
export const isCap = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 65 && c <= 90; };
export const monthNum = (s: string): number => MONTHS[lc(s).replace(/\.$/, '')];
export const dayNum = (s: string): number => ORDINAL_WORDS[lc(s)] ?? parseInt(s, 10);
export const shiftOf = (s: string | undefined): 'last' | 'next' | 'this' | null => {
  const w = lc(s).replace(/^the /, '');
  if (!w) return null;
  if (/^(?:last|past|previous|this past)$/.test(w)) return 'last';
  if (/^(?:next|coming|this coming|following)$/.test(w)) return 'next';
  return 'this';
};
/**
 * A capitalised "Today" or "This Week" inside a sentence, after another word, is a title
 * ("VOA Today", ABC's "This Week"), not a time.
 */
export const isTitleWord = (ctx: TimeContext, m: RegExpExecArray): boolean =>
  /^[A-Z]/.test(m[0]) && /[A-Za-z,'’]\s+["'`“]*$/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) && /^(?:Today|This Week)$/.test(m[0]);

export const before = (ctx: TimeContext, pos: number, n = 30): string => ctx.text.slice(Math.max(0, pos - n), pos);

// What precedes "a year" in a rate: an amount or a plural noun ("$2 million a year", "four flights a week"),
// but not a function word ending in s ("as long as a month").
export const RATE_BEFORE = /(?:\d|million|billion|dollars|cents|percent|%|times|\b(?!(?:as|was|has|is|this|its|his|us|plus|less|thus|yes|across|perhaps|whereas)\b)[a-z]+s)\W{0,2}\s*$/i;

// Prepositions after which a bare month name ("in May") or season is a date, not a verb or a modal.
export const MONTH_LEAD = /\b(?:the|in|since|until|till|by|through|from|to|of|during|before|after|last|next|this|early|late|mid-?|each|every|between|and|or|on|for)\s+$/i;
