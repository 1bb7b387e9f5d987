/**
 * @module integrity/topic
 * Lexical cohesion over a document's sentences with per-document integer ids and typed arrays:
 * IDF-weighted cosines between sentence windows in time linear in the window's words (the
 * integrity layer's budget is under a millisecond per article).
 */

export interface TopicIndex {
  /** Stem ids per sentence (repeats kept: term frequency); plain small-integer arrays, which V8
   * builds several times faster than one typed array per sentence. */
  ids: number[][];
  /** Squared IDF per id. */
  w2: Float64Array;
  /** IDF per id. */
  w: Float64Array;
  size: number;
  /** The stem behind each id. */
  terms: string[];
}

/** Ids in order of first appearance. */
export function indexStems(stems: string[][], idf: (s: string) => number): TopicIndex {
  const id = new Map<string, number>();
  const w: number[] = [];
  const terms: string[] = [];
  const ids: number[][] = new Array(stems.length);
  for (let si = 0; si < stems.length; si++) {
    const l = stems[si];
    const a: number[] = new Array(l.length);
    for (let i = 0; i < l.length; i++) {
      const s = l[i];
      let k = id.get(s);
      if (k === undefined) {
        k = w.length;
        id.set(s, k);
        w.push(idf(s));
        terms.push(s);
      }
      a[i] = k;
    }
    ids[si] = a;
  }
  return finishIndex(ids, w, terms);
}

/** Packs the collected weights (and their squares, used by every cosine) into a TopicIndex. */
function finishIndex(ids: number[][], w: number[], terms: string[]): TopicIndex {
  const wa = Float64Array.from(w);
  const w2 = new Float64Array(wa.length);
  for (let k = 0; k < wa.length; k++) w2[k] = wa[k] * wa[k];
  return { ids, w: wa, w2, size: w.length, terms };
}

/** Stems already interned per document: ids into `terms` (see prepareWords). */
export interface StemIds {
  ids: readonly (readonly number[])[];
  terms: readonly string[];
}

/**
 * indexStems over interned stems: the same ids (first appearance), weights and terms as
 * indexStems(ids mapped to terms, idf), with array lookups instead of a string map per word.
 */
export function indexStemIds(s: StemIds, idf: (s: string) => number): TopicIndex {
  const local = new Int32Array(s.terms.length).fill(-1);
  const w: number[] = [];
  const terms: string[] = [];
  const ids: number[][] = new Array(s.ids.length);
  for (let si = 0; si < s.ids.length; si++) {
    const l = s.ids[si];
    const a: number[] = new Array(l.length);
    for (let i = 0; i < l.length; i++) {
      const g = l[i];
      let k = local[g];
      if (k < 0) {
        k = local[g] = w.length;
        w.push(idf(s.terms[g]));
        terms.push(s.terms[g]);
      }
      a[i] = k;
    }
    ids[si] = a;
  }
  return finishIndex(ids, w, terms);
}

/**
 * The index of `key(stem)` over the same sentences, unweighted (IDF 1): what indexStems would
 * build from the mapped stems, with `key` called once per distinct stem instead of once per word.
 */
export function coarsen(ix: TopicIndex, key: (s: string) => string): TopicIndex {
  const id = new Map<string, number>();
  const terms: string[] = [];
  const of = new Int32Array(ix.size).fill(-1);
  const ids = ix.ids.map((l) => {
    const a: number[] = new Array(l.length);
    for (let i = 0; i < l.length; i++) {
      let k = of[l[i]];
      if (k < 0) {
        const s = key(ix.terms[l[i]]);
        let j = id.get(s);
        if (j === undefined) {
          j = terms.length;
          id.set(s, j);
          terms.push(s);
        }
        of[l[i]] = k = j;
      }
      a[i] = k;
    }
    return a;
  });
  const ones = new Float64Array(terms.length).fill(1);
  return { ids, w: ones, w2: ones, size: terms.length, terms };
}

/** Reusable accumulators for window cosines over one index. */
export class Windows {
  private a: Float64Array;
  private b: Float64Array;
  private touchedA: number[] = [];
  private touchedB: number[] = [];

  constructor(private ix: TopicIndex) {
    this.a = new Float64Array(ix.size);
    this.b = new Float64Array(ix.size);
  }

  /** Cosine between sentences [a0, a1) and [b0, b1), weighted by `weights` (w2 for IDF², null for plain). */
  cosine(a0: number, a1: number, b0: number, b1: number, weights: Float64Array | null = this.ix.w2): number {
    const { a, b, touchedA, touchedB } = this;
    for (let s = a0; s < a1; s++) {
      const ids = this.ix.ids[s];
      for (let i = 0; i < ids.length; i++) { const k = ids[i]; if (a[k] === 0) touchedA.push(k); a[k]++; }
    }
    for (let s = b0; s < b1; s++) {
      const ids = this.ix.ids[s];
      for (let i = 0; i < ids.length; i++) { const k = ids[i]; if (b[k] === 0) touchedB.push(k); b[k]++; }
    }
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const k of touchedA) { const x = weights ? weights[k] : 1; na += a[k] * a[k] * x; dot += a[k] * b[k] * x; }
    for (const k of touchedB) { const x = weights ? weights[k] : 1; nb += b[k] * b[k] * x; }
    for (const k of touchedA) a[k] = 0;
    for (const k of touchedB) b[k] = 0;
    touchedA.length = 0;
    touchedB.length = 0;
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  }
}

/**
 * Everything before a moving boundary, as running sums: cosine of the prefix with the rest of the
 * text and with the next sentences, in time linear in the words added or compared (not in the
 * prefix's length, which made long articles quadratic).
 */
export class Prefix {
  private before: Float64Array;
  private total: Float64Array;
  private totalNorm = 0;
  private norm = 0;
  private dotTotal = 0;
  private scratch: Float64Array;

  constructor(private ix: TopicIndex) {
    this.before = new Float64Array(ix.size);
    this.total = new Float64Array(ix.size);
    this.scratch = new Float64Array(ix.size);
    for (const s of ix.ids) for (let i = 0; i < s.length; i++) this.total[s[i]]++;
    for (let k = 0; k < ix.size; k++) this.totalNorm += this.total[k] * this.total[k] * ix.w2[k];
  }

  /** Adds sentence s to the prefix: |p + v|² = |p|² + 2 p·v + |v|², p·total grows by v·total. */
  add(s: number): void {
    const ids = this.ix.ids[s];
    const w2 = this.ix.w2;
    for (let i = 0; i < ids.length; i++) {
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
    const touched: number[] = [];
    for (let s = b0; s < b1; s++) {
      const ids = this.ix.ids[s];
      for (let i = 0; i < ids.length; i++) { const k = ids[i]; if (sc[k] === 0) touched.push(k); sc[k]++; }
    }
    let dot = 0;
    let n = 0;
    for (const k of touched) { dot += this.before[k] * sc[k] * w2[k]; n += sc[k] * sc[k] * w2[k]; sc[k] = 0; }
    return n && this.norm ? dot / Math.sqrt(n * this.norm) : 0;
  }
}
