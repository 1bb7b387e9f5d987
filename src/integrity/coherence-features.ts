/**
 * @module integrity/coherence-features
 * Signals that a body was stitched from several reports: time anchors that cannot belong to one
 * report (several weekdays, dates days apart, datelines in mid-text), references without an
 * antecedent (a pronoun or definite description whose referent the article never introduced), and
 * abrupt topic jumps (low lexical overlap between the text before and after a sentence boundary;
 * TextTiling, Hearst 1997). The time layer (doc.times) is used when an earlier stage filled it.
 */
import type { TextSpan, TimeExpr } from '../document/types.js';
import { stem } from './text.js';
import { nameIds } from './names.js';
import { IdMarks, keyId, lex, ScratchFloats, ScratchInts, STEM_STRIDE, stemColumn, stemIdOf, WORD_STRIDE, wordColumn } from './lexicon.js';
import { freshen, prepareWords, type SentenceWords } from './prepare.js';
import { coarsen, finishIndex, Prefix, Windows, type TopicIndex } from './topic.js';
import { idfOfStem, type Idf } from './stance-features.js';

export interface CohSentence {
  text: string;
  start: number;
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, 'g');
const YEAR = /\b(?:19|20)\d{2}\b/g;
const NONE: RegExpExecArray[] = [];

/**
 * The matches of a global pattern, by exec on the pattern itself: matchAll would build a copy of
 * the pattern (and an iterator) on every call, once per sentence and pattern.
 */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** Wire datelines ("BEIRUT (Reuters) -", "DAMASCUS, Syria —") and agency credits past the lead. */
const DATELINE = /^[A-Z][A-Z .,'-]{2,}(?:\s*\([A-Za-z .]+\))?\s*[-–—:]\s|\((?:Reuters|AFP|AP|SANA|UPI|dpa|Xinhua)\)/;
/**
 * A necessary condition of DATELINE, without the regex: its first branch needs "[A-Z][A-Z .,'-]" at
 * the start, its second an opening parenthesis.
 */
function maybeDateline(t: string): boolean {
  const a = t.charCodeAt(0);
  const b = t.charCodeAt(1);
  const capsStart = a >= 65 && a <= 90 && ((b >= 65 && b <= 90) || b === 0x20 || b === 0x2e || b === 0x2c || b === 0x27 || b === 0x2d);
  return capsStart || t.includes('(');
}

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
/** Openings that lean on the sentence before (pronouns, demonstratives, connectives). */
const ANAPHORIC_START = /^["“]?(?:He|She|It|They|His|Her|Its|Their|This|That|These|Those|But|However|Also|Meanwhile|Still|Yet|And|The same|Such)\b/;
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
  'depth', 'gap_x_new_names', 'novelty_x_no_continue', 'win_bin_0', 'win_bin_1', 'win_bin_2', 'anaphoric_start',
  'window_sim_rel', 'segment_sim_rel', 'window_sim_is_min', 'adjacent_sim_rel', 'sim_to_all_before_rel',
  'names_after_seen_rel', 'novelty_rel', 'prefix_window_sim_rel', 'depth_rel', 'novelty_is_max',
] as const;

/** Boundary features also given relative to the article's mean (the *_rel features). */
const REL = [2, 3, 4, 14, 17, 18];

export const DOC_FEATURES = ['weekdays_extra', 'date_spread', 'years_extra', 'datelines', 'timestamps', 'time_values_spread'] as const;

function dayOfYear(month: number, day: number): number {
  return month * 31 + day;
}

/** Counts of curly and straight quotes, and of curly and straight apostrophes between letters. */
function styleCounts(t: string): number[] {
  const quotes = (ch: string): number => { let k = 0; for (let i = t.indexOf(ch); i >= 0; i = t.indexOf(ch, i + 1)) k++; return k; };
  const apostrophes = (ch: string): number => {
    let k = 0;
    for (let i = t.indexOf(ch); i >= 0; i = t.indexOf(ch, i + 1)) if (i > 0 && i + 1 < t.length && isLetter(t, i - 1) && isLetter(t, i + 1)) k++;
    return k;
  };
  return [quotes('“') + quotes('”'), quotes('"'), apostrophes('’'), apostrophes("'")];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The time layer's ISO dates (YYYY-MM-DD values only), in one pass: the DATE values not yet in
 * `dates` are added to it, and the span in days of all of them is returned.
 */
function layerDates(times: readonly TimeExpr[], dates: string[]): number {
  let n = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of times) {
    if (!t.value || !ISO_DATE.test(t.value)) continue;
    if (t.type === 'DATE' && !dates.includes(t.value)) dates.push(t.value);
    const day = Date.parse(t.value) / 86_400_000;
    if (!Number.isFinite(day)) continue;
    n++;
    if (day < lo) lo = day;
    if (day > hi) hi = day;
  }
  return n > 1 ? hi - lo : 0;
}

function isLetter(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
}

/** Dominant style of the sentences [from, to): sign(curly − straight) for quotes and for apostrophes. */
function styleOf(counts: number[][], from: number, to: number): { quote: number; apos: number } {
  let cq = 0, sq = 0, ca = 0, sa = 0;
  for (let i = from; i < to; i++) { const c = counts[i]; cq += c[0]; sq += c[1]; ca += c[2]; sa += c[3]; }
  return { quote: Math.sign(cq - sq), apos: Math.sign(ca - sa) };
}

function styleChange(a: number, b: number): number {
  return a !== 0 && b !== 0 && a !== b ? 1 : 0;
}

/** Layers of earlier stages, when they ran: the time layer and person entities. */
export interface CoherenceLayers {
  times?: readonly TimeExpr[];
  /** Spans of PER entities (from doc.entities). */
  persons?: ReadonlyArray<{ start: number; end: number }>;
  /**
   * Entities of every label, when `persons` is absent: their PER spans are the persons. They are
   * read only when a sentence opens with a pronoun the text before does not explain, so most
   * documents never filter them.
   */
  entities?: ReadonlyArray<{ label: string; start: number; end: number }>;
}

/**
 * Per word, which patterns could match in a sentence holding it (each bit a necessary condition,
 * so a sentence without the bit skips the pattern): a weekday or month name inside the word, an
 * ASCII digit, a DEF_HEADS noun as DEF can capture it ([a-z]+ up to a word boundary), a word
 * ending in "the", a count COUNTED_DEF accepts.
 */
const CUE_WEEKDAY = 1, CUE_MONTH = 2, CUE_DIGIT = 4, CUE_DEF_HEAD = 8, CUE_THE = 16, CUE_COUNT = 32;
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const COUNT_WORDS = new Set(NUMBER_WORDS.split('|').slice(0, -1));
const MONTH_STEM = new RegExp(MONTH_STEMS.join('|'));
const CUES = wordColumn((w) => {
  let b = 0;
  if (w.includes('day') && WEEKDAY_NAMES.some((d) => w.includes(d))) b |= CUE_WEEKDAY;
  if (MONTH_STEM.test(w)) b |= CUE_MONTH;
  if (/[0-9]/.test(w)) b |= CUE_DIGIT;
  // DEF captures a head only up to a word boundary: the heads are [a-z]+, so the word qualifies
  // exactly when its leading run of [a-z0-9_] is a head (one set lookup instead of one per head).
  if (DEF_HEADS.has((/^[a-z0-9_]*/.exec(w) as RegExpExecArray)[0])) b |= CUE_DEF_HEAD;
  if (w.endsWith('the')) b |= CUE_THE;
  if (COUNT_WORDS.has(w) || /^[0-9]+$/.test(w)) b |= CUE_COUNT;
  return b;
});

/** Per stem: its 5-letter prefix as a key (the coarse topic index). */
const PREFIX5 = stemColumn((s) => keyId('5:' + s.slice(0, 5)));
const seen = new IdMarks();
/**
 * Per-call arrays (slots: local stem ids, prefix keys, name counts, names seen, ids seen, the
 * index's ids and terms, cue bits per word) and the index's weights.
 */
const scratch = new ScratchInts();
const weights = new ScratchFloats();

/**
 * The topic index of the sentences `pick` of a prepared text: their stems renumbered in order of
 * first appearance over those sentences, IDF-weighted; `terms` gives each id's global stem. Both
 * live in scratch buffers until the next call.
 */
function sentenceIndex(pre: SentenceWords, pick: readonly number[], idf: Idf): { ix: TopicIndex; terms: Int32Array } {
  const nLocal = pre.stemVocab.length;
  const local = scratch.get(0, nLocal, -1);
  // At most one id per distinct stem of the text.
  const terms = scratch.buffer(6, nLocal);
  const w = weights.buffer(0, nLocal);
  let size = 0;
  let total = 0;
  for (const i of pick) total += pre.stemStart[i + 1] - pre.stemStart[i];
  const ids = scratch.buffer(5, total);
  const off = new Int32Array(pick.length + 1);
  let n = 0;
  for (let s = 0; s < pick.length; s++) {
    off[s] = n;
    for (let j = pre.stemStart[pick[s]]; j < pre.stemStart[pick[s] + 1]; j++) {
      const t = pre.stem[j];
      let k = local[t];
      if (k < 0) {
        k = local[t] = size++;
        terms[k] = pre.stemVocab[t];
        w[k] = idfOfStem(idf, pre.stemVocab[t]);
      }
      ids[n++] = k;
    }
  }
  off[pick.length] = n;
  return { ix: finishIndex(ids, off, w, size), terms };
}

/**
 * `prepared`, when given, holds the words of a list of sentences of which `pick` are `sents`
 * (the stage prepares every sentence once for all checks); otherwise `sents` are prepared here.
 */
export function coherenceFeatures(sents: CohSentence[], idf: Idf, layers: CoherenceLayers = {}, prepared?: SentenceWords, pick?: readonly number[]): CoherenceAnalysis {
  const times = layers.times ?? [];
  const persons = layers.persons;
  const entities = layers.entities ?? [];
  const personWithin = (from: number, to: number): boolean => (persons
    ? persons.some((p) => p.start >= from && p.end <= to)
    : entities.some((e) => e.label === 'PER' && e.start >= from && e.end <= to));
  const pre = prepared ? freshen(prepared) : prepareWords(sents.map((s) => s.text));
  const chosen = prepared && pick ? pick : sents.map((_, i) => i);
  const { ix, terms } = sentenceIndex(pre, chosen, idf);
  const { rec, stemRec } = lex;
  const CF = CUES.field;
  // Cue bits per distinct word first (one lexicon record each), then per sentence from its local ids.
  const nVocab = pre.vocab.length;
  const vocabCues = scratch.buffer(7, nVocab);
  for (let k = 0; k < nVocab; k++) vocabCues[k] = rec[pre.vocab[k] * WORD_STRIDE + CF];
  const cues = chosen.map((si) => {
    let b = 0;
    for (let j = pre.wordStart[si]; j < pre.wordStart[si + 1]; j++) b |= vocabCues[pre.local[j]];
    return b;
  });
  const evidence: string[] = [];
  const dates: string[] = [];
  const weekdays = new Set<string>();
  const newWeekday: boolean[] = [];
  const monthDays: number[] = [];
  const years = new Set<string>();
  let datelines = 0;
  let timestamps = 0;
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i];
    let fresh = false;
    const digits = (cues[i] & CUE_DIGIT) !== 0;
    for (const m of cues[i] & CUE_WEEKDAY ? matches(WEEKDAY, s.text) : NONE) {
      if (!weekdays.has(m[1])) { fresh = weekdays.size > 0; weekdays.add(m[1]); dates.push(m[1]); }
    }
    newWeekday.push(fresh);
    for (const m of digits && cues[i] & CUE_MONTH ? matches(MONTH_DAY, s.text) : NONE) {
      const mon = (m[1] ?? m[4]).slice(0, 3).toLowerCase();
      const day = Number(m[2] ?? m[3]);
      if (day >= 1 && day <= 31) { monthDays.push(dayOfYear(MONTHS.indexOf(mon), day)); dates.push(m[0]); }
    }
    if (digits) for (const m of matches(YEAR, s.text)) years.add(m[0]);
    if (i > 0 && maybeDateline(s.text) && DATELINE.test(s.text)) { datelines++; evidence.push(`dateline inside the text (sentence ${i})`); }
    if (i > 0 && digits && TIMESTAMP.test(s.text)) { timestamps++; evidence.push(`timestamp inside the text (sentence ${i})`); }
  }
  if (weekdays.size > 2) evidence.push(`${weekdays.size} different weekdays: ${[...weekdays].join(', ')}`);
  const spread = monthDays.length > 1 ? Math.max(...monthDays) - Math.min(...monthDays) : 0;
  if (spread > 7) evidence.push(`dates ${spread} days apart`);
  // The time layer, when present, resolves what the patterns above cannot ("on Monday" → a date).
  const layerSpread = layerDates(times, dates);
  if (layerSpread > 7) evidence.push(`time layer: dates ${layerSpread} days apart`);

  // References without antecedent, per sentence.
  const orphans: TextSpan[] = [];
  seen.clear();
  const seenStem = (w: string): boolean => seen.has(stemIdOf(stem(w)));
  const defOrphans: number[] = [];
  const pronounOrphan: boolean[] = [];
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i];
    let defs = 0;
    let pron = false;
    if (i > 0) {
      for (const m of (cues[i] & (CUE_THE | CUE_COUNT)) === (CUE_THE | CUE_COUNT) ? matches(COUNTED_DEF, s.text) : NONE) {
        if (!seenStem(m[1])) { defs++; orphans.push({ text: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length }); }
      }
      for (const m of cues[i] & CUE_DEF_HEAD ? matches(DEF, s.text) : NONE) {
        if (DEF_HEADS.has(m[1]) && !seenStem(m[1])) { defs++; orphans.push({ text: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length }); }
      }
      const p = PRONOUN_START.exec(s.text);
      if (p) {
        // "She added" needs a woman in the two sentences before: a female cue, or a named person
        // whose gender the text does not show. A man alone there (or no one) leaves it orphaned.
        const prev = sents.slice(Math.max(0, i - 2), i).map((x) => x.text).join(' ');
        const female = /^(She|Her)$/.test(p[1]);
        const same = female ? FEMALE.test(prev) : MALE.test(prev);
        const other = female ? MALE.test(prev) : FEMALE.test(prev);
        const from = sents[Math.max(0, i - 2)].start;
        const person = PERSON.test(prev) || personWithin(from, s.start);
        if (!same && (other || !person)) {
          pron = true;
          const at = s.start + p.index + (p[0].length - p[1].length);
          orphans.push({ text: p[1], start: at, end: at + p[1].length });
        }
      }
    }
    defOrphans.push(defs);
    pronounOrphan.push(pron);
    for (let j = ix.off[i]; j < ix.off[i + 1]; j++) seen.add(terms[ix.ids[j]]);
  }

  // Per-boundary features: topic (TextTiling windows of three), names, orphans, time, style.
  const P5 = PREFIX5.field;
  const keys = scratch.buffer(1, ix.size);
  for (let k = 0; k < ix.size; k++) keys[k] = stemRec[terms[k] * STEM_STRIDE + P5];
  const pix = coarsen(ix, keys);
  const win = new Windows(ix);
  const pwin = new Windows(pix);
  const n = sents.length;
  // Names as small per-document ids: how often each occurs from here on, and whether seen before.
  const { ids: names, count: nameCount } = nameIds(sents.map((s) => s.text));
  const styles = sents.map((s) => styleCounts(s.text));
  const namesAfterCount = scratch.get(2, nameCount);
  for (const ns of names) for (const nm of ns) namesAfterCount[nm]++;
  const namesBefore = scratch.get(3, nameCount);
  for (const nm of names[0] ?? []) { namesAfterCount[nm]--; namesBefore[nm] = 1; }
  // Novelty of a sentence: IDF mass of its content words never seen earlier in the text.
  const novelty: number[] = [];
  const seenIds = scratch.get(4, ix.size);
  for (let s = 0; s < n; s++) {
    let all = 0;
    let fresh = 0;
    for (let j = ix.off[s]; j < ix.off[s + 1]; j++) { const k = ix.ids[j]; all += ix.w[k]; if (!seenIds[k]) fresh += ix.w[k]; }
    novelty.push(all ? fresh / all : 0);
    for (let j = ix.off[s]; j < ix.off[s + 1]; j++) seenIds[ix.ids[j]] = 1;
  }
  const suffixNovelty = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) suffixNovelty[i] = suffixNovelty[i + 1] + novelty[i];
  const boundaries: number[][] = [];
  const prefix = new Prefix(ix);
  if (n) prefix.add(0);
  for (let b = 1; b < n; b++) {
    const l0 = Math.max(0, b - 3);
    const r1 = Math.min(n, b + 3);
    const w = win.cosine(l0, b, b, r1);
    let afterN = 0;
    let afterSeen = 0;
    for (let j = b; j < r1; j++) for (const nm of names[j]) { afterN++; afterSeen += namesBefore[nm]; }
    const seenAfter = afterN ? afterSeen / afterN : 0;
    const first = names[b];
    const sb = styleOf(styles, l0, b);
    const sa = styleOf(styles, b, r1);
    let continues = 0;
    for (let j = l0; j < b && !continues; j++) for (const nm of names[j]) if (namesAfterCount[nm] > 0) { continues = 1; break; }
    let firstSeen = 0;
    for (const nm of first) firstSeen += namesBefore[nm];
    boundaries.push([
      1,
      w,
      win.cosine(b - 1, b, b, b + 1),
      prefix.cosWith(b, Math.min(n, b + 2)),
      seenAfter,
      first.length ? firstSeen / first.length : 0.5,
      afterN ? 1 : 0,
      pronounOrphan[b] ? 1 : 0,
      Math.min(2, defOrphans[b]),
      newWeekday[b] ? 1 : 0,
      styleChange(sb.quote, sa.quote) || styleChange(styleOf(styles, b - 1, b).quote, styleOf(styles, b, b + 1).quote),
      styleChange(sb.apos, sa.apos),
      w < 0.05 ? 1 : 0,
      prefix.cosRest(),
      novelty[b],
      novelty[b] - suffixNovelty[b] / (n - b),
      continues,
      pwin.cosine(l0, b, b, r1, null),
      // Room for the features filled below (depth, bins, relative ones): rows never grow.
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    for (const nm of names[b]) { namesBefore[nm] = 1; namesAfterCount[nm]--; }
    prefix.add(b);
  }
  // TextTiling depth (Hearst 1997): how far the window similarity dips below the peaks on each side.
  const wins = boundaries.map((x) => x[1]);
  for (let i = 0; i < boundaries.length; i++) {
    const x = boundaries[i];
    let left = -Infinity;
    for (let j = Math.max(0, i - 2); j <= i; j++) left = Math.max(left, wins[j]);
    let right = -Infinity;
    for (let j = i; j < Math.min(wins.length, i + 3); j++) right = Math.max(right, wins[j]);
    const continues = x[16];
    x[18] = left - wins[i] + (right - wins[i]);
    x[19] = (1 - wins[i]) * (1 - x[4]);
    x[20] = x[14] * (1 - continues);
    x[21] = wins[i] < 0.03 ? 1 : 0;
    x[22] = wins[i] >= 0.03 && wins[i] < 0.1 ? 1 : 0;
    x[23] = wins[i] >= 0.1 && wins[i] < 0.2 ? 1 : 0;
    x[24] = ANAPHORIC_START.test(sents[i + 1].text) ? 1 : 0;
  }
  // Relative to the article's own boundaries: same-topic reports (one war, one city) share
  // vocabulary, so a join shows as a dip below the article's usual cohesion, not as a low value.
  const meanOf = (j: number): number => boundaries.reduce((a, x) => a + x[j], 0) / Math.max(1, boundaries.length);
  const meanWin = meanOf(1);
  const meanSeg = meanOf(13);
  const minWin = Math.min(...wins);
  const rel = REL.map(meanOf);
  const maxNovelty = Math.max(...boundaries.map((x) => x[14]));
  for (const x of boundaries) {
    x[25] = x[1] - meanWin;
    x[26] = x[13] - meanSeg;
    x[27] = x[1] === minWin ? 1 : 0;
    for (let i = 0; i < REL.length; i++) x[28 + i] = x[REL[i]] - rel[i];
    x[28 + REL.length] = x[14] === maxNovelty ? 1 : 0;
  }
  const doc = [
    Math.max(0, weekdays.size - 1),
    Math.log1p(spread),
    Math.max(0, years.size - 1),
    datelines,
    timestamps,
    Math.log1p(layerSpread),
  ];
  return { boundaries, doc, orphans, dates, evidence };
}
