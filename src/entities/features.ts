/**
 * @module entities/features
 * Hashed features for the NER tagger. One definition serves training (scripts/train-ner.ts, over
 * CoNLL-2003's tokens) and inference (over Sitrep's tokens), so the two can never disagree.
 * Templates follow Ratinov & Roth (2009) and the classic perceptron taggers: the word, its
 * lowercase, shape, affixes, a ±2 window, capitalisation, gazetteer membership, and two
 * document-level signals (how the same word is cased elsewhere; how it was labelled earlier).
 */
import { hashString, mix } from './hash.js';

// The hash functions, bound once here: when these modules run as CommonJS (tsx transpiles them so
// under a CommonJS entry point such as /work/briefs/prof.ts), every use of an imported name is a
// getter call on the exporting module.
const mixHash = mix;
const hashStr = hashString;

/** Per-word attribute slots (each a 32-bit hash, except CAP, a small class). */
const W = 0, LW = 1, SH = 2, LSH = 3, P1 = 4, S1 = 8, CAP = 12;
export const ATTRS = 13;

/** Capitalisation classes. */
export enum Cap { Lower = 0, Title = 1, Upper = 2, Mixed = 3, Digit = 4, Punct = 5, Uncased = 6, Other = 7 }

/** Typographic variants mapped to CoNLL's ASCII forms (curly quotes, dashes). */
const NORMAL: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u00a0': ' ' };

/** The text the model sees for a token: typographic variants folded to ASCII. */
export function normalizeToken(t: string): string {
  return /[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/.test(t) ? t.replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/g, (c) => NORMAL[c]) : t;
}

function charClass(c: string): string {
  if (c >= '0' && c <= '9') return 'd';
  const lo = c.toLowerCase();
  const up = c.toUpperCase();
  if (lo !== up) return c === up ? 'X' : 'x';
  if (/\p{L}/u.test(c)) return 'L';
  return c;
}

/**
 * Arabic names in current news carry a lowercase article or kinship particle joined by a hyphen
 * ("al-Burhan", "el-Sisi", "bin-Salman"). CoNLL-2003's 1996 Reuters text has about a dozen such
 * tokens, too few to learn from, so the shape, case and prefixes of such a word are read from its
 * capitalised stem: it then looks like the name it is.
 */
const ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu)[-\u2010\u2011](?=\p{Lu})/u;

/** Computes a word's attributes into out[off .. off + ATTRS). Linear in the word's length. */
export function wordAttrs(raw: string, out: Uint32Array, off: number): void {
  // Very long tokens (URLs, runs of symbols) keep only their ends: enough for shape and affixes.
  const full = raw.length > 64 ? raw.slice(0, 32) + raw.slice(-32) : raw;
  const article = ARTICLE.exec(full);
  const word = article ? full.slice(article[0].length) : full;
  const lower = word.toLowerCase().replace(/[0-9]/g, '0');
  let shape = '';
  let longShape = '';
  let run = 0;
  let last = '';
  let upper = 0, lowerN = 0, digits = 0, uncased = 0;
  for (const c of word) {
    const k = charClass(c);
    if (k === 'X') upper++;
    else if (k === 'x') lowerN++;
    else if (k === 'd') digits++;
    else if (k === 'L') uncased++;
    if (k !== last) { shape += k; run = 0; }
    if (run < 4) longShape += k;
    run++;
    last = k;
  }
  let cap: Cap;
  const letters = upper + lowerN;
  if (letters > 0) {
    if (upper === 0) cap = Cap.Lower;
    else if (lowerN === 0) cap = Cap.Upper;
    else if (charClass(word[0]) === 'X' && upper === 1) cap = Cap.Title;
    else cap = Cap.Mixed;
  } else if (uncased > 0) cap = Cap.Uncased;
  else if (digits > 0) cap = Cap.Digit;
  else cap = /^\p{P}+$/u.test(word) ? Cap.Punct : Cap.Other;
  out[off + W] = hashStr(full);
  out[off + LW] = hashStr(article ? full.toLowerCase() : lower);
  out[off + SH] = hashStr(shape);
  out[off + LSH] = hashStr(longShape);
  for (let k = 1; k <= 4; k++) {
    out[off + P1 + k - 1] = hashStr(lower.slice(0, k));
    out[off + S1 + k - 1] = hashStr(lower.slice(-k));
  }
  out[off + CAP] = cap;
}

/** Lowercase-word hash of token i: the key gazetteers use. */
export function lowerHash(attrs: Uint32Array, i: number): number {
  return attrs[i * ATTRS + LW];
}

/**
 * The same hash cut to 30 bits, as a key for per-document Maps: V8 stores such integers unboxed
 * (small integers), where full 32-bit keys would be boxed numbers, hashed and allocated per lookup.
 */
export function wordKey(attrs: Uint32Array, i: number): number {
  return attrs[i * ATTRS + LW] & 0x3fffffff;
}

export function capClass(attrs: Uint32Array, i: number): Cap {
  return attrs[i * ATTRS + CAP] as Cap;
}

/** Does the token look like a name token (cased and capitalised, or in a script without case)? */
export function isCapitalised(cap: Cap): boolean {
  return cap === Cap.Title || cap === Cap.Upper || cap === Cap.Mixed || cap === Cap.Uncased;
}

/** Attributes of a sequence of words, ATTRS per token, into `out` when given (no word table). */
export function wordsAttrs(words: readonly string[], out = new Uint32Array(words.length * ATTRS)): Uint32Array {
  for (let i = 0; i < words.length; i++) wordAttrs(normalizeToken(words[i]), out, i * ATTRS);
  return out;
}

/**
 * Document keys of n tokens (attributes in attrs) into out: tokens with the same wordKey get the
 * same number, 0, 1, 2… in order of first appearance; returns how many. Document casing and the
 * document history count per key in small typed arrays instead of maps.
 */
export function docKeys(attrs: Uint32Array, n: number, out: Int32Array): number {
  const local = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = wordKey(attrs, i);
    let k = local.get(key);
    if (k === undefined) local.set(key, (k = local.size));
    out[i] = k;
  }
  return local.size;
}

/**
 * Upper bound on features per token: 20 one-word features, at most 7 context features, 2 per
 * gazetteer code (at most MAX_GAZ_CODES) and 2 history features.
 */
export const MAX_FEATS = 48;
export const MAX_GAZ_CODES = 8;

// Template seeds: one per template so equal values in different templates hash apart.
const T: number[] = Array.from({ length: 64 }, (_, k) => hashStr(`tpl${k}`));
const BOUNDARY = hashStr('<s>');

/** Capitalisation classes (Cap) plus BOUNDARY_CAP; gazetteer codes (16 lists × 4 positions). */
export const CAP_CLASSES = 9;
/** Capitalisation class of the pseudo-word beyond either end of a sentence. */
export const BOUNDARY_CAP = 8;
export const GAZ_CODES = 64;

/** The pseudo-word beyond either end of a sentence. */
export const BOUNDARY_ATTRS: Uint32Array = (() => {
  const a = new Uint32Array(ATTRS).fill(BOUNDARY);
  a[CAP] = BOUNDARY_CAP;
  return a;
})();

/**
 * Features that depend on one word only, by the role the word plays for the token being tagged:
 * itself, or its neighbour at offset ROLE_OFFSET[role]. Because they depend on one word, inference
 * can sum their weights once per distinct word (infer.ts) instead of once per token.
 */
export const ROLE_OFFSET: readonly number[] = [0, -1, 1, -2, 2];
export const ROLES = ROLE_OFFSET.length;

/**
 * Writes the features of the word at a[o..] in `role` into out from k; returns the new k.
 * The word's own role also sees two sentence facts (headline in capitals, sentence-initial) through
 * three of its features (ownVariantFeatures).
 */
export function roleFeatures(a: Uint32Array, o: number, role: number, out: Uint32Array, k: number, upper: number, first: number): number {
  switch (role) {
    case 0: {
      out[k++] = T[0];
      k = ownVariantFeatures(a[o + SH], a[o + CAP], upper, first, out, k);
      out[k++] = mixHash(T[1], a[o + W]);
      out[k++] = mixHash(T[2], a[o + LW]);
      out[k++] = mixHash(T[3], a[o + SH]);
      out[k++] = mixHash(T[4], a[o + LSH]);
      for (let q = 0; q < 4; q++) {
        out[k++] = mixHash(T[5 + q], a[o + P1 + q]);
        out[k++] = mixHash(T[9 + q], a[o + S1 + q]);
      }
      return k;
    }
    case 1:
      out[k++] = mixHash(T[13], a[o + LW]);
      out[k++] = mixHash(T[17], a[o + SH]);
      out[k++] = mixHash(T[24], a[o + S1 + 2]);
      return k;
    case 2:
      out[k++] = mixHash(T[14], a[o + LW]);
      out[k++] = mixHash(T[18], a[o + SH]);
      out[k++] = mixHash(T[25], a[o + S1 + 2]);
      return k;
    case 3:
      out[k++] = mixHash(T[15], a[o + LW]);
      return k;
    default:
      out[k++] = mixHash(T[16], a[o + LW]);
      return k;
  }
}

/**
 * The three features of a word's own role that also read the sentence facts (sentence-initial,
 * headline in capitals): shape with position, capitalisation with headline case, and both.
 * Inference scores a word's own role without them changing (upper = first = 0) and adds the
 * difference for other sentence facts (infer.ts), so it keeps one own-role score per word.
 */
export function ownVariantFeatures(shape: number, cap: number, upper: number, first: number, out: Uint32Array, k: number): number {
  out[k++] = mixHash(mixHash(T[26], first), shape);
  out[k++] = mixHash(mixHash(T[27], upper), cap);
  out[k++] = mixHash(mixHash(mixHash(T[28], upper), cap), first);
  return k;
}

/** Short-shape hash of token i (ownVariantFeatures' first input). */
export function shapeHash(attrs: Uint32Array, i: number): number {
  return attrs[i * ATTRS + SH];
}

/** Sentence-level inputs besides the words' attributes. */
export interface SentenceContext {
  attrs: Uint32Array;
  n: number;
  /** The sentence is (almost) all upper case: a headline, where case says nothing. */
  upperSentence: boolean;
  /** Gazetteer feature codes per token (flattened lists), or null. */
  gaz: readonly (number[] | undefined)[] | null;
  /** Document casing code per token (0 = none), from docCasing(). */
  docCase: Uint8Array | null;
}

/**
 * The features of token i that pair two words (shapes, lowercase forms, previous word with this
 * shape): too many values to tabulate, so inference hashes them per token. Writes from k.
 */
export function pairFeatures(a: Uint32Array, n: number, i: number, out: Uint32Array, k: number): number {
  // Training sums weights in this order (float64 during training), so it stays fixed; inference
  // reads the same five hashes split by word pair (pairHalves, shapePairFeatures, leftHalfFeatures,
  // rightHalfFeatures).
  const o = i * ATTRS;
  const p = i > 0 ? a : BOUNDARY_ATTRS;
  const po = i > 0 ? o - ATTRS : 0;
  const x = i + 1 < n ? a : BOUNDARY_ATTRS;
  const xo = i + 1 < n ? o + ATTRS : 0;
  out[k++] = mixHash(mixHash(T[19], p[po + SH]), a[o + SH]);
  out[k++] = mixHash(mixHash(T[20], a[o + SH]), x[xo + SH]);
  out[k++] = mixHash(mixHash(T[21], p[po + LW]), a[o + LW]);
  out[k++] = mixHash(mixHash(T[22], a[o + LW]), x[xo + LW]);
  out[k++] = mixHash(mixHash(T[23], p[po + W]), a[o + SH]);
  return k;
}

/** Hashes per word that pairHalves() writes. */
export const PAIR_HALVES = 5;

/**
 * The inner hash of each of pairFeatures' five hashes when the word is the earlier word u of a
 * pair (u, v): templates 19, 21, 23 (those token v reads) then 20, 22 (those token u reads).
 * Computed once per word, they halve the hashing of a new pair at inference.
 */
export function pairHalves(a: Uint32Array, o: number, out: Uint32Array, k: number): void {
  out[k] = mixHash(T[19], a[o + SH]);
  out[k + 1] = mixHash(T[21], a[o + LW]);
  out[k + 2] = mixHash(T[23], a[o + W]);
  out[k + 3] = mixHash(T[20], a[o + SH]);
  out[k + 4] = mixHash(T[22], a[o + LW]);
}

/**
 * The two shape-pair features of a pair (u, v) (templates 19 and 20 of pairFeatures, the same
 * hashes): out[k] the one token v reads, out[k + 1] the one token u reads. They depend on the two
 * words' shapes only, so inference sums them once per pair of shapes (few: "Xx x", "x ,"…) instead
 * of once per pair of words. From u's pairHalves at h[ho..] and v's attributes.
 */
export function shapePairFeatures(h: Uint32Array, ho: number, b: Uint32Array, vo: number, out: Uint32Array, k: number): void {
  out[k] = mixHash(h[ho], b[vo + SH]);
  out[k + 1] = mixHash(h[ho + 3], b[vo + SH]);
}

/** The word-pair features token v reads from its previous word u (templates 21, 23 of pairFeatures, the same hashes), from u's pairHalves at h[ho..] and v's attributes. */
export function leftHalfFeatures(h: Uint32Array, ho: number, b: Uint32Array, vo: number, out: Uint32Array, k: number): number {
  out[k++] = mixHash(h[ho + 1], b[vo + LW]);
  out[k++] = mixHash(h[ho + 2], b[vo + SH]);
  return k;
}

/** The word-pair feature token u reads from its next word v (template 22), from u's pairHalves at h[ho..] and v's attributes. */
export function rightHalfFeatures(h: Uint32Array, ho: number, b: Uint32Array, vo: number, out: Uint32Array, k: number): number {
  out[k++] = mixHash(h[ho + 4], b[vo + LW]);
  return k;
}

/**
 * The remaining context features each take few values (a capitalisation class has 9, a gazetteer
 * code 64), so inference sums their weights once per model into small tables (infer.ts) and these
 * functions are the single definition both sides hash.
 */

/** The token's capitalisation class with its neighbours' (BOUNDARY_CAP beyond the sentence). */
export function capPatternFeature(cap: number, prevCap: number, nextCap: number): number {
  return mixHash(mixHash(T[29], cap), prevCap * 16 + nextCap);
}

/** Document casing code (1..3, see docCasing) in a headline or not, sentence-initial or not. */
export function docCaseFeature(code: number, upper: number, first: number): number {
  return mixHash(mixHash(T[30], code), upper * 2 + first);
}

/** The two features of one gazetteer code on a token of capitalisation class cap. */
export function gazFeatures(code: number, cap: number, out: Uint32Array, k: number): number {
  out[k++] = mixHash(T[31], code);
  out[k++] = mixHash(mixHash(T[32], code), cap);
  return k;
}

/**
 * Features of token i that combine several words or sentence-level facts: word pairs, shape
 * pairs, position, headline case, gazetteer and document casing. Writes from k; returns the new k.
 */
export function contextFeatures(ctx: SentenceContext, i: number, out: Uint32Array, k: number): number {
  const a = ctx.attrs;
  const n = ctx.n;
  const o = i * ATTRS;
  const upS = ctx.upperSentence ? 1 : 0;
  const first = i === 0 ? 1 : 0;
  const cap = a[o + CAP];
  k = pairFeatures(a, n, i, out, k);
  out[k++] = capPatternFeature(cap, i > 0 ? a[o - ATTRS + CAP] : BOUNDARY_CAP, i + 1 < n ? a[o + ATTRS + CAP] : BOUNDARY_CAP);
  if (ctx.docCase && ctx.docCase[i] !== 0) out[k++] = docCaseFeature(ctx.docCase[i], upS, first);
  const g = ctx.gaz?.[i];
  if (g) {
    // A fixed cap, the same whether or not the one-word features share the buffer (training) or
    // not (inference), so both see the same codes; it leaves room for the two history features.
    for (let q = 0; q < g.length && q < MAX_GAZ_CODES; q++) k = gazFeatures(g[q], cap, out, k);
  }
  return k;
}

/** All of token i's static feature hashes, written from out[i*MAX_FEATS]; returns how many. */
export function tokenFeatures(ctx: SentenceContext, i: number, out: Uint32Array): number {
  const base = i * MAX_FEATS;
  let k = base;
  const upper = ctx.upperSentence ? 1 : 0;
  const first = i === 0 ? 1 : 0;
  for (let role = 0; role < ROLES; role++) {
    const j = i + ROLE_OFFSET[role];
    k = j >= 0 && j < ctx.n
      ? roleFeatures(ctx.attrs, j * ATTRS, role, out, k, upper, first)
      : roleFeatures(BOUNDARY_ATTRS, 0, role, out, k, upper, first);
  }
  return contextFeatures(ctx, i, out, k) - base;
}

/** Document-history feature hashes for a token with history code h (appended by the tagger). */
export function historyFeatures(h: number, cap: number, first: boolean, out: Uint32Array, at: number): number {
  out[at] = mixHash(T[40], h);
  out[at + 1] = mixHash(mixHash(T[41], h), cap * 2 + (first ? 1 : 0));
  return 2;
}

/**
 * Document casing codes: for each capitalised token, how the same lowercase word appears elsewhere
 * in the document away from sentence starts and headlines. 1 = only lowercase, 2 = only
 * capitalised, 3 = both. A sentence-initial "Police" seen lowercase elsewhere is likely a common noun.
 */
export function docCasing(
  sentences: readonly { attrs: Uint32Array; keys: Int32Array; n: number; upperSentence: boolean }[], keyCount: number,
): Uint8Array[] {
  const seen = new Uint8Array(keyCount);
  for (const s of sentences) {
    if (s.upperSentence) continue;
    for (let i = 1; i < s.n; i++) {
      const cap = s.attrs[i * ATTRS + CAP];
      const bit = cap === Cap.Lower ? 1 : cap === Cap.Title || cap === Cap.Upper || cap === Cap.Mixed ? 2 : 0;
      if (bit) seen[s.keys[i]] |= bit;
    }
  }
  return sentences.map((s) => {
    const out = new Uint8Array(s.n);
    for (let i = 0; i < s.n; i++) {
      const cap = s.attrs[i * ATTRS + CAP];
      if (cap === Cap.Title || cap === Cap.Upper || cap === Cap.Mixed) out[i] = seen[s.keys[i]];
    }
    return out;
  });
}

/** Is the sentence a headline in capitals? (more than 80% of its cased letters upper case) */
export function isUpperSentence(attrs: Uint32Array, n: number): boolean {
  let up = 0, cased = 0;
  for (let i = 0; i < n; i++) {
    const cap = attrs[i * ATTRS + CAP];
    if (cap === Cap.Upper) { up++; cased++; } else if (cap === Cap.Lower || cap === Cap.Title || cap === Cap.Mixed) cased++;
  }
  return cased >= 2 && up / cased > 0.8;
}
