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

export interface SentenceSpan {
  start: number;
  end: number;
  /** A line without final punctuation (a headline, a bullet, a heading). */
  headline: boolean;
}

const TERMINAL = /[.!?…]$/;
const CLOSERS = `"'”’»)]`;
const BULLET = /^\s*(?:[•·▪◦‣*]|-(?=\s)|–(?=\s)|\d{1,2}[.)](?=\s))/;

/** Splits text into line blocks, joining hard-wrapped lines. Returns [start, end) ranges. */
function lineBlocks(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push([pos, nl]);
    pos = nl + 1;
  }
  const blocks: Array<[number, number]> = [];
  let cur: [number, number] | null = null;
  for (const [s, e] of lines) {
    const line = text.slice(s, e);
    if (!line.trim()) { if (cur) { blocks.push(cur); cur = null; } continue; }
    if (cur) {
      const prev = text.slice(cur[0], cur[1]).trimEnd();
      const continues = !TERMINAL.test(prev) && !/["”’»)\]:]$/.test(prev) && /^\s*[a-z]/.test(line) && !BULLET.test(line);
      if (continues) { cur[1] = e; continue; }
      blocks.push(cur);
    }
    cur = [s, e];
  }
  if (cur) blocks.push(cur);
  return blocks;
}

/** The word (letters, digits, dots, hyphens) that ends just before `pos`. */
function wordBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && /[\p{L}\p{N}.\-']/u.test(text[i - 1])) i--;
  return text.slice(i, pos);
}

/** The word that starts at `pos` (after any opening quotes or brackets). */
function wordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && /["'“‘«(\[]/.test(text[i])) i++;
  let j = i;
  while (j < text.length && /[\p{L}\p{N}]/u.test(text[j])) j++;
  return text.slice(i, j);
}

/** Does a single period at `dot` (followed by whitespace, then `next`) end the sentence? */
function periodEnds(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/^[.\-']+/, '');
  const lower = bare.toLowerCase();
  const nextLower = next.toLowerCase();
  const opener = OPENERS.has(nextLower);
  if (/^\p{Lu}$/u.test(bare)) {
    // An initial ("John F. Kennedy"); a lone capital at a sentence end is rare in news.
    return false;
  }
  if (TITLES.has(lower)) return false;
  if (MONTHS.has(lower) && /^\d/.test(next)) return false;
  if (isDottedAcronym(bare) || OTHER.has(lower)) return opener && /^\p{Lu}/u.test(next);
  return true;
}

/** Candidate boundaries inside one block; returns end offsets of sentences (exclusive). */
function blockBoundaries(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let sentenceStart = start;
  const re = /(?:\.{2,}|…|[.!?]+)/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    let stop = m.index + m[0].length;
    while (stop < end && CLOSERS.includes(text[stop])) stop++;
    if (stop >= end) break;
    if (!/\s/.test(text[stop])) continue; // "3.5", "U.S.-led", "e.g.," …
    let next = stop;
    while (next < end && /\s/.test(text[next])) next++;
    if (next >= end) break;
    const c = text[next];
    // A sentence starts with a capital, a digit, an opening quote or bracket.
    if (!/[\p{Lu}\p{N}"'“‘«(\[]/u.test(c)) continue;
    if (/[\p{Lt}\p{Lu}]/u.test(c) === false && /[a-z]/.test(wordAfter(text, next).charAt(0))) continue;
    const punct = m[0];
    if (punct === '.' && !periodEnds(text, m.index, wordAfter(text, next))) continue;
    // A list marker ("1. A ceasefire") is not a sentence of its own.
    if (punct === '.' && /^\s*\d{1,2}$/.test(text.slice(sentenceStart, m.index))) continue;
    out.push(stop);
    sentenceStart = stop;
    re.lastIndex = stop;
  }
  return out;
}

function trimmed(text: string, s: number, e: number): [number, number] | null {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return s < e ? [s, e] : null;
}

/** Sentence spans over `text`, in order, never overlapping, whitespace excluded. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const [bs, be] of lineBlocks(text)) {
    let s = bs;
    for (const b of [...blockBoundaries(text, bs, be), be]) {
      const t = trimmed(text, s, b);
      s = b;
      if (!t) continue;
      const body = text.slice(t[0], t[1]);
      const lastChar = body.replace(/["'”’»)\]]+$/, '');
      const headline = b === be && !TERMINAL.test(lastChar) && /\p{L}/u.test(body);
      out.push({ start: t[0], end: t[1], headline });
    }
  }
  return out;
}
