/**
 * @module time/context
 * What an expression's surroundings say about it: the publication date it resolves against, and
 * whether the clause looks forward ("will meet on Monday") or back ("met on Monday"). News narrates
 * the past, so an expression with no forward cue is read as past (the default HeidelTime's news
 * profile also takes).
 */
import type { Doc } from '../document/types.js';
import { parseIsoDay, type Day } from './calendar.js';

export type Lean = 'future' | 'past';

// Cues that a clause talks about what is still to come (modal future, schedules, plans).
const FUTURE_CUE = /\b(?:will|shall|won't|'ll|going to|plans? to|planned|planning|scheduled|expected to|expects? to|is to|are to|set to|would|intends? to|upcoming|tomorrow|hopes? to|aims? to)\b/i;
// Sentence-level cues; only the nearest cue before the expression counts (see lean()).
const SENTENCE_FUTURE_CUE = /\b(?:will|would|shall|won't|'ll|going to|plans? to|scheduled|expected to|expects? to|is to|are to|intends? to|upcoming)\b/i;
// Cues of a past event close to the expression: simple past and perfect forms, "since".
// A participle after "be" ("will be named") belongs to whatever tense the auxiliary carries.
const PAST_CUE = /\b(?:was|were|had|did|said|told|met|began|held|took|left|went|came|saw|made|gave|fell|rose|hit|killed|died|since|(?<!\bbe\s)\w+ed)\b/i;
const SENTENCE_FUTURE_ALL = new RegExp(SENTENCE_FUTURE_CUE.source, 'gi');
const PAST_ALL = new RegExp(PAST_CUE.source, 'gi');
// A deadline word right before a calendar date ("by February", "payable Dec. 15") points forward.
// Weekdays do not take this cue: "until Thursday" in news usually reports what happened before.
const DEADLINE = /\b(?:until|till|by|through|effective|payable|due|expires?|starting|beginning|as soon as|as early as)\s+(?:on\s+)?$/i;
// For weekdays only the clearest deadlines count; "Until Thursday, they had…" opens a past narrative.
const WEEKDAY_DEADLINE = /(?:as soon as|as early as|(?<![Uu]p|not)\s+until|postponed to)\s+(?:on\s+)?$/;
// A plan reported in the past perfect ("had been scheduled to expire Friday") lies before the DCT.
const PAST_PLAN = /\bhad\s+(?:been\s+)?(?:\w+\s+)?(?:scheduled|due|set|planned|expected)\b/i;

export interface TimeContext {
  text: string;
  /** The publication date, or null when absent or malformed: relative expressions then stay unresolved. */
  dct: Day | null;
  /** True when the article speaks of fiscal quarters before `pos` (earnings reports). */
  quarterTalk(pos: number): boolean;
  /** Does the expression at [start, end) look forward or back? `deadlines`: let "by", "until"… point forward. */
  lean(start: number, end: number, deadlines?: boolean): Lean;
}

function sentenceBounds(doc: Doc, pos: number): [number, number] {
  const ss = doc.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= pos) lo = mid + 1;
    else if (ss[mid].start > pos) hi = mid - 1;
    else return [ss[mid].start, ss[mid].end];
  }
  return [Math.max(0, pos - 150), Math.min(doc.text.length, pos + 150)];
}

export function makeContext(doc: Doc): TimeContext {
  const text = doc.text;
  const dct = parseIsoDay(doc.meta?.published);
  // Searched on first use: most articles never ask (only "a year ago"-like phrases do).
  let firstQuarter: number | null = null;
  return {
    text,
    dct,
    quarterTalk(pos) {
      if (firstQuarter === null) firstQuarter = text.search(/\bquarter\b|-quarter\b|\bquarterly\b/i);
      return firstQuarter >= 0 && firstQuarter < pos;
    },
    lean(start, end, deadlines = true) {
      const [s, e] = sentenceBounds(doc, start);
      // A local window first: "said Monday it will…" dates the saying, not the plan.
      const before = text.slice(Math.max(s, start - 40), start);
      const after = text.slice(end, Math.min(e, end + 25));
      const localBefore = before.trim().split(/\s+/).slice(-5).join(' ');
      if (PAST_PLAN.test(before)) return 'past';
      if (FUTURE_CUE.test(localBefore) || (deadlines ? DEADLINE : WEEKDAY_DEADLINE).test(before)) return 'future';
      if (PAST_CUE.test(localBefore)) return 'past';
      if (/^'s\b/.test(after)) return 'past';
      if (FUTURE_CUE.test(after.split(/[,;.!?]/)[0])) return 'future';
      // Otherwise the nearest tense cue before it in the sentence decides.
      // Bounded, so one enormous unpunctuated "sentence" cannot make the stage quadratic.
      const head = text.slice(Math.max(s, start - 300), start);
      let lastFuture = -1, lastPast = -1, m: RegExpExecArray | null;
      SENTENCE_FUTURE_ALL.lastIndex = 0;
      while ((m = SENTENCE_FUTURE_ALL.exec(head)) !== null) lastFuture = m.index;
      PAST_ALL.lastIndex = 0;
      while ((m = PAST_ALL.exec(head)) !== null) lastPast = m.index;
      return lastFuture > lastPast ? 'future' : 'past';
    },
  };
}
