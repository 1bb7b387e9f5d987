/**
 * @module integrity/topic
 * Lexical cohesion over a document's sentences with per-document integer ids and typed arrays:
 * IDF-weighted cosines between sentence windows in time linear in the window's words (the
 * integrity layer's budget is under a millisecond per article).
 */
import { IdMarks } from './lexicon.js';

export interface TopicIndex {
  /**
   * Term ids of all sentences (repeats kept: term frequency); sentence s's are [off[s], off[s + 1]),
   * all of them [0, nIds). The arrays may be longer than they need (scratch buffers, see finishIndex).
   */
  ids: Int32Array;
  off: Int32Array;
  nIds: number;
  /** Squared IDF per id, [0, size). */
  w2: Float64Array;
  /** IDF per id, [0, size). */
  w: Float64Array;
  size: number;
}

/**
 * Scratch counters shared by every Windows and Prefix (allocating typed arrays per document cost
 * more than the cosines): all zero between calls, grown to the largest index seen. The stage runs
 * one call at a time, so instances may share them; Prefix zeroes its part when it is built.
 */
const scratch = { a: new Int32Array(256), b: new Int32Array(256), tA: new Int32Array(256), tB: new Int32Array(256), before: new Int32Array(256), total: new Int32Array(256) };

function ensureScratch(n: number): void {
  if (n <= scratch.a.length) return;
  const m = Math.max(n, 2 * scratch.a.length);
  // Fresh arrays are zero, as the counters must be.
  scratch.a = new Int32Array(m);
  scratch.b = new Int32Array(m);
  scratch.tA = new Int32Array(m);
  scratch.tB = new Int32Array(m);
  scratch.before = new Int32Array(m);
  scratch.total = new Int32Array(m);
}

/** An index over term lists, ids in order of first appearance, weighted by `weight(term)`. */
export function indexLists(lists: readonly (readonly number[])[], weight: (term: number) => number): TopicIndex {
  const local = new Map<number, number>();
  const w: number[] = [];
  const off = new Int32Array(lists.length + 1);
  const ids: number[] = [];
  lists.forEach((l, s) => {
    off[s] = ids.length;
    for (const t of l) {
      let k = local.get(t);
      if (k === undefined) { local.set(t, (k = w.length)); w.push(weight(t)); }
      ids.push(k);
    }
  });
  off[lists.length] = ids.length;
  return finishIndex(new Int32Array(ids), off, new Float64Array(w), w.length, new Float64Array(w.length));
}

/**
 * Buffers reused from document to document (typed arrays allocated per document cost more than
 * the loops that fill them, and their backing stores keep the collector busy): the squared IDF of
 * the last index finishIndex built, and the ids, first-sight table and unit weights of the last
 * coarse index. An index is valid until the next one of its kind is built: the stage builds and
 * uses one at a time (the stance check's, then the coherence check's with its coarse index).
 */
let w2Buf = new Float64Array(256);
let coarseIds = new Int32Array(1024);
let coarseOf = new Int32Array(256);
let ones = new Float64Array(256).fill(1);

/**
 * Packs ids, offsets and weights [0, size) (with their squares, used by every cosine) into a
 * TopicIndex; the squares go into `w2` when given, else into a shared buffer (see w2Buf).
 */
export function finishIndex(ids: Int32Array, off: Int32Array, w: Float64Array, size: number, w2?: Float64Array): TopicIndex {
  if (!w2) {
    if (w2Buf.length < size) w2Buf = new Float64Array(Math.max(size, 2 * w2Buf.length));
    w2 = w2Buf;
  }
  for (let k = 0; k < size; k++) w2[k] = w[k] * w[k];
  return { ids, off, nIds: off[off.length - 1], w, w2, size };
}

/** Coarse ids of the keys (non-negative, as keyId gives them), per call. */
const byKey = new IdMarks();

/**
 * The index of `key[term]` over the same sentences, unweighted (IDF 1): terms that share a key
 * (stems that share a prefix) become one, numbered in order of first appearance.
 */
export function coarsen(ix: TopicIndex, key: ArrayLike<number>): TopicIndex {
  if (coarseOf.length < ix.size) coarseOf = new Int32Array(Math.max(ix.size, 2 * coarseOf.length));
  if (coarseIds.length < ix.nIds) coarseIds = new Int32Array(Math.max(ix.nIds, 2 * coarseIds.length));
  const of = coarseOf.fill(-1, 0, ix.size);
  const ids = coarseIds;
  byKey.clear();
  let size = 0;
  for (let i = 0; i < ix.nIds; i++) {
    const t = ix.ids[i];
    let k = of[t];
    if (k < 0) {
      k = byKey.intern(key[t], size);
      if (k === size) size++;
      of[t] = k;
    }
    ids[i] = k;
  }
  if (ones.length < size) ones = new Float64Array(Math.max(size, 2 * ones.length)).fill(1);
  return { ids, off: ix.off, nIds: ix.nIds, w: ones, w2: ones, size };
}

/**
 * Reusable accumulators for window cosines over one index: term counts and the list of terms each
 * window touched, in integer typed arrays (counts are small integers, so their products are exact
 * and the sums the same as with float counts).
 */
export class Windows {
  private a: Int32Array;
  private b: Int32Array;
  private touchedA: Int32Array;
  private touchedB: Int32Array;

  constructor(private ix: TopicIndex) {
    ensureScratch(ix.size);
    this.a = scratch.a;
    this.b = scratch.b;
    this.touchedA = scratch.tA;
    this.touchedB = scratch.tB;
  }

  /** Cosine between sentences [a0, a1) and [b0, b1), weighted by `weights` (w2 for IDF², null for plain). */
  cosine(a0: number, a1: number, b0: number, b1: number, weights: Float64Array | null = this.ix.w2): number {
    const { a, b, touchedA, touchedB } = this;
    const { ids, off } = this.ix;
    let nA = 0;
    let nB = 0;
    for (let i = off[a0], e = off[a1]; i < e; i++) { const k = ids[i]; if (a[k] === 0) touchedA[nA++] = k; a[k]++; }
    for (let i = off[b0], e = off[b1]; i < e; i++) { const k = ids[i]; if (b[k] === 0) touchedB[nB++] = k; b[k]++; }
    let dot = 0;
    let na = 0;
    let nb = 0;
    // Terms summed in order of first appearance in each window (the float sums depend on the order).
    if (weights) {
      for (let t = 0; t < nA; t++) { const k = touchedA[t]; const x = weights[k]; const ak = a[k]; na += ak * ak * x; dot += ak * b[k] * x; a[k] = 0; }
      for (let t = 0; t < nB; t++) { const k = touchedB[t]; const bk = b[k]; nb += bk * bk * weights[k]; b[k] = 0; }
    } else {
      for (let t = 0; t < nA; t++) { const k = touchedA[t]; const ak = a[k]; na += ak * ak; dot += ak * b[k]; a[k] = 0; }
      for (let t = 0; t < nB; t++) { const k = touchedB[t]; const bk = b[k]; nb += bk * bk; b[k] = 0; }
    }
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  }
}

/**
 * Everything before a moving boundary, as running sums: cosine of the prefix with the rest of the
 * text and with the next sentences, in time linear in the words added or compared (not in the
 * prefix's length, which made long articles quadratic).
 */
export class Prefix {
  /** Term counts (integers, as in Windows). */
  private before: Int32Array;
  private total: Int32Array;
  private totalNorm = 0;
  private norm = 0;
  private dotTotal = 0;
  private scratch: Int32Array;
  private touched: Int32Array;

  constructor(private ix: TopicIndex) {
    ensureScratch(ix.size);
    // Counts of its own, zeroed; the cosWith counters are Windows' (zero between calls).
    this.before = scratch.before.fill(0, 0, ix.size);
    this.total = scratch.total.fill(0, 0, ix.size);
    this.scratch = scratch.a;
    this.touched = scratch.tA;
    for (let i = 0; i < ix.nIds; i++) this.total[ix.ids[i]]++;
    for (let k = 0; k < ix.size; k++) this.totalNorm += this.total[k] * this.total[k] * ix.w2[k];
  }

  /** Adds sentence s to the prefix: |p + v|² = |p|² + 2 p·v + |v|², p·total grows by v·total. */
  add(s: number): void {
    const { ids, off, w2 } = this.ix;
    for (let i = off[s], e = off[s + 1]; i < e; i++) {
      const k = ids[i];
      this.norm += (2 * this.before[k] + 1) * w2[k];
      this.dotTotal += this.total[k] * w2[k];
      this.before[k]++;
    }
  }

  /** Cosine of the prefix with the rest of the text (total − prefix). */
  cosRest(): number {
    const restNorm = this.totalNorm - 2 * this.dotTotal + this.norm;
    return restNorm > 1e-9 && this.norm > 0 ? (this.dotTotal - this.norm) / Math.sqrt(this.norm * restNorm) : 0;
  }

  /** Cosine of the prefix with sentences [b0, b1). */
  cosWith(b0: number, b1: number): number {
    const sc = this.scratch;
    const w2 = this.ix.w2;
    const { touched, before } = this;
    const { ids, off } = this.ix;
    let nT = 0;
    for (let i = off[b0], e = off[b1]; i < e; i++) { const k = ids[i]; if (sc[k] === 0) touched[nT++] = k; sc[k]++; }
    let dot = 0;
    let n = 0;
    for (let t = 0; t < nT; t++) { const k = touched[t]; const c = sc[k]; dot += before[k] * c * w2[k]; n += c * c * w2[k]; sc[k] = 0; }
    return n && this.norm ? dot / Math.sqrt(n * this.norm) : 0;
  }
}
