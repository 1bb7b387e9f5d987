/**
 * @module segment/tokens
 * Tokens as spans, close to CoNLL-2003's (Penn-style) conventions so that models trained there
 * see familiar units: "U.S." and "Gen." keep their period, "100,000" and "3.5" stay whole,
 * possessive "'s" and "n't" split off, every other punctuation mark stands alone.
 */
import type { TokenKind } from '../document/types.js';
import { isDottedAcronym, MONTHS, OTHER, TITLES } from './abbreviations.js';

export interface TokenSpan {
  start: number;
  end: number;
  kind: TokenKind;
}

// Order matters: URLs, ISO dates and numbers before words; ellipses before single punctuation.
const TOKEN = new RegExp(
  [
    String.raw`(?<url>https?://[^\s"'<>()]+|www\.[^\s"'<>()]+)`,
    String.raw`(?<acro>(?:\p{L}\.){2,}(?!\p{L}))`,
    String.raw`(?<num>\d{4}-\d{2}-\d{2}|\d+(?:[.,:/]\d+)*(?:%|st|nd|rd|th|s)?(?![\p{L}\d]))`,
    String.raw`(?<word>[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*\.?)`,
    String.raw`(?<ell>\.{2,}|-{2,})`,
    String.raw`(?<punct>\p{P})`,
    String.raw`(?<sym>[^\s])`,
  ].join('|'),
  'gu',
);

/** Should the trailing period of `word` stay part of it? */
function keepsPeriod(word: string, atEnd: boolean): boolean {
  const bare = word.slice(0, -1);
  const lower = bare.toLowerCase();
  if (TITLES.has(lower) || MONTHS.has(lower)) return true;
  if (/^\p{Lu}$/u.test(bare)) return !atEnd; // an initial
  if (OTHER.has(lower) || isDottedAcronym(bare)) return !atEnd;
  return false;
}

/** Tokenises text[start, end). Offsets are absolute. */
export function tokenize(text: string, start = 0, end = text.length): TokenSpan[] {
  const out: TokenSpan[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const g = m.groups!;
    let s = start + m.index;
    let e = s + m[0].length;
    if (g.word !== undefined) {
      let w = g.word;
      if (w.endsWith('.')) {
        const atEnd = e === end || /^\s*["'”’)\]]*\s*$/.test(text.slice(e, end));
        if (!keepsPeriod(w, atEnd)) {
          e -= 1;
          w = w.slice(0, -1);
          TOKEN.lastIndex -= 1;
        }
      }
      // Split clitics the way CoNLL's Penn tokenisation does: "Iran's" -> "Iran" "'s", "don't" -> "do" "n't".
      const clitic = /(?:['’][sS]|n['’]t)$/.exec(w);
      if (clitic && clitic.index > 0) {
        const cut = s + clitic.index;
        out.push({ start: s, end: cut, kind: 'word' });
        out.push({ start: cut, end: e, kind: 'word' });
        continue;
      }
      out.push({ start: s, end: e, kind: /^\p{N}+$/u.test(w) ? 'number' : 'word' });
    } else if (g.acro !== undefined) {
      out.push({ start: s, end: e, kind: 'word' });
    } else if (g.num !== undefined) {
      out.push({ start: s, end: e, kind: 'number' });
    } else if (g.url !== undefined) {
      // A URL or e-mail address is one symbol; a trailing period belongs to the sentence.
      while (e > s && /[.,;:!?]/.test(text[e - 1])) { e--; TOKEN.lastIndex--; }
      out.push({ start: s, end: e, kind: 'symbol' });
    } else if (g.ell !== undefined || g.punct !== undefined) {
      out.push({ start: s, end: e, kind: 'punct' });
    } else {
      out.push({ start: s, end: e, kind: 'symbol' });
    }
  }
  return out;
}
