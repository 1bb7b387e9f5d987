/**
 * @module time
 * Stage: temporal expressions (TIMEX3 types and values, TempEval-3 syntax) normalised against
 * `doc.meta.published`. A rule grammar (rules.ts) proposes spans; this module keeps the longest
 * non-overlapping ones, joins a clock time to the day beside it ("10 p.m. Wednesday") or dates it by
 * its sentence, widens a date by the fuzzy modifiers TimeBank keeps in the span ("early December" →
 * mod START), and re-points discourse anaphors ("the quarter", "that year") to what the story named.
 * Without a usable publication date, values that depend on it are left null, never invented.
 * `timeRange(value)` gives the events stage a value's precision and first/last day.
 */
import type { Doc, TimeExpr } from '../document/types.js';
import { makeContext, type TimeContext } from './context.js';
import { ANCHORED, HEAD_SOURCES, RULES, type Proposal, type Rule } from './rules.js';
import { buildHeadIndex, isSpaceCode } from './heads.js';
import { loadHeads } from './heads-cache.js';
import { addDays, addMonths, dayValue, monthValue, type Day } from './calendar.js';

export { timeRange, type TimeRange, type DatePrecision } from './range.js';

// TIMEX3 mods of the prefixes rule-kit's word boundary lets through ("mid-1996", "post-1959").
const GLUED_PREFIX_MOD: Record<string, string> = { mid: 'MID', early: 'START', late: 'END', post: 'AFTER', pre: 'BEFORE' };

// Each rule's regex made sticky, to be tried only where heads.ts says one of its matches can begin.
const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags + 'y'));
// A rule's anchor words join the head index as one more source each; ANCHOR_BIT[ri] is its bit (0: none).
const ANCHOR_BIT = RULES.map((r) => (r.anchor ? 1 << (RULES.length + ANCHORED.indexOf(r)) : 0));
const HEADS = buildHeadIndex(HEAD_SOURCES, loadHeads(HEAD_SOURCES));

function propose(ctx: TimeContext): Proposal[] {
  const out: Proposal[] = [];
  const text = ctx.text;
  const { at, masks } = HEADS.candidates(text);
  let present = 0;
  for (let k = 0; k < masks.length; k++) present |= masks[k];
  // Rule by rule, as a global scan would: each match is looked for at or after the end of the last.
  for (let ri = 0; ri < RULES.length; ri++) {
    if (ANCHOR_BIT[ri] !== 0 && (present & ANCHOR_BIT[ri]) === 0) continue;
    const r = RULES[ri], re = STICKY[ri], bit = 1 << ri;
    let from = 0, gated = !r.gate;
    for (let k = 0; k < at.length; k++) {
      if ((masks[k] & bit) === 0 || at[k] < from) continue;
      re.lastIndex = at[k];
      const m = re.exec(text);
      if (m === null) continue;
      // The gate is a pure test of the text, so testing it at the rule's first match, not before its
      // scan, keeps the output and skips it for the many articles where the rule matches nothing.
      if (!gated) {
        if (!r.gate!.test(text)) break;
        gated = true;
      }
      from = m.index + Math.max(1, m[0].length);
      addProposal(out, r.build(m, ctx), m, text);
    }
  }
  return out;
}

function addProposal(out: Proposal[], got: ReturnType<Rule['build']>, m: RegExpExecArray, text: string): void {
  if (Array.isArray(got)) {
    out.push(...got);
    return;
  }
  if (!got) return;
  const start = 'start' in got ? got.start : m.index;
  const end = 'end' in got ? got.end : m.index + m[0].length;
  const fz = m.groups?.fz?.toLowerCase();
  const mod = got.mod ?? (fz ? GLUED_PREFIX_MOD[fz] : undefined);
  // Every build returns a fresh object: completing it in place avoids a copy whose spread of
  // many object shapes was a visible share of the stage's time.
  const p = got as Proposal;
  p.start = start;
  p.end = end;
  if (mod) p.mod = mod;
  // "the mid-1990s": the article before a glued prefix belongs to the span too.
  if (fz && start === m.index && /^[a-z]+-\d/i.test(m[0]) && /(?:^|[^A-Za-z])the\s+$/i.test(text.slice(Math.max(0, start - 5), start))) {
    p.start = start - /the\s+$/i.exec(text.slice(Math.max(0, start - 6), start))![0].length;
  }
  out.push(p);
}

/** Longest first, then leftmost; a proposal overlapping a kept one is dropped. */
const rank = (p: Proposal): number => p.rank ?? p.end - p.start;
const byRank = (a: Proposal, b: Proposal): number => rank(b) - rank(a) || a.start - b.start;

function select(props: Proposal[]): Proposal[] {
  // The proposals are this call's own: sorted in place.
  const sorted = props.sort(byRank);
  // Kept spans never overlap, so sorted by start they can be searched by bisection.
  const kept: Proposal[] = [];
  for (const p of sorted) {
    let lo = 0, hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < p.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && kept[lo - 1].end > p.start) continue;
    if (lo < kept.length && kept[lo].start < p.end) continue;
    kept.splice(lo, 0, p);
  }
  return kept;
}

const DAY_VALUE = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;
const CLOCK = /T(?:\d{2}:\d{2}|24:00)$/;

/** "5 p.m. EST, Nov. 6", "noon Saturday", "Friday at 5 p.m." become one TIME on that day. */
function joinClockAndDay(list: Proposal[], text: string): Proposal[] {
  const out: Proposal[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i], b = list[i + 1];
    if (b && (a.type === 'TIME' || b.type === 'TIME') && /^(?:,\s*|\s+)$/.test(text.slice(a.end, b.start))) {
      const [clock, day] = a.type === 'TIME' && CLOCK.test(a.value ?? '') ? [a, b] : [b, a];
      if (clock.type === 'TIME' && CLOCK.test(clock.value ?? '') && day.type === 'DATE' && DAY_VALUE.test(day.value ?? '')) {
        out.push({ start: a.start, end: b.end, type: 'TIME', value: `${day.value}${clock.value!.slice(clock.value!.indexOf('T'))}`, ...(clock.mod ? { mod: clock.mod } : {}) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** "at about 10:35 a.m. (0735 GMT) Friday": a clock time takes the nearest day its sentence names. */
function dateClocks(list: Proposal[], doc: Doc): Proposal[] {
  return list.map((p) => {
    if (!p.clockOnly || !p.value) return p;
    const s = doc.sentences.find((x) => x.start <= p.start && p.start < x.end);
    if (!s) return p;
    let best: Proposal | null = null;
    for (const q of list) {
      if (q === p || q.type !== 'DATE' || !DAY_VALUE.test(q.value ?? '') || q.start < s.start || q.end > s.end) continue;
      if (!best || Math.abs(q.start - p.start) < Math.abs(best.start - p.start)) best = q;
    }
    return best ? { ...p, value: `${best.value}${p.value.slice(p.value.indexOf('T'))}` } : p;
  });
}

// Fuzzy position modifiers TimeBank keeps inside a date's span, and the TIMEX3 mod each gives.
const FUZZY = /(?<![A-Za-z])(?:the\s+(?=(?:early|late|mid)[\s-]+$))?(?<w>early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+close\s+of|end\s+of|the\s+turn\s+of)(?:\s+|-)$/i;

function widenFuzzy(list: Proposal[], text: string): Proposal[] {
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if ((p.type !== 'DATE' && p.type !== 'TIME') || !p.value || p.mod || !fuzzyBefore(text, p.start) || /REF$/.test(p.value)) continue;
    const from = Math.max(0, p.start - 22);
    const m = FUZZY.exec(text.slice(from, p.start));
    if (!m) continue;
    const w = m.groups!.w.toLowerCase().replace(/\s+/g, ' ');
    // "earlier"/"later" only qualify deictic units ("earlier this month", "later today"), not a plain year.
    if ((w === 'earlier' || w === 'later') && !/^(?:this|that|today|tonight|yesterday|tomorrow)/i.test(text.slice(p.start, p.end)) && !/^[A-Z]/.test(text.slice(p.start, p.end))) continue;
    const mod = /early|beginning|start|earlier/.test(w) ? 'START' : /mid|middle/.test(w) ? 'MID' : 'END';
    list[i] = { ...p, start: from + m.index, mod };
  }
  return list;
}

/**
 * Can FUZZY match before `start`? Its words all end in y, e, d, r or f ("early", "late", "mid",
 * "later", "end of"), then a space or hyphen: a test of two characters spares the regex for the
 * many dates after "on" or "in".
 */
function fuzzyBefore(text: string, start: number): boolean {
  let j = start - 1;
  const sep = text.charCodeAt(j);
  if (sep !== 45 && !isSpaceCode(sep)) return false;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  const c = text.charCodeAt(j - 1) | 32;
  return c === 121 || c === 101 || c === 100 || c === 114 || c === 102;
}

/**
 * Earnings reports name their quarter once ("its fiscal first quarter ended Sept. 30") and then say
 * "the quarter", "the latest period", "a year earlier": those refer to the quarter last named, not
 * to the calendar quarter before the DCT that serves as their default.
 */
// How far (characters) a named quarter carries; 300–600 scored alike on TBAQ training text, 150 and 1,000 worse.
const NAMED_QUARTER_REACH = 400;

function followNamedQuarter(list: Proposal[]): Proposal[] {
  let named: { y: number; q: string; at: number } | null = null;
  return list.map((p) => {
    const v = p.value ?? '';
    const m = /^(\d{4})-(Q[1-4])$/.exec(v);
    if (!p.quarterRef) {
      if (m && p.type === 'DATE') named = { y: +m[1], q: m[2], at: p.end };
      return p;
    }
    // Wire digests report on several companies in a row: a quarter named far back belongs to another story.
    if (!named || p.start - named.at > NAMED_QUARTER_REACH) return p;
    const y = p.quarterRef.year ?? named.y + p.quarterRef.yearShift;
    return { ...p, value: `${String(y).padStart(4, '0')}-${named.q}` };
  });
}

/**
 * "that year", "the following month", "later that day" point at the date the story last named, not
 * at the publication date: re-point them when an earlier expression named a fine enough date.
 */
function followStoryDates(list: Proposal[]): Proposal[] {
  let named: Day | null = null, grain: 'day' | 'month' | 'year' = 'year';
  return list.map((p) => {
    if (p.storyRef) {
      const { grain: g, shift } = p.storyRef;
      if (!named || (g === 'day' && grain !== 'day') || (g === 'month' && grain === 'year')) return p;
      const value = g === 'year' ? String(named.y + shift).padStart(4, '0')
        : g === 'month' ? (() => { const t = addMonths(named!, shift); return monthValue(t.y, t.m); })()
          : dayValue(addDays(named, shift));
      return { ...p, value };
    }
    const m = p.type === 'DATE' && !p.quarterRef ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(p.value ?? '') : null;
    if (m) {
      named = { y: +m[1], m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1 };
      grain = m[3] ? 'day' : m[2] ? 'month' : 'year';
    }
    return p;
  });
}

/** Finds and normalises the article's temporal expressions, in text order. */
export function findTimes(doc: Doc): TimeExpr[] {
  if (typeof doc?.text !== 'string' || !doc.text) return [];
  const ctx = makeContext(doc);
  let chosen = select(propose(ctx));
  // Each discourse step runs only when a proposal of its kind is there (most articles have none).
  let time = false, clock = false, quarter = false, story = false;
  for (const p of chosen) {
    if (p.type === 'TIME') time = true;
    if (p.clockOnly) clock = true;
    if (p.quarterRef) quarter = true;
    if (p.storyRef) story = true;
  }
  if (time) chosen = joinClockAndDay(chosen, doc.text);
  if (clock) chosen = dateClocks(chosen, doc);
  chosen = widenFuzzy(chosen, doc.text);
  if (quarter) chosen = followNamedQuarter(chosen);
  if (story) chosen = followStoryDates(chosen);
  const out: TimeExpr[] = new Array(chosen.length);
  for (let i = 0; i < chosen.length; i++) {
    const p = chosen[i];
    const t: TimeExpr = { text: doc.text.slice(p.start, p.end), start: p.start, end: p.end, type: p.type, value: p.value };
    if (p.mod) t.mod = p.mod;
    out[i] = t;
  }
  return out;
}
