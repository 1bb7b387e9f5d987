/**
 * @module integrity/spin
 * Spans that look machine-rewritten: doubled or stuttered words, broken possessives, official
 * country names where news uses the short one, and collocations news never writes but a thesaurus
 * spinner produces from one it writes often ("Safety Council" ← "Security Council"). The
 * statistics come from scripts/integrity-collocations.ts (models/integrity/spin.json).
 */
import { readFileSync } from 'node:fs';
import type { SpinFlag } from '../document/types.js';
import { charClass, fnv1a, fnv1aFrom, hasAstral, OTHER } from './text.js';

export interface SpinModelFile {
  format: 'sitrep/spin@1';
  minCount: number;
  collocations: string[];
  /** base64 of a Uint32Array of sorted [hash, collocation index] pairs. */
  variants: string;
  doubled: string[];
  official: Array<[string, string]>;
}

interface SpinModel {
  collocations: string[];
  hashes: Uint32Array;
  targets: Uint32Array;
  /** One bit per value of a hash's top FILTER_BITS bits: a clear bit proves the bigram is no variant. */
  filter: Uint32Array;
  /** The same over the top SMALL_BITS bits: 16 KB that stay in cache, asked first. */
  small: Uint32Array;
  doubled: Set<string>;
  /** Official names by their first word, checked only where that word occurs. */
  official: Map<string, Array<{ name: string; common: string }>>;
  /** 1 for each code unit an official name starts with: other words skip the lookup. */
  officialStart: Uint8Array;
}

/** Bit set on a variant's target when it applies only to capitalised text ("Safety Council"). */
export const TITLE_ONLY = 0x80000000;

let cached: SpinModel | null = null;

/** 2^20 filter bits for ~58,000 variant hashes: about 95% of news bigrams skip the binary search. */
const FILTER_BITS = 20;
/** 2^17 bits: about a third set, so two bigrams in three are ruled out without reading `filter`. */
const SMALL_BITS = 17;

/** True when the filters leave `h` possible (both bits set). */
function mayBeVariant(m: SpinModel, h: number): boolean {
  const s = h >>> (32 - SMALL_BITS);
  if (!(m.small[s >>> 5] & (1 << (s & 31)))) return false;
  const b = h >>> (32 - FILTER_BITS);
  return (m.filter[b >>> 5] & (1 << (b & 31))) !== 0;
}

function loadSpinModel(): SpinModel {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(new URL('../../models/integrity/spin.json', import.meta.url), 'utf8')) as SpinModelFile;
  const buf = Buffer.from(file.variants, 'base64');
  const pairs = new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const hashes = new Uint32Array(pairs.length / 2);
  const targets = new Uint32Array(pairs.length / 2);
  for (let i = 0; i < hashes.length; i++) {
    hashes[i] = pairs[2 * i];
    targets[i] = pairs[2 * i + 1];
  }
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  const small = new Uint32Array(1 << (SMALL_BITS - 5));
  for (const h of hashes) {
    const b = h >>> (32 - FILTER_BITS);
    filter[b >>> 5] |= 1 << (b & 31);
    const s = h >>> (32 - SMALL_BITS);
    small[s >>> 5] |= 1 << (s & 31);
  }
  const official = new Map<string, Array<{ name: string; common: string }>>();
  for (const [name, common] of file.official) {
    const first = name.split(' ')[0];
    official.set(first, [...(official.get(first) ?? []), { name, common }]);
  }
  const officialStart = new Uint8Array(65536);
  for (const first of official.keys()) officialStart[first.charCodeAt(0)] = 1;
  cached = { collocations: file.collocations, hashes, targets, filter, small, doubled: new Set(file.doubled), official, officialStart };
  return cached;
}

export interface WordTok {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Pairs of word tokens separated by whitespace only (no punctuation, no paragraph break). */
export function adjacentWords(text: string): Array<[WordTok, WordTok]> {
  const out: Array<[WordTok, WordTok]> = [];
  let prev: WordTok | null = null;
  for (const m of text.matchAll(WORD)) {
    const cur = { text: m[0], start: m.index, end: m.index + m[0].length };
    if (prev && /^[ \t]*\n?[ \t]*$/.test(text.slice(prev.end, cur.start)) && cur.start > prev.end) out.push([prev, cur]);
    prev = cur;
  }
  return out;
}

/** Possible dictionary forms of a lower-case word (naive: plural, -ed, -ing). */
export function lemmaCandidates(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  return out;
}

/** Gives `r` the inflection that turned `lemma` into `word` ("nations", "nation", "country" → "countries"). */
export function inflectLike(word: string, lemma: string, r: string): string {
  if (word === lemma) return r;
  const suffix = word.slice(lemma.length);
  if (word.startsWith(lemma) && (suffix === 's' || suffix === 'es')) {
    if (/[^aeiou]y$/.test(r)) return r.slice(0, -1) + 'ies';
    return /(?:s|x|z|ch|sh)$/.test(r) ? r + 'es' : r + 's';
  }
  if (word.endsWith('ies') && lemma.endsWith('y')) return inflectLike(lemma + 's', lemma, r);
  if (word.endsWith('ed')) return r.endsWith('e') ? r + 'd' : r + 'ed';
  if (word.endsWith('ing')) return (r.endsWith('e') ? r.slice(0, -1) : r) + 'ing';
  return r;
}

/** The collocation whose variant hashes to `h` (fnv1a of "kept swapped"), or null. */
function findVariant(m: SpinModel, h: number, titled: boolean): string | null {
  if (!mayBeVariant(m, h)) return null;
  let lo = 0;
  let hi = m.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (m.hashes[mid] === h) {
      const t = m.targets[mid];
      if (t & TITLE_ONLY && !titled) return null;
      return m.collocations[t & ~TITLE_ONLY];
    }
    if (m.hashes[mid] < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** Copies the capitalisation of `like` onto `word`. */
function caseLike(like: string, word: string): string {
  if (like === like.toUpperCase() && like.length > 1) return word.toUpperCase();
  if (/^\p{Lu}/u.test(like)) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/**
 * Hyphenated prefixes that legitimately repeat the next word's start: English prefixes ("re-read",
 * "co-convenor") and Arabic articles and name particles ("Al-Alam", "Abu-Abdullah").
 */
const NOT_STUTTER = new Set(['re', 'co', 'de', 'pre', 'pro', 'non', 'sub', 'un', 'in', 'ex', 'bi', 'tri', 'mid', 'dis', 'mis', 'out',
  'all', 'off', 'on', 'up', 'pan', 'al', 'el', 'ad', 'ar', 'as', 'at', 'an', 'az', 'ash', 'ibn', 'bin', 'abu', 'ben', 'bou', 'da', 'de', 'di', 'la', 'le']);

// Each pattern has a cheap cue: the full pattern runs only on texts that contain it.
// `gate` is a cheaper necessary condition of `cue` (plain substring searches).
const POSSESSIVE: Array<{ gate: (t: string) => boolean; cue: RegExp; re: RegExp; fix: (m: RegExpMatchArray) => string }> = [
  // "Iran' s", "Iran ’s", "Iran`s": the apostrophe split from its s or typed as a backtick.
  { gate: (t) => t.includes("' s") || t.includes('’ s') || t.includes('`s') || spaceBefore(t, "'s") || spaceBefore(t, '’s'),
    cue: /['’] s\b|\s['’]s\b|`s\b/, re: /(\p{L}+)(?:['’] s|\s['’]s|`s)\b/gu, fix: (m) => `${m[1]}'s` },
  // "Iran's's": a possessive applied twice.
  { gate: (t) => t.includes("s's") || t.includes('s’s'), cue: /s['’]s\b/, re: /(\p{L}+)['’]s['’]s\b/gu, fix: (m) => `${m[1]}'s` },
  // "Assad s forces": a capitalised name followed by a lone s.
  { gate: (t) => t.includes(' s '), cue: /\p{Ll} s /u, re: /\b(\p{Lu}\p{Ll}+) s\b(?=\s+\p{L})/gu, fix: (m) => `${m[1]}'s` },
];

/** True when `s` occurs right after a whitespace character. */
function spaceBefore(t: string, s: string): boolean {
  for (let i = t.indexOf(s, 1); i > 0; i = t.indexOf(s, i + 1)) if (/\s/.test(t[i - 1])) return true;
  return false;
}

function isUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 0xbf && w[0] !== w[0].toLowerCase());
}

/** Only spaces or tabs, with at most one line break, between two words. */
function isSpaceOnly(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { if (++newlines > 1) return false; } else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Start and end offsets of the matches of WORD (letters or digits, joined by single apostrophes or
 * hyphens), by a code-unit scan; texts with astral characters take the regex itself.
 */
export function wordSpans(text: string, starts: number[], ends: number[]): void {
  if (hasAstral(text)) {
    for (const w of text.matchAll(WORD)) { starts.push(w.index); ends.push(w.index + w[0].length); }
    return;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (charClass(text.charCodeAt(i)) === OTHER) { i++; continue; }
    starts.push(i);
    for (;;) {
      while (i < n && charClass(text.charCodeAt(i)) !== OTHER) i++;
      const c = i + 1 < n ? text.charCodeAt(i) : 0;
      if ((c === 0x27 || c === 0x2019 || c === 0x2d) && charClass(text.charCodeAt(i + 1)) !== OTHER) i++;
      else break;
    }
    ends.push(i);
  }
}

type Flag = (start: number, end: number, kind: string, suggestion: string | null) => void;

/** Official names starting at a word. */
function officialAt(text: string, start: number, cur: string, m: SpinModel, flag: Flag): void {
  for (const o of m.official.get(cur) ?? []) {
    const end = start + o.name.length;
    if (text.startsWith(o.name, start) && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) flag(start, end, 'official_name', o.common);
  }
}

/** A bigram of two words that spins a collocation: flags it with the collocation as suggestion. */
function collocationAt(m: SpinModel, h: number, titled: boolean, pa: string, cur: string, pStart: number, end: number, flag: Flag): void {
  const coll = findVariant(m, h, titled);
  if (!coll) return;
  const [ca, cb] = coll.split(' ');
  // Same position, one word swapped: guards against a 32-bit hash collision with a real bigram.
  if ((ca === pa.toLowerCase()) !== (cb === cur.toLowerCase())) flag(pStart, end, 'improbable_collocation', `${caseLike(pa, ca)} ${caseLike(cur, cb)}`);
}

/**
 * Adjacent word pairs (doubled words, collocations) and official names, one pass over the words,
 * slicing each word (texts whose lower case is not per code unit: "İ", "Σ", astral letters).
 */
function pairsBySlices(text: string, starts: number[], ends: number[], m: SpinModel, flag: Flag): void {
  let pa = '';
  let pl = '';
  let pEnd = -1;
  let pStart = -1;
  for (let wi = 0; wi < starts.length; wi++) {
    const start = starts[wi];
    const cur = text.slice(start, ends[wi]);
    const lc = cur.toLowerCase();
    if (m.official.has(cur)) officialAt(text, start, cur, m, flag);
    if (pEnd >= 0 && start > pEnd && isSpaceOnly(text, pEnd, start)) {
      const titled = isUpper(pa) && isUpper(cur);
      if (pl === lc) {
        // Reduplicated names and idioms ("Bora Bora", "Sirhan Sirhan") are capitalised twice.
        if (/\p{L}/u.test(lc) && !m.doubled.has(lc) && !titled) flag(pStart, start + cur.length, 'doubled_word', pa);
      } else if (pl.length >= 3 && lc.length >= 3) {
        // Collocations are pairs of content words of three letters or more (see the build script).
        collocationAt(m, fnv1aFrom(fnv1aFrom(fnv1a(pl), ' '), lc), titled, pa, cur, pStart, start + cur.length, flag);
      }
    }
    pa = cur;
    pl = lc;
    pStart = start;
    pEnd = start + cur.length;
  }
}

/** True when text[i] is an upper-case letter (isUpper on the word starting there). */
function upperAt(text: string, lower: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c > 0xbf && c !== lower.charCodeAt(i));
}

/**
 * pairsBySlices reading each word's lower case from `lower` in place, in one pass over the text:
 * the words of wordSpans are found, hashed and paired as they are scanned (strings only for flags).
 */
function pairsInPlace(text: string, lower: string, m: SpinModel, flag: Flag): void {
  const n = text.length;
  let pEnd = -1;
  let pStart = -1;
  let pHash = 0;
  let i = 0;
  while (i < n) {
    if (charClass(text.charCodeAt(i)) === OTHER) { i++; continue; }
    const start = i;
    // Paired with the previous word: only spaces between them (the previous word's length is known).
    const paired = pEnd >= 0 && start > pEnd && isSpaceOnly(text, pEnd, start);
    const pLen = pEnd - pStart;
    // The word's hash, and the bigram's ("previous current") continued from the previous word's.
    let h = 0x811c9dc5;
    let b = Math.imul(pHash ^ 0x20, 0x01000193);
    for (;;) {
      for (; i < n && charClass(text.charCodeAt(i)) !== OTHER; i++) {
        const l = lower.charCodeAt(i);
        h = Math.imul(h ^ l, 0x01000193);
        b = Math.imul(b ^ l, 0x01000193);
      }
      // A word goes on past one apostrophe or hyphen followed by a letter or digit (WORD).
      const c = i + 1 < n ? text.charCodeAt(i) : 0;
      if (!((c === 0x27 || c === 0x2019 || c === 0x2d) && charClass(text.charCodeAt(i + 1)) !== OTHER)) break;
      h = Math.imul(h ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
      i++;
    }
    const end = i;
    h >>>= 0;
    if (m.officialStart[text.charCodeAt(start)]) {
      const cur = text.slice(start, end);
      if (m.official.has(cur)) officialAt(text, start, cur, m, flag);
    }
    if (paired) {
      const titled = upperAt(text, lower, pStart) && upperAt(text, lower, start);
      const len = end - start;
      if (pHash === h && pLen === len && lower.startsWith(lower.slice(pStart, pEnd), start)) {
        // Reduplicated names and idioms ("Bora Bora", "Sirhan Sirhan") are capitalised twice.
        const lc = lower.slice(start, end);
        if (/\p{L}/u.test(lc) && !m.doubled.has(lc) && !titled) flag(pStart, end, 'doubled_word', text.slice(pStart, pEnd));
      } else if (pLen >= 3 && len >= 3) {
        // Collocations are pairs of content words of three letters or more (see the build script).
        b >>>= 0;
        if (mayBeVariant(m, b)) collocationAt(m, b, titled, text.slice(pStart, pEnd), text.slice(start, end), pStart, end, flag);
      }
    }
    pStart = start;
    pEnd = end;
    pHash = h;
  }
}

const STUTTER = /\b(\p{L}{1,3})-(\p{L}+)/gu;
const STUTTER_AT = /\b(\p{L}{1,3})-(\p{L}+)/uy;

/**
 * The matches of STUTTER, left to right. Without astral letters a match starts one to three code
 * units before a hyphen, so only those starts are tried (past the end of the previous match).
 */
function stutters(text: string): RegExpExecArray[] {
  if (hasAstral(text)) return [...text.matchAll(STUTTER)];
  const out: RegExpExecArray[] = [];
  let resume = 0;
  for (let p = text.indexOf('-'); p >= 0; p = text.indexOf('-', p + 1)) {
    for (let s = Math.max(resume, p - 3); s < p; s++) {
      STUTTER_AT.lastIndex = s;
      const m = STUTTER_AT.exec(text);
      if (m) { out.push(m); resume = s + m[0].length; break; }
    }
  }
  return out;
}

/** Finds spin in a text (`lower` is text.toLowerCase(), when the caller has it). Offsets are into `text`. */
export function findSpin(text: string, lower = text.toLowerCase()): SpinFlag[] {
  const m = loadSpinModel();
  const flags: SpinFlag[] = [];
  const flag = (start: number, end: number, kind: string, suggestion: string | null): void => {
    flags.push({ text: text.slice(start, end), start, end, kind, suggestion });
  };
  // Lower-casing is then per code unit, so each word's lower case is read from `lower` in place.
  if (lower.length === text.length && !text.includes('\u03a3') && !hasAstral(text)) pairsInPlace(text, lower, m, flag);
  else {
    const starts: number[] = [];
    const ends: number[] = [];
    wordSpans(text, starts, ends);
    pairsBySlices(text, starts, ends, m, flag);
  }
  if (text.includes('-')) {
    for (const s of stutters(text)) {
      const pre = s[1].toLowerCase();
      if (NOT_STUTTER.has(pre)) continue;
      if (s[2].toLowerCase().startsWith(pre) && s[2].length > s[1].length) flag(s.index, s.index + s[0].length, 'stuttered_word', s[2]);
    }
  }
  for (const p of POSSESSIVE) {
    if (!p.gate(text) || !p.cue.test(text)) continue;
    for (const s of text.matchAll(p.re)) flag(s.index, s.index + s[0].length, 'broken_possessive', p.fix(s));
  }
  flags.sort((x, y) => x.start - y.start || y.end - x.end);
  return flags.filter((f, i) => i === 0 || f.start >= flags[i - 1].end || f.start !== flags[i - 1].start);
}
