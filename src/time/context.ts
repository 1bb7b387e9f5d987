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

// Cues that a clause talks about what is still to come (modal future, schedules, deadlines).
const FUTURE_CUE = /\b(?:will|shall|won't|'ll|going to|plans? to|planned|planning|scheduled|expected to|expects? to|is to|are to|set to|would|intends? to|upcoming|next|tomorrow|hopes? to|aims? to|deadline)\b/i;
// A deadline word right before the expression ("by February", "payable Dec. 15") points forward.
const DEADLINE = /\b(?:until|till|by|through|effective|payable|due|expires?|starting|beginning|from|to)\s+(?:on\s+)?$/i;
// Cues of a past event close to the expression: simple past and perfect forms.
const PAST_CUE = /\b(?:was|were|had|did|said|told|met|began|held|took|left|went|came|saw|made|gave|fell|rose|hit|killed|died|announced|reported|\w+ed)\b/i;

export interface TimeContext {
  text: string;
  /** The publication date, or null when absent or malformed: relative expressions then stay unresolved. */
  dct: Day | null;
  /** True when the article speaks of fiscal quarters before `pos` (earnings reports). */
  quarterTalk(pos: number): boolean;
  /** Does the expression at [start, end) look forward or back? */
  lean(start: number, end: number): Lean;
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
  const firstQuarter = text.search(/\bquarter\b|-quarter\b|\bquarterly\b/i);
  return {
    text,
    dct,
    quarterTalk: (pos) => firstQuarter >= 0 && firstQuarter < pos,
    lean(start, end) {
      const [s, e] = sentenceBounds(doc, start);
      // A local window first: "said Monday it will…" dates the saying, not the plan.
      const before = text.slice(Math.max(s, start - 40), start);
      const after = text.slice(end, Math.min(e, end + 25));
      const localBefore = before.split(/\s+/).slice(-4).join(' ');
      if (FUTURE_CUE.test(localBefore) || DEADLINE.test(before)) return 'future';
      if (PAST_CUE.test(localBefore)) return 'past';
      if (FUTURE_CUE.test(after.split(/[,;]/)[0])) return 'future';
      return FUTURE_CUE.test(text.slice(s, start)) ? 'future' : 'past';
    },
  };
}
