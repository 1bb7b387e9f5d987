/**
 * @module segment/sentences
 * Sentence boundaries for news text, as spans over the original string.
 *
 * Lines come first: a line break ends a sentence (headlines, bullets and datelined paragraphs each
 * stand on their own line in wire copy) unless the line is hard-wrapped prose, i.e. it ends without
 * terminal punctuation and the next line starts in lower case. Within a line, a candidate boundary
 * is terminal punctuation, optional closing quotes or brackets, whitespace, and a sentence-like
 * start; titles, initials, month abbreviations before a day, and dotted acronyms ("U.S.") veto it
 * unless a typical sentence opener follows.
 */
import { isDottedAcronym, MONTHS, OPENERS, OTHER, TITLES } from './abbreviations.js';
import { isSpace, LETTER, NUMERAL, pointAt, TITLE, UPPER, unitClass } from './chars.js';

export interface SentenceSpan {
  start: number;
  end: number;
  /** A line without final punctuation (a headline, a bullet, a heading). */
  headline: boolean;
}

const CLOSERS = `"'”’»)]`;
const OPENING = `"'“‘«([`;

/** Is the code unit one of . ! ? … (terminal punctuation)? */
function isTerminal(u: number): boolean {
  return u === 46 || u === 33 || u === 63 || u === 0x2026;
}

/**
 * Splits text into line blocks, joining hard-wrapped lines: a line continues the block when the
 * block does not end in terminal punctuation, a closing quote or bracket, or a colon, and the line
 * starts (after spaces) with a lower-case letter, which also rules out a bullet. Returns
 * [start, end) ranges as a flat list of pairs.
 */
function lineBlocks(text: string): number[] {
  const blocks: number[] = [];
  let curStart = -1;
  let curEnd = -1;
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const s = pos;
    const e = nl;
    pos = nl + 1;
    let first = s;
    while (first < e && isSpace(text.charCodeAt(first))) first++;
    if (first === e) {
      if (curStart >= 0) blocks.push(curStart, curEnd);
      curStart = -1;
      continue;
    }
    if (curStart >= 0) {
      let last = curEnd - 1;
      while (last > curStart && isSpace(text.charCodeAt(last))) last--;
      const lc = text.charCodeAt(last);
      const fc = text.charCodeAt(first);
      const continues = !isTerminal(lc) && !`"”’»)]:`.includes(text[last]) && fc >= 97 && fc <= 122;
      if (continues) {
        curEnd = e;
        continue;
      }
      blocks.push(curStart, curEnd);
    }
    curStart = s;
    curEnd = e;
  }
  if (curStart >= 0) blocks.push(curStart, curEnd);
  return blocks;
}

/** The word (letters, digits, dots, hyphens) that ends just before `pos`. */
function wordBefore(text: string, pos: number): string {
  let i = pos;
  for (; i > 0; i--) {
    const u = text.charCodeAt(i - 1);
    if (!(u === 46 || u === 45 || u === 39 || (unitClass(u) & (LETTER | NUMERAL)) !== 0)) break;
  }
  return text.slice(i, pos);
}

/** Where the word after `pos` starts: past any opening quotes or brackets. */
function afterOpeners(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && OPENING.includes(text[i])) i++;
  return i;
}

/** The word that starts at `pos` (after any opening quotes or brackets). */
function wordAfter(text: string, pos: number): string {
  const i = afterOpeners(text, pos);
  let j = i;
  while (j < text.length && (unitClass(text.charCodeAt(j)) & (LETTER | NUMERAL)) !== 0) j++;
  return text.slice(i, j);
}

// The longest entry of TITLES, MONTHS and OTHER ("brig.-gen"): a longer word without a period
// inside is none of them, nor a dotted acronym, nor an initial, so it ends the sentence.
const LONGEST_ABBREVIATION = Math.max(...[...TITLES, ...MONTHS, ...OTHER].map((w) => w.length));

/** Does a single period at `dot` (followed by whitespace, then the word that starts at `next`) end the sentence? */
function periodEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const c0 = word.charCodeAt(0);
  // Most sentences end in a plain word: no prefix to strip, too long to be an abbreviation.
  if (word.length > LONGEST_ABBREVIATION && c0 !== 46 && c0 !== 45 && c0 !== 39 && !word.includes('.')) return true;
  const bare = word.replace(/^[.\-']+/, '');
  if (/^\p{Lu}$/u.test(bare)) {
    // An initial ("John F. Kennedy"); a lone capital at a sentence end is rare in news.
    return false;
  }
  const lower = bare.toLowerCase();
  if (TITLES.has(lower)) return false;
  if (MONTHS.has(lower) && /^\d/.test(wordAfter(text, next))) return false;
  if (isDottedAcronym(bare) || OTHER.has(lower)) {
    const after = wordAfter(text, next);
    return OPENERS.has(after.toLowerCase()) && /^\p{Lu}/u.test(after);
  }
  return true;
}

/** Is text[from, to) a list marker: optional white space, then one or two ASCII digits ("1. A ceasefire")? */
function isListMarker(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  const n = to - i;
  if (n < 1 || n > 2) return false;
  for (; i < to; i++) {
    const u = text.charCodeAt(i);
    if (u < 48 || u > 57) return false;
  }
  return true;
}

/**
 * End of the run of terminal punctuation that starts at `i` (a . ! ? or …), as the regular
 * expression /\.{2,}|…|[.!?]+/ reads it: two or more periods alone, an ellipsis character alone,
 * else any run of . ! and ?.
 */
function terminalRunEnd(text: string, i: number): number {
  const u = text.charCodeAt(i);
  let j = i + 1;
  if (u === 0x2026) return j;
  if (u === 46 && text.charCodeAt(j) === 46) {
    while (text.charCodeAt(j) === 46) j++;
    return j;
  }
  for (let v = text.charCodeAt(j); v === 46 || v === 33 || v === 63; v = text.charCodeAt(++j));
  return j;
}

const TERMINALS = ['.', '!', '?', '\u2026'];

/**
 * The next terminal punctuation mark (. ! ? …) of a text, found with String.prototype.indexOf per
 * mark: the native search measured about five times faster per character than a charCodeAt loop
 * over the text (which was most of the sentence splitter's time), and no match object per period
 * as a global regex has. Each mark's next position is kept until the scan passes it, so the text
 * is searched about once per mark. Queries must not go backwards (one restarts the search).
 */
class TerminalFinder {
  /** Per mark: its first position at or after the last query, or -1 when there is none. */
  private readonly next = [0, 0, 0, 0];
  private last = 0;
  constructor(private readonly text: string) {
    for (let k = 0; k < 4; k++) this.next[k] = text.indexOf(TERMINALS[k]);
  }

  /** The first terminal mark in text[from, end), or `end` when there is none. */
  find(from: number, end: number): number {
    if (from < this.last) for (let k = 0; k < 4; k++) this.next[k] = this.text.indexOf(TERMINALS[k], from);
    this.last = from;
    let at = end;
    for (let k = 0; k < 4; k++) {
      let p = this.next[k];
      if (p >= 0 && p < from) this.next[k] = p = this.text.indexOf(TERMINALS[k], from);
      if (p >= 0 && p < at) at = p;
    }
    return at;
  }
}

/** Candidate boundaries inside one block; returns end offsets of sentences (exclusive). */
function blockBoundaries(text: string, start: number, end: number, out: number[], terminals: TerminalFinder): void {
  let sentenceStart = start;
  // A search for terminal punctuation instead of a global regex: no match object per period.
  for (let pos = start; pos < end; ) {
    const at = terminals.find(pos, end);
    if (at >= end) break;
    const runEnd = terminalRunEnd(text, at);
    pos = runEnd;
    let stop = runEnd;
    while (stop < end && CLOSERS.includes(text[stop])) stop++;
    if (stop >= end) break;
    if (!isSpace(text.charCodeAt(stop))) continue; // "3.5", "U.S.-led", "e.g.," …
    let next = stop;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    if (next >= end) break;
    // A sentence starts with a capital, a digit, an opening quote or bracket.
    const cls = unitClass(text.charCodeAt(next));
    if ((cls & (UPPER | NUMERAL)) === 0 && !OPENING.includes(text[next])) continue;
    if ((cls & (UPPER | TITLE)) === 0) {
      // A digit or an opening quote: not when the word after it starts in lower case.
      const w = text.charCodeAt(afterOpeners(text, next));
      if (w >= 97 && w <= 122) continue;
    }
    if (runEnd - at === 1 && text.charCodeAt(at) === 46) {
      if (!periodEnds(text, at, next)) continue;
      // A list marker ("1. A ceasefire") is not a sentence of its own.
      if (isListMarker(text, sentenceStart, at)) continue;
    }
    out.push(stop);
    sentenceStart = stop;
    pos = stop;
  }
}

/** Is there a letter in text[s, e)? */
function hasLetter(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((pointAt(text, i, e) >> 2) & LETTER) return true;
  return false;
}

/** Sentence spans over `text`, in order, never overlapping, whitespace excluded. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const blocks = lineBlocks(text);
  const bounds: number[] = [];
  const terminals = new TerminalFinder(text);
  for (let k = 0; k < blocks.length; k += 2) {
    const bs = blocks[k];
    const be = blocks[k + 1];
    bounds.length = 0;
    blockBoundaries(text, bs, be, bounds, terminals);
    bounds.push(be);
    let s = bs;
    for (const b of bounds) {
      let ts = s;
      let te = b;
      s = b;
      while (ts < te && isSpace(text.charCodeAt(ts))) ts++;
      while (te > ts && isSpace(text.charCodeAt(te - 1))) te--;
      if (ts >= te) continue;
      let headline = false;
      if (b === be) {
        // A line without final punctuation (before any closing quotes) that has a letter.
        let last = te;
        while (last > ts && CLOSERS.includes(text[last - 1])) last--;
        headline = (last === ts || !isTerminal(text.charCodeAt(last - 1))) && hasLetter(text, ts, te);
      }
      out.push({ start: ts, end: te, headline });
    }
  }
  return out;
}
