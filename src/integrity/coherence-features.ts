/**
 * @module integrity/coherence-features
 * Signals that a body was stitched from several reports: time anchors that cannot belong to one
 * report (several weekdays, dates days apart, datelines in mid-text), references without an
 * antecedent (a pronoun or definite description whose referent the article never introduced), and
 * abrupt topic jumps (low lexical overlap between the text before and after a sentence boundary;
 * TextTiling, Hearst 1997). The time layer (doc.times) is used when an earlier stage filled it.
 */
import type { TextSpan, TimeExpr } from '../document/types.js';
import { contentStems, memoIdf, stem } from './text.js';
import type { Idf } from './stance-features.js';

export interface CohSentence {
  text: string;
  start: number;
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, 'g');
/** Wire datelines ("BEIRUT (Reuters) -", "DAMASCUS, Syria —") and agency credits past the lead. */
const DATELINE = /^[A-Z][A-Z .,'-]{2,}(?:\s*\([A-Za-z .]+\))?\s*[-–—:]\s|\((?:Reuters|AFP|AP|SANA|UPI|dpa|Xinhua)\)/;
/** "Fri 07 Apr 2017 at 0914": a timestamp header inside the text. */
const TIMESTAMP = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b/;

const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|dozen|\\d+';
/** "the three villages": a counted definite description. */
const COUNTED_DEF = new RegExp(String.raw`\b[Tt]he\s+(?:${NUMBER_WORDS})\s+([a-z]+s)\b`, 'g');
/** Definite descriptions of things a report introduces before it refers back to them. */
const DEF_HEADS = new Set(
  ('district village town city province area region attack strike blast explosion bombing incident raid operation ' +
    'convoy base camp victims attackers gunmen suspects man woman boy girl couple family building hospital school ' +
    'market mosque church bomber shooter vehicle car truck plane helicopter ship boat accident crash fire').split(' '),
);
const DEF = /\b[Tt]he\s+([a-z]+)\b/g;
const PRONOUN_START = /^["“]?(He|She|His|Her)\b/;
const FEMALE = /\b(she|her|hers|woman|girl|mother|wife|daughter|sister|Mrs|Ms|spokeswoman|chairwoman)\b/i;
const MALE = /\b(he|his|him|man|boy|father|husband|son|brother|Mr|spokesman|chairman)\b/i;
/** A named person: a titled name, or a name that speaks ("Omar Haddad said"). */
const PERSON = /\b(?:President|Minister|Gen\.|Col\.|Dr\.?|Governor|Mayor|Sheikh|Judge|Prof\.?|Senator|Rep\.|Chief)\s+\p{Lu}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,?\s(?:said|says|told|added|wrote|stated)\b/u;

export interface CoherenceAnalysis {
  /** Features of each boundary b (between sentence b-1 and b), for b = 1..n-1. */
  boundaries: number[][];
  /** Document-level time features: weekdays, date spread, years, datelines, timestamps, time layer. */
  doc: number[];
  orphans: TextSpan[];
  dates: string[];
  evidence: string[];
}

export const BOUNDARY_FEATURES = [
  'bias', 'window_sim', 'adjacent_sim', 'sim_to_all_before', 'names_after_seen', 'first_names_seen', 'has_names_after',
  'pronoun_orphan', 'def_orphans', 'new_weekday', 'quote_style_change', 'apostrophe_style_change', 'window_sim_low',
  'segment_sim', 'novelty', 'novelty_excess', 'names_before_continue', 'prefix_window_sim',
  'depth', 'gap_x_new_names', 'novelty_x_no_continue', 'win_bin_0', 'win_bin_1', 'win_bin_2',
] as const;

export const DOC_FEATURES = ['weekdays_extra', 'date_spread', 'years_extra', 'datelines', 'timestamps', 'time_values_spread'] as const;

function dayOfYear(month: number, day: number): number {
  return month * 31 + day;
}

type Vec = Map<string, number>;

/** IDF-weighted cosine of two term-frequency maps whose squared norms are given. */
function cosine(a: Vec, b: Vec, idf2: (s: string) => number, na: number, nb: number): number {
  if (!na || !nb) return 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [s, n] of small) {
    const m = big.get(s);
    if (m) dot += n * m * idf2(s);
  }
  return dot / Math.sqrt(na * nb);
}

function sumVec(vs: Vec[]): Vec {
  if (vs.length === 1) return vs[0];
  const m = new Map<string, number>();
  for (const v of vs) for (const [s, n] of v) m.set(s, (m.get(s) ?? 0) + n);
  return m;
}

function norm2(v: Vec, idf2: (s: string) => number): number {
  let n = 0;
  for (const [s, c] of v) n += c * c * idf2(s);
  return n;
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** Capitalised words not at a sentence start: a cheap stand-in for names when doc.entities is empty. */
function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<=[\p{L},;]\s)\p{Lu}[\p{Ll}'’-]{2,}/gu)) out.push(m[0].toLowerCase());
  return out;
}

/** Span in days of the ISO dates in the time layer (YYYY-MM-DD values only). */
function timeSpreadDays(times: readonly TimeExpr[]): number {
  const days = times.map((t) => (t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value) ? Date.parse(t.value) / 86_400_000 : NaN)).filter(Number.isFinite);
  return days.length > 1 ? Math.max(...days) - Math.min(...days) : 0;
}

/** Typographic habits differ between outlets: counts of curly and straight quotes and apostrophes. */
function styleCounts(t: string): number[] {
  let cq = 0, sq = 0, ca = 0, sa = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201c || c === 0x201d) cq++;
    else if (c === 0x22) sq++;
    else if (c === 0x2019 && i > 0 && i + 1 < t.length && isLetter(t, i - 1) && isLetter(t, i + 1)) ca++;
    else if (c === 0x27 && i > 0 && i + 1 < t.length && isLetter(t, i - 1) && isLetter(t, i + 1)) sa++;
  }
  return [cq, sq, ca, sa];
}

function isLetter(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
}

/** Dominant style of a window: sign(curly − straight) for quotes and for apostrophes. */
function styleOf(counts: number[][]): { quote: number; apos: number } {
  let cq = 0, sq = 0, ca = 0, sa = 0;
  for (const c of counts) { cq += c[0]; sq += c[1]; ca += c[2]; sa += c[3]; }
  return { quote: Math.sign(cq - sq), apos: Math.sign(ca - sa) };
}

function sentStyle(c: number[]): { quote: number; apos: number } {
  return styleOf([c]);
}

function styleChange(a: number, b: number): number {
  return a !== 0 && b !== 0 && a !== b ? 1 : 0;
}

export function coherenceFeatures(sents: CohSentence[], rawIdf: Idf, times: readonly TimeExpr[] = []): CoherenceAnalysis {
  const idf = memoIdf(rawIdf);
  const evidence: string[] = [];
  const dates: string[] = [];
  const weekdays = new Set<string>();
  const newWeekday: boolean[] = [];
  const monthDays: number[] = [];
  const years = new Set<string>();
  let datelines = 0;
  let timestamps = 0;
  for (const [i, s] of sents.entries()) {
    let fresh = false;
    for (const m of s.text.matchAll(WEEKDAY)) {
      if (!weekdays.has(m[1])) { fresh = weekdays.size > 0; weekdays.add(m[1]); dates.push(m[1]); }
    }
    newWeekday.push(fresh);
    for (const m of s.text.matchAll(MONTH_DAY)) {
      const mon = (m[1] ?? m[4]).slice(0, 3).toLowerCase();
      const day = Number(m[2] ?? m[3]);
      if (day >= 1 && day <= 31) { monthDays.push(dayOfYear(MONTHS.indexOf(mon), day)); dates.push(m[0]); }
    }
    for (const m of s.text.matchAll(/\b(?:19|20)\d{2}\b/g)) years.add(m[0]);
    if (i > 0 && DATELINE.test(s.text)) { datelines++; evidence.push(`dateline inside the text (sentence ${i})`); }
    if (i > 0 && TIMESTAMP.test(s.text)) { timestamps++; evidence.push(`timestamp inside the text (sentence ${i})`); }
  }
  if (weekdays.size > 2) evidence.push(`${weekdays.size} different weekdays: ${[...weekdays].join(', ')}`);
  const spread = monthDays.length > 1 ? Math.max(...monthDays) - Math.min(...monthDays) : 0;
  if (spread > 7) evidence.push(`dates ${spread} days apart`);

  // References without antecedent, per sentence.
  const orphans: TextSpan[] = [];
  const seen = new Set<string>();
  const defOrphans: number[] = [];
  const pronounOrphan: boolean[] = [];
  const stems = sents.map((s) => contentStems(s.text));
  for (const [i, s] of sents.entries()) {
    let defs = 0;
    let pron = false;
    if (i > 0) {
      for (const m of s.text.matchAll(COUNTED_DEF)) {
        if (!seen.has(stem(m[1]))) { defs++; orphans.push({ text: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length }); }
      }
      for (const m of s.text.matchAll(DEF)) {
        if (DEF_HEADS.has(m[1]) && !seen.has(stem(m[1]))) { defs++; orphans.push({ text: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length }); }
      }
      const p = PRONOUN_START.exec(s.text);
      if (p) {
        // "She added" needs a woman in the two sentences before: a female cue, or a named person
        // whose gender the text does not show. A man alone there (or no one) leaves it orphaned.
        const prev = sents.slice(Math.max(0, i - 2), i).map((x) => x.text).join(' ');
        const female = /^(She|Her)$/.test(p[1]);
        const same = female ? FEMALE.test(prev) : MALE.test(prev);
        const other = female ? MALE.test(prev) : FEMALE.test(prev);
        const person = PERSON.test(prev);
        if (!same && (other || !person)) {
          pron = true;
          const at = s.start + p.index + (p[0].length - p[1].length);
          orphans.push({ text: p[1], start: at, end: at + p[1].length });
        }
      }
    }
    defOrphans.push(defs);
    pronounOrphan.push(pron);
    for (const st of stems[i]) seen.add(st);
  }

  // Per-boundary features: topic (TextTiling windows of three), names, orphans, time, style.
  const idf2 = (x: string): number => idf(x) ** 2;
  const vecs = stems.map((l) => sumVec(l.map((x) => new Map([[x, 1]]))));
  const prefVecs = stems.map((l) => {
    const m = new Map<string, number>();
    for (const x of l) m.set(x.slice(0, 5), (m.get(x.slice(0, 5)) ?? 0) + 1);
    return m;
  });
  const one = (): number => 1;
  const vecNorms = vecs.map((v) => norm2(v, idf2));
  const names = sents.map((s) => namesIn(s.text));
  const styles = sents.map((s) => styleCounts(s.text));
  const namesAfterCount = new Map<string, number>();
  for (const ns of names) for (const n of ns) namesAfterCount.set(n, (namesAfterCount.get(n) ?? 0) + 1);
  for (const n of names[0] ?? []) namesAfterCount.set(n, (namesAfterCount.get(n) ?? 1) - 1);
  const boundaries: number[][] = [];
  const namesBefore = new Set<string>(names[0] ?? []);
  const before = new Map(vecs[0] ?? []);
  const total = sumVec(vecs.length ? vecs : [new Map()]);
  // Novelty of a sentence: IDF mass of its content words never seen earlier in the text.
  const novelty: number[] = [];
  {
    const seenSoFar = new Set<string>();
    for (const l of stems) {
      let all = 0;
      let fresh = 0;
      for (const x of l) { const w = idf(x); all += w; if (!seenSoFar.has(x)) fresh += w; }
      novelty.push(all ? fresh / all : 0);
      for (const x of l) seenSoFar.add(x);
    }
  }
  const totalNorm = norm2(total, idf2);
  const dotWithTotal = vecs.map((v) => {
    let d = 0;
    for (const [st, c] of v) d += c * (total.get(st) ?? 0) * idf2(st);
    return d;
  });
  let beforeNorm = vecNorms[0] ?? 0;
  let dotBT = dotWithTotal[0] ?? 0;
  let restNorm = totalNorm - 2 * dotBT + beforeNorm;
  const suffixNovelty: number[] = new Array(sents.length + 1).fill(0);
  for (let i = sents.length - 1; i >= 0; i--) suffixNovelty[i] = suffixNovelty[i + 1] + novelty[i];
  for (let b = 1; b < sents.length; b++) {
    const left = sumVec(vecs.slice(Math.max(0, b - 3), b));
    const right = sumVec(vecs.slice(b, b + 3));
    const win = cosine(left, right, idf2, norm2(left, idf2), norm2(right, idf2));
    const after = names.slice(b, b + 3).flat();
    const seenAfter = after.length ? after.filter((n) => namesBefore.has(n)).length / after.length : 0;
    const first = names[b];
    const sb = styleOf(styles.slice(Math.max(0, b - 3), b));
    const sa = styleOf(styles.slice(b, b + 3));
    const leftNames = names.slice(Math.max(0, b - 3), b).flat();
    const next2 = sumVec(vecs.slice(b, b + 2));
    const pl = sumVec(prefVecs.slice(Math.max(0, b - 3), b));
    const pr = sumVec(prefVecs.slice(b, b + 3));
    boundaries.push([
      1,
      win,
      cosine(vecs[b - 1], vecs[b], idf2, vecNorms[b - 1], vecNorms[b]),
      cosine(before, next2, idf2, beforeNorm, norm2(next2, idf2)),
      seenAfter,
      first.length ? first.filter((n) => namesBefore.has(n)).length / first.length : 0.5,
      after.length ? 1 : 0,
      pronounOrphan[b] ? 1 : 0,
      Math.min(2, defOrphans[b]),
      newWeekday[b] ? 1 : 0,
      styleChange(sb.quote, sa.quote) || styleChange(sentStyle(styles[b - 1]).quote, sentStyle(styles[b]).quote),
      styleChange(sb.apos, sa.apos),
      win < 0.05 ? 1 : 0,
      // cos(before, total − before), from running dot products (no pass over the vocabulary).
      restNorm > 1e-12 && beforeNorm ? (dotBT - beforeNorm) / Math.sqrt(beforeNorm * restNorm) : 0,
      novelty[b],
      novelty[b] - suffixNovelty[b] / (sents.length - b),
      leftNames.some((n) => (namesAfterCount.get(n) ?? 0) > 0) ? 1 : 0,
      cosine(pl, pr, one, norm2(pl, one), norm2(pr, one)),
    ]);
    for (const n of names[b]) namesBefore.add(n);
    for (const n of names[b]) namesAfterCount.set(n, (namesAfterCount.get(n) ?? 1) - 1);
    let cross = 0;
    for (const [st, c] of vecs[b]) cross += c * (before.get(st) ?? 0) * idf2(st);
    beforeNorm += 2 * cross + vecNorms[b];
    dotBT += dotWithTotal[b];
    restNorm = totalNorm - 2 * dotBT + beforeNorm;
    for (const [st, c] of vecs[b]) before.set(st, (before.get(st) ?? 0) + c);
  }
  // TextTiling depth (Hearst 1997): how far the window similarity dips below the peaks on each side.
  const wins = boundaries.map((x) => x[1]);
  for (const [i, x] of boundaries.entries()) {
    const left = Math.max(...wins.slice(Math.max(0, i - 2), i + 1));
    const right = Math.max(...wins.slice(i, i + 3));
    const continues = x[16];
    x.push(left - wins[i] + (right - wins[i]), (1 - wins[i]) * (1 - x[4]), x[14] * (1 - continues),
      wins[i] < 0.03 ? 1 : 0, wins[i] >= 0.03 && wins[i] < 0.1 ? 1 : 0, wins[i] >= 0.1 && wins[i] < 0.2 ? 1 : 0);
  }
  const doc = [
    Math.max(0, weekdays.size - 1),
    Math.log1p(spread),
    Math.max(0, years.size - 1),
    datelines,
    timestamps,
    Math.log1p(timeSpreadDays(times)),
  ];
  return { boundaries, doc, orphans, dates, evidence };
}
