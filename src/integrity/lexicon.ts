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

/**
 * Per word one record of WORD_STRIDE int32 fields, per stem one of STEM_STRIDE: a document's few
 * hundred distinct words then cost one or two cache lines each, not one per table (inside the
 * pipeline, where earlier stages have filled the caches, scattered tables cost more than the work).
 */
export const WORD_STRIDE = 8;
export const STEM_STRIDE = 4;
/** Word fields: fnv1a(word); global stem id of stem(word) (stopwords too); 1 for a content word
 * (two letters or more, not a stopword). Fields from W_FIRST_COLUMN on belong to wordColumn. */
export const W_HASH = 0, W_STEM = 1, W_CONTENT = 2, W_FIRST_COLUMN = 3;
/** Stem fields: fnv1a(stem), the key of the hashed IDF table; then stemColumn's. */
export const S_HASH = 0, S_FIRST_COLUMN = 1;

/** The tables (arrays are replaced when they grow: read them after interning). */
export interface LexiconTables {
  /** The word (lower-cased, "'" for any apostrophe). */
  word: string[];
  rec: Int32Array;
  stemText: string[];
  stemRec: Int32Array;
}

export const lex: LexiconTables = {
  word: [],
  rec: new Int32Array(1024 * WORD_STRIDE),
  stemText: [],
  stemRec: new Int32Array(1024 * STEM_STRIDE),
};

/** A derived per-word or per-stem int32 (lexicon bits, hashes, keys) kept in the records. */
export interface Column {
  /** The field of the record that holds it. */
  readonly field: number;
  readonly f: (s: string) => number;
}

const wordColumns: Column[] = [];
const stemColumns: Column[] = [];
const stemIndex = new Map<string, number>();
/** Interned short keys (stem prefixes), reset with the lexicon. */
const keyIndex = new Map<string, number>();
/**
 * The open-addressing table: per slot the word's hash and id side by side (id -1: empty), so a probe
 * reads one cache line; the word's characters sit in a flat pool (`poolOff[id]`, its length), so
 * the check that the slot holds this very word reads one more, not a string object.
 */
let slots = new Int32Array(2 * 4096).fill(-1);
let pool = new Uint16Array(1 << 16);
let poolEnd = 0;
let poolOff: Int32Array = new Int32Array(1024);
let generation = 0;

/** The generation of the current ids: it changes whenever the table starts afresh. */
export function gen(): number {
  return generation;
}

function grow(a: Int32Array, n: number): Int32Array {
  if (a.length >= n) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Registers a column in one record table and fills it for the entries already interned. */
function addColumn(
  columns: Column[], first: number, stride: number, kind: string, rec: () => Int32Array, texts: readonly string[], f: (s: string) => number,
): Column {
  const c: Column = { field: first + columns.length, f };
  if (c.field >= stride) throw new Error(`lexicon: no room for another ${kind} column (raise ${kind === 'word' ? 'WORD' : 'STEM'}_STRIDE)`);
  const table = rec();
  for (let g = 0; g < texts.length; g++) table[g * stride + c.field] = f(texts[g]);
  columns.push(c);
  return c;
}

/** A per-word column: f(word) (as int32) in every interned word's record, filled as words arrive. */
export function wordColumn(f: (w: string) => number): Column {
  return addColumn(wordColumns, W_FIRST_COLUMN, WORD_STRIDE, 'word', () => lex.rec, lex.word, f);
}

/** A per-stem column, like wordColumn. */
export function stemColumn(f: (s: string) => number): Column {
  return addColumn(stemColumns, S_FIRST_COLUMN, STEM_STRIDE, 'stem', () => lex.stemRec, lex.stemText, f);
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
  poolEnd = 0;
}

function internStem(s: string): number {
  let g = stemIndex.get(s);
  if (g !== undefined) return g;
  g = lex.stemText.length;
  stemIndex.set(s, g);
  lex.stemText.push(s);
  const r = g * STEM_STRIDE;
  lex.stemRec = grow(lex.stemRec, r + STEM_STRIDE);
  lex.stemRec[r + S_HASH] = fnv1a(s);
  for (const c of stemColumns) lex.stemRec[r + c.field] = c.f(s);
  return g;
}

/** Global id of a stem already interned, or -1. */
export function stemIdOf(s: string): number {
  return stemIndex.get(s) ?? -1;
}

function insert(w: string, h: number, slot: number): number {
  const g = lex.word.length;
  lex.word.push(w);
  poolOff = grow(poolOff, g + 1);
  if (poolEnd + w.length > pool.length) {
    const b = new Uint16Array(Math.max(poolEnd + w.length, 2 * pool.length));
    b.set(pool);
    pool = b;
  }
  poolOff[g] = poolEnd;
  for (let i = 0; i < w.length; i++) pool[poolEnd++] = w.charCodeAt(i);
  const r = g * WORD_STRIDE;
  lex.rec = grow(lex.rec, r + WORD_STRIDE);
  lex.rec[r + W_HASH] = h;
  lex.rec[r + W_STEM] = internStem(stem(w));
  lex.rec[r + W_CONTENT] = w.length > 1 && !STOPWORDS.has(w) ? 1 : 0;
  for (const c of wordColumns) lex.rec[r + c.field] = c.f(w);
  slots[2 * slot] = h;
  slots[2 * slot + 1] = g;
  // Keep the table at most half full: rehash into one twice the size.
  if (4 * lex.word.length > slots.length) {
    slots = new Int32Array(slots.length * 2).fill(-1);
    const mask = (slots.length >> 1) - 1;
    for (let k = 0; k < lex.word.length; k++) {
      const hk = lex.rec[k * WORD_STRIDE + W_HASH];
      let s = hk & mask;
      while (slots[2 * s + 1] >= 0) s = (s + 1) & mask;
      slots[2 * s] = hk;
      slots[2 * s + 1] = k;
    }
  }
  return g;
}

/** Global id of word w (lower-cased as words() gives it). */
export function internWord(w: string): number {
  const h = fnv1a(w);
  const mask = (slots.length >> 1) - 1;
  let s = h & mask;
  for (;;) {
    const g = slots[2 * s + 1];
    if (g < 0) return insert(w, h, s);
    if (slots[2 * s] === (h | 0) && lex.word[g] === w) return g;
    s = (s + 1) & mask;
  }
}

/**
 * Global id of the word t[a, b) of a lower-cased text, with the code unit at `apos` (a curly
 * apostrophe, or -1 for none) read as "'" (words() writes apostrophes straight); `h` is the
 * word's fnv1a hash read that way, which the caller computed while scanning.
 */
export function internHashed(t: string, a: number, b: number, apos: number, h: number): number {
  const mask = (slots.length >> 1) - 1;
  let s = h & mask;
  for (;;) {
    const g = slots[2 * s + 1];
    if (g < 0) break;
    if (slots[2 * s] === (h | 0) && sameWord(g, t, a, b, apos)) return g;
    s = (s + 1) & mask;
  }
  return insert(apos >= 0 ? t.slice(a, apos) + "'" + t.slice(apos + 1, b) : t.slice(a, b), h, s);
}

/** True when word g is t[a, b) (read with "'" at `apos`): its pooled characters, up to the next word's. */
function sameWord(g: number, t: string, a: number, b: number, apos: number): boolean {
  const off = poolOff[g];
  const end = g + 1 < lex.word.length ? poolOff[g + 1] : poolEnd;
  if (end - off !== b - a) return false;
  for (let i = a; i < b; i++) if (pool[off + i - a] !== (i === apos ? 0x27 : t.charCodeAt(i))) return false;
  return true;
}

/**
 * Per-id marks for one pass (membership and a small value), cleared in O(1) by a new generation:
 * sets over word or stem ids without a Set. Stamp and value sit side by side (one cache line).
 */
export class Marks {
  private data: Int32Array = new Int32Array(512);
  private now = 1;

  /** Forgets every mark. */
  clear(): void {
    if (++this.now === 0x7fffffff) { this.data.fill(0); this.now = 1; }
  }

  has(id: number): boolean {
    return 2 * id < this.data.length && this.data[2 * id] === this.now;
  }

  /** The value a marked id was given. */
  get(id: number): number {
    return this.data[2 * id + 1];
  }

  /** Marks id with a value; false when it was already marked (the value is then left as it was). */
  add(id: number, v = 0): boolean {
    const i = 2 * id;
    if (i >= this.data.length) this.data = grow(this.data, Math.max(i + 2, this.data.length * 2));
    if (this.data[i] === this.now) return false;
    this.data[i] = this.now;
    this.data[i + 1] = v;
    return true;
  }
}

/**
 * Marks for the few hundred ids one document touches, hashed into a small table (slot: stamp, id,
 * value side by side) instead of indexed by id: Marks spans every id of the lexicon, so each
 * document's marks landed on cold cache lines; this table stays in the first-level cache.
 * Same contract as Marks (ids ≥ 0).
 */
export class IdMarks {
  private data: Int32Array = new Int32Array(3 * 256);
  private mask = 255;
  private count = 0;
  private now = 1;

  clear(): void {
    this.count = 0;
    if (++this.now === 0x7fffffff) { this.data.fill(0); this.now = 1; }
  }

  /** Index of id's slot, or of the empty slot where it would go. */
  private slot(id: number): number {
    const d = this.data;
    let s = Math.imul(id, 0x9e3779b1) >>> 0 & this.mask;
    while (d[3 * s] === this.now && d[3 * s + 1] !== id) s = (s + 1) & this.mask;
    return 3 * s;
  }

  has(id: number): boolean {
    return this.data[this.slot(id)] === this.now;
  }

  /** The value a marked id was given. */
  get(id: number): number {
    return this.data[this.slot(id) + 2];
  }

  /** Marks id with a value; false when it was already marked (the value is then left as it was). */
  add(id: number, v = 0): boolean {
    let i = this.slot(id);
    if (this.data[i] === this.now) return false;
    if (2 * (this.count + 1) > this.mask + 1) { this.grow(); i = this.slot(id); }
    this.data[i] = this.now;
    this.data[i + 1] = id;
    this.data[i + 2] = v;
    this.count++;
    return true;
  }

  /** The value of a marked id; an unmarked id is marked with `v`, which is returned. */
  intern(id: number, v: number): number {
    const i = this.slot(id);
    if (this.data[i] === this.now) return this.data[i + 2];
    this.add(id, v);
    return v;
  }

  /** Twice the slots, the current marks re-inserted. */
  private grow(): void {
    const old = this.data;
    const now = this.now;
    this.mask = 2 * this.mask + 1;
    this.data = new Int32Array(3 * (this.mask + 1));
    for (let i = 0; i < old.length; i += 3) {
      if (old[i] !== now) continue;
      const j = this.slot(old[i + 1]);
      this.data[j] = now;
      this.data[j + 1] = old[i + 1];
      this.data[j + 2] = old[i + 2];
    }
  }
}

/**
 * Reusable Int32Arrays for per-call counters and flags (typed arrays allocated per document cost
 * more than the loops that fill them): get(k, n, v) gives slot k with [0, n) set to v. Each caller
 * keeps its own pool and uses a slot for one array at a time.
 */
export class ScratchInts {
  private slots: Int32Array[] = [];

  get(k: number, n: number, v = 0): Int32Array {
    return this.buffer(k, n).fill(v, 0, n);
  }

  /** Slot k with room for n, its contents left as they were (for arrays the caller fills). */
  buffer(k: number, n: number): Int32Array {
    let a = this.slots[k];
    if (!a || a.length < n) a = this.slots[k] = new Int32Array(Math.max(n, 2 * (a?.length ?? 128)));
    return a;
  }
}

/** ScratchInts for Float64Arrays. */
export class ScratchFloats {
  private slots: Float64Array[] = [];

  /** Slot k with room for n, its contents left as they were. */
  buffer(k: number, n: number): Float64Array {
    let a = this.slots[k];
    if (!a || a.length < n) a = this.slots[k] = new Float64Array(Math.max(n, 2 * (a?.length ?? 128)));
    return a;
  }
}
