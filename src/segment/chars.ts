/**
 * @module segment/chars
 * Unicode character classes for the tokenizer and the sentence splitter, by UTF-16 code unit,
 * answered from a table instead of a regular-expression test per character (the per-character
 * tests were a visible share of segment's profile).
 */

// Character classes by UTF-16 code unit, filled on first sight of each unit from the Unicode
// property escapes themselves, so they match the regular-expression definitions exactly.
const KNOWN = 1;
export const LETTER = 2;
export const MARK = 4;
export const NUMERAL = 8;
export const PUNCT = 16;
export const SPACE = 32;
/** \p{Lu}, an upper-case letter. */
export const UPPER = 64;
/** \p{Lt}, a title-case letter ("ǅ"). */
export const TITLE = 128;
const classes = new Uint8Array(65536);
const astral = new Map<number, number>();

function classify(ch: string): number {
  let c = KNOWN;
  if (/^\p{L}$/u.test(ch)) c |= LETTER;
  if (/^\p{M}$/u.test(ch)) c |= MARK;
  if (/^\p{N}$/u.test(ch)) c |= NUMERAL;
  if (/^\p{P}$/u.test(ch)) c |= PUNCT;
  if (/^\s$/u.test(ch)) c |= SPACE;
  if (/^\p{Lu}$/u.test(ch)) c |= UPPER;
  if (/^\p{Lt}$/u.test(ch)) c |= TITLE;
  return c;
}

/** The class bits of one code unit (a lone surrogate has none but KNOWN). */
export function unitClass(u: number): number {
  let c = classes[u];
  if (c === 0) classes[u] = c = classify(String.fromCharCode(u));
  return c;
}

/** Class and length (1 or 2 code units) of the code point at i, packed as class * 4 + length. */
export function pointAt(text: string, i: number, end: number): number {
  const u = text.charCodeAt(i);
  if (u < 0xd800 || u > 0xdbff || i + 1 >= end) return unitClass(u) * 4 + 1;
  const v = text.charCodeAt(i + 1);
  if (v < 0xdc00 || v > 0xdfff) return unitClass(u) * 4 + 1;
  const cp = (u - 0xd800) * 0x400 + (v - 0xdc00) + 0x10000;
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(String.fromCodePoint(cp))));
  return c * 4 + 2;
}

/** Is the code unit white space (the \s class)? */
export function isSpace(u: number): boolean {
  return u < 128 ? u === 32 || (u >= 9 && u <= 13) : (unitClass(u) & SPACE) !== 0;
}
