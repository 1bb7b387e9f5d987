/**
 * @module segment/tokens
 * Tokens as spans, close to CoNLL-2003's (Penn-style) conventions so that models trained there
 * see familiar units: "U.S." and "Gen." keep their period, "100,000" and "3.5" stay whole,
 * possessive "'s" and "n't" split off, every other punctuation mark stands alone.
 *
 * The rules, tried in order at each non-space character (the first that matches wins):
 *   url    https?://… or www.… up to a space, quote, angle bracket or parenthesis
 *   acro   two or more "letter." pairs not followed by a letter ("U.S.", "U.N.")
 *   num    an ISO date, or digits with inner [.,:/] groups and an optional %, st, nd, rd, th or s
 *          suffix, not followed by a letter or digit (the longest such reading)
 *   word   letters, marks and numerals, joined by inner ' ’ or -, with an optional final period
 *   ell    two or more periods or hyphens
 *   punct  one Unicode punctuation character; sym: any other non-space character
 * They used to be one regular expression with named groups; profiling `segment` inside the
 * pipeline showed the match arrays and group objects as its main cost, so this is a hand-written
 * scanner over character classes, with the same results (checked on FA-KES, FNC-1, LGL and CASE).
 */
import type { Token, TokenKind } from '../document/types.js';
import { isDottedAcronym, MONTHS, OTHER, TITLES } from './abbreviations.js';
import { LETTER, MARK, NUMERAL, pointAt, PUNCT, SPACE, unitClass } from './chars.js';

export interface TokenSpan {
  start: number;
  end: number;
  kind: TokenKind;
}

function isDigit(u: number): boolean {
  return u >= 48 && u <= 57;
}

function apostrophe(u: number): boolean {
  return u === 39 || u === 0x2019;
}
const WORDISH = LETTER | MARK | NUMERAL;
/** The class bits of the ASCII characters, read straight in the word loop (no surrogate checks). */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, u) => unitClass(u));
const KIND_NAMES: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol'];
const WORD = 0;
const NUMBER = 1;
const PUNCTUATION = 2;
const SYMBOL = 3;

// The longest entry of TITLES, MONTHS and OTHER ("brig.-gen").
const LONGEST_ABBREVIATION = Math.max(...[...TITLES, ...MONTHS, ...OTHER].map((w) => w.length));

/** Should the trailing period of the word text[s, e) stay part of it? `end`: the end of the sentence. */
function keepsPeriod(text: string, s: number, e: number, end: number): boolean {
  // Most words before a period end a sentence: longer than any abbreviation and without a period
  // inside, such a word is none, nor an initial or a dotted acronym (no slice, no lower-casing).
  if (e - 1 - s > LONGEST_ABBREVIATION) {
    let dot = false;
    for (let j = s; j < e - 1 && !dot; j++) dot = text.charCodeAt(j) === 46;
    if (!dot) return false;
  }
  const bare = text.slice(s, e - 1);
  const lower = bare.toLowerCase();
  if (TITLES.has(lower) || MONTHS.has(lower)) return true;
  const atEnd = e === end || onlyClosersAfter(text, e, end);
  if (/^\p{Lu}$/u.test(bare)) return !atEnd; // an initial
  if (OTHER.has(lower) || isDottedAcronym(bare)) return !atEnd;
  return false;
}

/** End of a URL starting at i, before trailing sentence punctuation, or -1. */
function urlEnd(text: string, i: number, end: number): number {
  let j: number;
  if (text.startsWith('http://', i)) j = i + 7;
  else if (text.startsWith('https://', i)) j = i + 8;
  else if (text.startsWith('www.', i)) j = i + 4;
  else return -1;
  const body = j;
  while (j < end) {
    const u = text.charCodeAt(j);
    if (u === 34 || u === 39 || u === 60 || u === 62 || u === 40 || u === 41 || (unitClass(u) & SPACE) !== 0) break;
    j++;
  }
  if (j === body || j > end) return -1;
  // A trailing period or comma belongs to the sentence, not the address.
  while (j > i && ',.;:!?'.includes(text[j - 1])) j--;
  return j;
}

/** End of a dotted acronym ("U.S.") starting at i, or -1. */
function acronymEnd(text: string, i: number, end: number): number {
  const second = text.charCodeAt(i + 1);
  // Most words: a BMP letter not followed by a period.
  if (second !== 46 && (second < 0xdc00 || second > 0xdfff)) return -1;
  let j = i;
  let pairs = 0;
  for (;;) {
    if (j >= end) break;
    const p = pointAt(text, j, end);
    if (((p >> 2) & LETTER) === 0) break;
    const dot = j + (p & 3);
    if (dot >= end || text.charCodeAt(dot) !== 46) break;
    j = dot + 1;
    pairs++;
  }
  if (pairs < 2) return -1;
  return j < end && ((pointAt(text, j, end) >> 2) & LETTER) !== 0 ? -1 : j;
}

/** Is position j free of a following letter or ASCII digit (the number rule's look-ahead)? */
function numberMayEnd(text: string, j: number, end: number): boolean {
  if (j >= end) return true;
  const u = text.charCodeAt(j);
  return !isDigit(u) && ((pointAt(text, j, end) >> 2) & LETTER) === 0;
}

const SUFFIXES = ['%', 'st', 'nd', 'rd', 'th', 's'];

/** End of a number starting at digit i, or -1: the reading the regular expression chose. */
function numberEnd(text: string, i: number, end: number): number {
  // An ISO date (no look-ahead: it always stands).
  if (i + 10 <= end && text.charCodeAt(i + 4) === 45 && text.charCodeAt(i + 7) === 45) {
    let ok = true;
    for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(text.charCodeAt(i + k))) ok = false;
    if (ok) return i + 10;
  }
  // Digit runs are taken whole (a shorter run leaves a digit next, which no reading accepts);
  // backtracking tries fewer [.,:/] groups, then each suffix, then none.
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  const ends = [j];
  for (;;) {
    const u = text.charCodeAt(j);
    if (j + 1 >= end || !(u === 46 || u === 44 || u === 58 || u === 47) || !isDigit(text.charCodeAt(j + 1))) break;
    j += 1;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
    ends.push(j);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const e = ends[k];
    for (const s of SUFFIXES) {
      if (e + s.length <= end && text.startsWith(s, e) && numberMayEnd(text, e + s.length, end)) return e + s.length;
    }
    if (numberMayEnd(text, e, end)) return e;
  }
  return -1;
}

/** Token spans found by the last scan: start, end and kind per token, reused between calls. */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let kinds = new Uint8Array(1024);
let count = 0;

function push(s: number, e: number, kind: number): void {
  if (count === starts.length) {
    const s2 = new Int32Array(count * 2);
    const e2 = new Int32Array(count * 2);
    const k2 = new Uint8Array(count * 2);
    s2.set(starts);
    e2.set(ends);
    k2.set(kinds);
    starts = s2;
    ends = e2;
    kinds = k2;
  }
  starts[count] = s;
  ends[count] = e;
  kinds[count] = kind;
  count++;
}

/** Is the rest of text[e, end) only spaces and closing quotes or brackets? */
function onlyClosersAfter(text: string, e: number, end: number): boolean {
  let i = e;
  while (i < end && (unitClass(text.charCodeAt(i)) & SPACE) !== 0) i++;
  while (i < end && `"'”’)]`.includes(text[i])) i++;
  while (i < end && (unitClass(text.charCodeAt(i)) & SPACE) !== 0) i++;
  return i === end;
}

/** A word token from s to e (its optional final period included); returns where scanning resumes. */
function word(text: string, s: number, e: number, end: number, numeral: boolean): number {
  if (text.charCodeAt(e - 1) === 46) {
    if (!keepsPeriod(text, s, e, end)) e -= 1;
    else numeral = false;
  }
  // Split clitics the way CoNLL's Penn tokenisation does: "Iran's" -> "Iran" "'s", "don't" -> "do" "n't".
  const n = e - s;
  const last = text.charCodeAt(e - 1);
  let cut = -1;
  if (n >= 4 && (last === 116) && apostrophe(text.charCodeAt(e - 2)) && text.charCodeAt(e - 3) === 110) cut = e - 3;
  else if (n >= 3 && (last === 115 || last === 83) && apostrophe(text.charCodeAt(e - 2))) cut = e - 2;
  if (cut > s) {
    push(s, cut, WORD);
    push(cut, e, WORD);
  } else push(s, e, numeral ? NUMBER : WORD);
  return e;
}

/** Scans text[start, end) into the shared span buffers; returns the number of tokens. */
function scan(text: string, start: number, end: number): number {
  count = 0;
  let i = start;
  while (i < end) {
    const u = text.charCodeAt(i);
    if (u < 128 ? u === 32 || (u >= 9 && u <= 13) : (unitClass(u) & SPACE) !== 0) {
      i++;
      continue;
    }
    // "http…" or "www.": most words that start with h or w ("he", "was") fail on the second letter.
    if ((u === 104 && text.charCodeAt(i + 1) === 116) || (u === 119 && text.charCodeAt(i + 1) === 119)) {
      const e = urlEnd(text, i, end);
      if (e > 0) {
        push(i, e, SYMBOL);
        i = e;
        continue;
      }
    }
    const p = u < 128 ? ASCII_CLASS[u] * 4 + 1 : pointAt(text, i, end);
    const cls = p >> 2;
    if (cls & LETTER) {
      const e = acronymEnd(text, i, end);
      if (e > 0) {
        push(i, e, WORD);
        i = e;
        continue;
      }
    }
    if (isDigit(u)) {
      const e = numberEnd(text, i, end);
      if (e > 0) {
        push(i, e, NUMBER);
        i = e;
        continue;
      }
    }
    if (cls & WORDISH) {
      let numeral = true;
      let j = i;
      // Runs of letters, marks and numerals, joined by one apostrophe or hyphen.
      for (;;) {
        while (j < end) {
          const a = text.charCodeAt(j);
          if (a < 128) {
            const c = ASCII_CLASS[a];
            if ((c & WORDISH) === 0) break;
            if ((c & NUMERAL) === 0) numeral = false;
            j++;
            continue;
          }
          const q = pointAt(text, j, end);
          if (((q >> 2) & WORDISH) === 0) break;
          if (((q >> 2) & NUMERAL) === 0) numeral = false;
          j += q & 3;
        }
        const v = text.charCodeAt(j);
        if (j + 1 < end && (v === 39 || v === 0x2019 || v === 45) && ((pointAt(text, j + 1, end) >> 2) & WORDISH) !== 0) {
          numeral = false;
          j++;
          continue;
        }
        break;
      }
      if (j < end && text.charCodeAt(j) === 46) j++;
      i = word(text, i, j, end, numeral);
      continue;
    }
    if ((u === 46 || u === 45) && i + 1 < end && text.charCodeAt(i + 1) === u) {
      let j = i + 2;
      while (j < end && text.charCodeAt(j) === u) j++;
      push(i, j, PUNCTUATION);
      i = j;
      continue;
    }
    push(i, i + (p & 3), cls & PUNCT ? PUNCTUATION : SYMBOL);
    i += p & 3;
  }
  return count;
}

/** Tokenises text[start, end). Offsets are absolute. */
export function tokenize(text: string, start = 0, end = text.length): TokenSpan[] {
  const n = scan(text, start, end);
  const out = new Array<TokenSpan>(n);
  for (let k = 0; k < n; k++) out[k] = { start: starts[k], end: ends[k], kind: KIND_NAMES[kinds[k]] };
  return out;
}

/** A document's token offsets as appendTokens collects them: the first `count` entries are in use. */
export interface OffsetBuffer {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/**
 * Tokenises text[start, end) straight into document tokens of sentence `sentence`, appended to
 * `out`, and their offsets to `offsets` (so the Doc's typed offsets need no second pass over the
 * token objects).
 */
export function appendTokens(text: string, start: number, end: number, sentence: number, out: Token[], offsets: OffsetBuffer): void {
  const n = scan(text, start, end);
  let at = offsets.count;
  if (at + n > offsets.starts.length) {
    const size = Math.max(2 * offsets.starts.length, at + n);
    const s2 = new Int32Array(size);
    const e2 = new Int32Array(size);
    s2.set(offsets.starts.subarray(0, at));
    e2.set(offsets.ends.subarray(0, at));
    offsets.starts = s2;
    offsets.ends = e2;
  }
  const os = offsets.starts;
  const oe = offsets.ends;
  for (let k = 0; k < n; k++) {
    const s = starts[k];
    const e = ends[k];
    out.push({ start: s, end: e, kind: KIND_NAMES[kinds[k]], text: text.slice(s, e), sentence });
    os[at] = s;
    oe[at] = e;
    at++;
  }
  offsets.count = at;
}
