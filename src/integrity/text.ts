/**
 * @module integrity/text
 * Word-level helpers shared by the integrity checks: lower-cased word lists, a light stemmer,
 * stopwords, and the 32-bit FNV-1a hash the shipped statistics are keyed by (so the model files
 * store hashes and numbers, never text).
 */

/** Function words: they carry no topic, so overlap and similarity ignore them. */
export const STOPWORDS = new Set(
  ('a an the and or but if then than that this these those of in on at to for from by with as is are was were be been ' +
    'being has have had do does did it its it\'s he she they them his her their we our you your i me my not no ' +
    'will would can could should may might must shall into over after before about up down out off so such ' +
    'also just more most other some any all each which who whom whose what when where why how there here said says ' +
    'say told one two new very s t').split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Character classes of UTF-16 code units, filled on first sight: 1 other, 2 letter (\p{L}), 3 number (\p{N}). */
const CLASS = new Uint8Array(65536);
const IS_L = /^\p{L}$/u;
const IS_N = /^\p{N}$/u;
export const OTHER = 1;
export const LETTER = 2;
export const NUMBER = 3;

/** Class of code unit `c` (a lone surrogate is OTHER: callers with astral text take the regex path). */
export function charClass(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    CLASS[c] = k = IS_L.test(ch) ? LETTER : IS_N.test(ch) ? NUMBER : OTHER;
  }
  return k;
}

/** Finer classes of UTF-16 code units, filled on first sight: bits of \p{Lu}, \p{Ll}, \p{L} and \s. */
const UCLASS = new Uint8Array(65536);
export const U_LU = 1, U_LL = 2, U_L = 4, U_SPACE = 8;
const KNOWN = 16;
const IS_LU = /^\p{Lu}$/u;
const IS_LL = /^\p{Ll}$/u;
const IS_SPACE = /^\s$/;

/** Bits U_LU, U_LL, U_L, U_SPACE of code unit `c` (a lone surrogate has none). */
export function unitClass(c: number): number {
  let k = UCLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (IS_LU.test(ch) ? U_LU : 0) | (IS_LL.test(ch) ? U_LL : 0) | (IS_L.test(ch) ? U_L : 0) | (IS_SPACE.test(ch) ? U_SPACE : 0);
    UCLASS[c] = k;
  }
  return k;
}

/** True when a text holds surrogate pairs (astral letters), which the code-unit scanners cannot class. */
export function hasAstral(text: string): boolean {
  return /[\uD800-\uDFFF]/.test(text);
}

/**
 * Lower-cased words of a text, apostrophes normalised ("don’t" → "don't"): the matches of WORD
 * (letters or digits, then optionally an apostrophe and letters), found by a code-unit scan.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  const t = text.toLowerCase();
  if (hasAstral(t)) {
    const curly = text.includes('’');
    for (const m of t.matchAll(WORD)) out.push(curly ? m[0].replace('’', "'") : m[0]);
    return out;
  }
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (charClass(t.charCodeAt(i)) === OTHER) { i++; continue; }
    const start = i;
    while (i < n && charClass(t.charCodeAt(i)) !== OTHER) i++;
    const a = i < n ? t.charCodeAt(i) : 0;
    if ((a === 0x27 || a === 0x2019) && i + 1 < n && charClass(t.charCodeAt(i + 1)) === LETTER) {
      const apos = i;
      i += 2;
      while (i < n && charClass(t.charCodeAt(i)) === LETTER) i++;
      out.push(a === 0x2019 ? t.slice(start, apos) + "'" + t.slice(apos + 1, i) : t.slice(start, i));
    } else {
      out.push(t.slice(start, i));
    }
  }
  return out;
}

/**
 * A light suffix stripper (plural, -ed, -ing, -ly): enough to match "claims"/"claimed"/"claim"
 * across headline and body without a full Porter stemmer.
 */
export function stem(w: string): string {
  if (w.length <= 4) return w.endsWith("'s") ? w.slice(0, -2) : w;
  if (w.endsWith("'s")) return stem(w.slice(0, -2));
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('ly') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Stemmed content words (stopwords and one-letter words dropped). */
export function contentStems(text: string): string[] {
  return stemsOf(words(text));
}

/** contentStems over an already split word list. */
export function stemsOf(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of ws) if (w.length > 1 && !STOPWORDS.has(w)) out.push(stem(w));
  return out;
}

/** FNV-1a 32-bit hash of a string (UTF-16 code units), unsigned. */
export function fnv1a(s: string): number {
  return fnv1aFrom(0x811c9dc5, s);
}

/** FNV-1a continued from state `h`: fnv1aFrom(fnv1a(a), b) === fnv1a(a + b). */
export function fnv1aFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A capitalised word not at the text's start nor right after a sentence end: names, roughly. */
const CAPITALISED = /(?<![.!?]\s)(?<!^)\b\p{Lu}[\p{L}'’-]+/gu;
const NUMERAL = /\d+(?:[.,]\d+)?/g;

/** Lower-cased matches of CAPITALISED, in order. */
export function capitalisedWords(text: string): string[] {
  // exec on the shared pattern: matchAll would copy the pattern on every call.
  const out: string[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) out.push(m[0].toLowerCase());
  return out;
}

/** The matches of NUMERAL (ASCII digits, one decimal or thousands separator), in order. */
export function numberTokens(text: string): string[] {
  return text.match(NUMERAL) ?? [];
}

/**
 * Share of the strings of `wanted` that occur among the matches (lower-cased when `lowerCase`) of
 * a global pattern in `text`. The pattern runs by exec (irregexp scans faster than a code-unit loop
 * here), and only matches as long as some wanted string are lower-cased and looked up (lower-casing
 * keeps a string's length except for "İ", in whose presence every match is).
 */
function shareFound(text: string, wanted: ReadonlySet<string>, re: RegExp, lowerCase: boolean): number {
  if (!wanted.size) return 0;
  let lengths = 0;
  for (const w of wanted) lengths |= 1 << Math.min(w.length, 31);
  if (lowerCase && text.includes('\u0130')) lengths = -1;
  const found = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!(lengths & (1 << Math.min(m[0].length, 31)))) continue;
    const k = lowerCase ? m[0].toLowerCase() : m[0];
    if (wanted.has(k)) found.add(k);
  }
  return found.size / wanted.size;
}

/** Share of `wanted` (lower-cased names) among the lower-cased matches of CAPITALISED in `text`. */
export function capitalisedShare(text: string, wanted: ReadonlySet<string>): number {
  return shareFound(text, wanted, CAPITALISED, true);
}

/** Share of `wanted` (number strings) among the numbers of `text`. */
export function numberShare(text: string, wanted: ReadonlySet<string>): number {
  return shareFound(text, wanted, NUMERAL, false);
}
