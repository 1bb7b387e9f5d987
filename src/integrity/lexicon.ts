/**
 * @module integrity/lexicon
 * Every distinct lower-cased word the integrity checks meet, interned once per process with what
 * the checks need of it (its FNV-1a hash, its stem, whether it is a content word), so per-word
 * work (slicing, stemming, hashing, set lookups) runs once per word of the language instead of once
 * per token. Words are found by hashing code units in place and probing an open-addressing table:
 * a token seen before costs no allocation. The table holds at most WORD_LIMIT words between
 * documents; past that it starts afresh (ids are only meaningful within one generation, see `gen`).
 */
import { fnv1a, stem, STOPWORDS } from './text.js';

/** Words kept between documents: FA-KES and the FNC-1 bodies have ~20,000 distinct words each. */
const WORD_LIMIT = 1 << 16;

/** Per-word and per-stem tables (arrays are replaced when they grow: read them after interning). */
export interface LexiconTables {
  /** The word (lower-cased, "'" for any apostrophe). */
  word: string[];
  /** fnv1a(word). */
  hash: Uint32Array;
  /** Global stem id of stem(word), for every word (stopwords too). */
  stem: Int32Array;
  /** 1 when the word is a content word (two letters or more, not a stopword). */
  content: Uint8Array;
  stemText: string[];
  /** fnv1a(stem): the key of the hashed IDF table. */
  stemHash: Uint32Array;
}

export const lex: LexiconTables = {
  word: [],
  hash: new Uint32Array(1024),
  stem: new Int32Array(1024),
  content: new Uint8Array(1024),
  stemText: [],
  stemHash: new Uint32Array(1024),
};

/** Derived per-word or per-stem numbers that other modules register (lexicon bits, hashes). */
export interface Column {
  data: Float64Array;
  readonly f: (s: string) => number;
}

const wordColumns: Column[] = [];
const stemColumns: Column[] = [];
const stemIndex = new Map<string, number>();
/** Interned short keys (stem prefixes), reset with the lexicon. */
const keyIndex = new Map<string, number>();
let slots = new Int32Array(4096).fill(-1);
let generation = 0;

/** The generation of the current ids: it changes whenever the table starts afresh. */
export function gen(): number {
  return generation;
}

function grow<T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(a: T, n: number): T {
  if (a.length >= n) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** A per-word column: f(word) for every interned word, filled as words arrive. */
export function wordColumn(f: (w: string) => number): Column {
  const c: Column = { data: new Float64Array(lex.hash.length), f };
  for (let g = 0; g < lex.word.length; g++) c.data[g] = f(lex.word[g]);
  wordColumns.push(c);
  return c;
}

/** A per-stem column, like wordColumn. */
export function stemColumn(f: (s: string) => number): Column {
  const c: Column = { data: new Float64Array(lex.stemHash.length), f };
  for (let g = 0; g < lex.stemText.length; g++) c.data[g] = f(lex.stemText[g]);
  stemColumns.push(c);
  return c;
}

/** A small integer for a short string (used for stem prefixes), stable within a generation. */
export function keyId(s: string): number {
  let k = keyIndex.get(s);
  if (k === undefined) keyIndex.set(s, (k = keyIndex.size));
  return k;
}

/** Number of distinct keys handed out by keyId in this generation. */
export function keyCount(): number {
  return keyIndex.size;
}

/** Called before a document's words are interned: starts afresh when the table is full. */
export function beginDocument(): void {
  if (lex.word.length < WORD_LIMIT) return;
  generation++;
  // New arrays, not emptied ones: documents prepared earlier keep their generation's words.
  lex.word = [];
  lex.stemText = [];
  stemIndex.clear();
  keyIndex.clear();
  slots.fill(-1);
}

function internStem(s: string): number {
  let g = stemIndex.get(s);
  if (g !== undefined) return g;
  g = lex.stemText.length;
  stemIndex.set(s, g);
  lex.stemText.push(s);
  if (g >= lex.stemHash.length) {
    lex.stemHash = grow(lex.stemHash, g + 1);
    for (const c of stemColumns) c.data = grow(c.data, g + 1);
  }
  lex.stemHash[g] = fnv1a(s);
  for (const c of stemColumns) c.data[g] = c.f(s);
  return g;
}

/** Global id of a stem already interned, or -1. */
export function stemIdOf(s: string): number {
  return stemIndex.get(s) ?? -1;
}

function insert(w: string, h: number, slot: number): number {
  const g = lex.word.length;
  lex.word.push(w);
  if (g >= lex.hash.length) {
    const n = g + 1;
    lex.hash = grow(lex.hash, n);
    lex.stem = grow(lex.stem, n);
    lex.content = grow(lex.content, n);
    for (const c of wordColumns) c.data = grow(c.data, n);
  }
  lex.hash[g] = h;
  lex.stem[g] = internStem(stem(w));
  lex.content[g] = w.length > 1 && !STOPWORDS.has(w) ? 1 : 0;
  for (const c of wordColumns) c.data[g] = c.f(w);
  slots[slot] = g;
  // Keep the table at most half full: rehash into one twice the size.
  if (2 * lex.word.length > slots.length) {
    slots = new Int32Array(slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let k = 0; k < lex.word.length; k++) {
      let s = lex.hash[k] & mask;
      while (slots[s] >= 0) s = (s + 1) & mask;
      slots[s] = k;
    }
  }
  return g;
}

/** Global id of word w (lower-cased as words() gives it). */
export function internWord(w: string): number {
  const h = fnv1a(w);
  const mask = slots.length - 1;
  let s = h & mask;
  for (;;) {
    const g = slots[s];
    if (g < 0) return insert(w, h, s);
    if (lex.hash[g] === h && lex.word[g] === w) return g;
    s = (s + 1) & mask;
  }
}

/**
 * Global id of the word t[a, b) of a lower-cased text, with the code unit at `apos` (a curly
 * apostrophe, or -1 for none) read as "'": words() writes apostrophes straight.
 */
export function internRange(t: string, a: number, b: number, apos: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) {
    h ^= i === apos ? 0x27 : t.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  const mask = slots.length - 1;
  let s = h & mask;
  for (;;) {
    const g = slots[s];
    if (g < 0) break;
    if (lex.hash[g] === h && sameWord(lex.word[g], t, a, b, apos)) return g;
    s = (s + 1) & mask;
  }
  return insert(apos >= 0 ? t.slice(a, apos) + "'" + t.slice(apos + 1, b) : t.slice(a, b), h, s);
}

function sameWord(w: string, t: string, a: number, b: number, apos: number): boolean {
  if (w.length !== b - a) return false;
  for (let i = a; i < b; i++) if (w.charCodeAt(i - a) !== (i === apos ? 0x27 : t.charCodeAt(i))) return false;
  return true;
}

/**
 * Per-id marks for one pass (membership and a small value), cleared in O(1) by a new generation:
 * sets over word or stem ids without a Set.
 */
export class Marks {
  private stamp = new Int32Array(256);
  value = new Int32Array(256);
  private now = 1;

  /** Forgets every mark. */
  clear(): void {
    if (++this.now === 0x7fffffff) { this.stamp.fill(0); this.now = 1; }
  }

  has(id: number): boolean {
    return id < this.stamp.length && this.stamp[id] === this.now;
  }

  /** Marks id with a value; false when it was already marked (the value is then left as it was). */
  add(id: number, v = 0): boolean {
    if (id >= this.stamp.length) {
      const n = Math.max(id + 1, this.stamp.length * 2);
      this.stamp = grow(this.stamp, n);
      this.value = grow(this.value, n);
    }
    if (this.stamp[id] === this.now) return false;
    this.stamp[id] = this.now;
    this.value[id] = v;
    return true;
  }
}
