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
const SENTENCE_FUTURE_CUE = /\b(?:will|would|shall|won't|'ll|going to|plans? to|planning to|scheduled|expected to|expects? to|is to|are to|intends? to|upcoming)\b/i;
// Cues of a past event close to the expression: simple past and perfect forms, "since". A
// participle after "be" ("will be named", "would be paid") belongs to whatever tense the auxiliary
// carries; an -ed word after a determiner or "still" is an adjective ("a still unspecified date");
// words that merely end in -ed ("succeed", "hundred") are listed out. Only lower-case words count as
// -ed forms, since capitalised ones are names ("United States", "Ahmed"): the regex is therefore
// case-sensitive, and the listed past forms spell their capital themselves.
const PAST_WORDS = ['was', 'were', 'had', 'did', 'said', 'told', 'met', 'began', 'held', 'took', 'left', 'went', 'came', 'saw',
  'made', 'gave', 'fell', 'rose', 'hit', 'killed', 'died', 'since', 'sought', 'brought', 'thought', 'fought', 'bought', 'caught',
  'won', 'lost', 'struck', 'spoke', 'wrote', 'chose', 'drove', 'ran', 'sent', 'spent', 'built', 'felt', 'kept', 'found', 'stood',
  'led', 'fled', 'paid', 'sold', 'became', 'knew', 'got', 'shot', 'threw', 'broke', 'ate', 'flew', 'grew', 'drew', 'wore', 'swore'];
const PAST_CUE = new RegExp(String.raw`\b(?<!\b(?:be|been|being)\s)(?:${PAST_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}|(?<!\b(?:a|an|the|still)\s)(?!(?:[a-z]*ceed|hundred|kindred|indeed|need|speed|seed|feed|bleed|breed|greed|red|bed|shed|wed|sacred|naked|wicked)\b)[a-z]+ed)\b`);
const SENTENCE_FUTURE_ALL = new RegExp(SENTENCE_FUTURE_CUE.source, 'gi');
const FUTURE_ALL = new RegExp(FUTURE_CUE.source, 'gi');
const PAST_ALL = new RegExp(PAST_CUE.source, 'g');
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
  /**
   * Does the expression at [start, end) look forward or back? `deadlines`: let "by", "until"… point
   * forward. Always 'past' without a DCT, when no value depends on it.
   */
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

/** The lean of the last tense cue in `span` (`future`: the global regex of forward cues), or null. */
function nearestCue(span: string, future: RegExp): Lean | null {
  let lastFuture = -1, lastPast = -1, m: RegExpExecArray | null;
  future.lastIndex = 0;
  while ((m = future.exec(span)) !== null) lastFuture = m.index;
  PAST_ALL.lastIndex = 0;
  while ((m = PAST_ALL.exec(span)) !== null) lastPast = m.index;
  if (lastFuture < 0 && lastPast < 0) return null;
  // A plan word is also an -ed form ("scheduled", "planned"): as a future cue it wins.
  return lastFuture >= lastPast ? 'future' : 'past';
}

/** The lean of the first tense cue in `span`, or null. */
function firstCue(span: string, future: RegExp): Lean | null {
  future.lastIndex = 0;
  PAST_ALL.lastIndex = 0;
  const f = future.exec(span), p = PAST_ALL.exec(span);
  if (!f && !p) return null;
  return f && (!p || f.index <= p.index) ? 'future' : 'past';
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
      // Only values resolved against the DCT depend on the lean: without one, skip the reading.
      if (dct === null) return 'past';
      const [s, e] = sentenceBounds(doc, start);
      // A local window first: "said Monday it will…" dates the saying, not the plan.
      const before = text.slice(Math.max(s, start - 40), start);
      const after = text.slice(end, Math.min(e, end + 25));
      const localBefore = before.trim().split(/\s+/).slice(-5).join(' ');
      if (PAST_PLAN.test(before)) return 'past';
      if ((deadlines ? DEADLINE : WEEKDAY_DEADLINE).test(before)) return 'future';
      // Of the cues in the last few words, the nearest: "would appeal the decision, announced Wednesday".
      const near = nearestCue(localBefore, FUTURE_ALL);
      if (near !== null) return near;
      if (/^'s\b/.test(after)) return 'past';
      if (FUTURE_CUE.test(after.split(/[,;.!?]/)[0])) return 'future';
      // Between subject and verb ("a court Thursday refused"), a past verb right after decides.
      if (PAST_CUE.test(/^\s*\S*/.exec(after)![0])) return 'past';
      // Otherwise the nearest tense cue before it in the sentence decides.
      // Bounded, so one enormous unpunctuated "sentence" cannot make the stage quadratic.
      const head = text.slice(Math.max(s, start - 300), start);
      const cue = nearestCue(head, SENTENCE_FUTURE_ALL);
      if (cue !== null) return cue;
      // A fronted time ("On Tuesday, the league plans to…"): the verb of the clause that follows it
      // decides, not one in a later clause ("In January, X brought in Y, who will remain…").
      const clause = /^\s*,?[^,;:.!?]*/.exec(text.slice(end, Math.min(e, end + 200)))![0];
      return firstCue(clause, SENTENCE_FUTURE_ALL) ?? 'past';
    },
  };
}
