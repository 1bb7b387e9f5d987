/**
 * @module entities/tagger
 * The sequence tagger: per-sentence feature preparation, emission scores from hashed feature
 * weights, Viterbi over the tag transitions, and the document loop that feeds earlier predictions
 * back as features. Training (scripts/train-ner.ts) drives the same loop with its own weights.
 */
import {
  BOUNDARY_ATTRS, MAX_FEATS, ROLES, ROLE_OFFSET, capClass, contextFeatures, docCasing, flatAttrs,
  historyFeatures, isCapitalised, isUpperSentence, roleFeatures, tokenFeatures, wordEntries,
  wordKey, type WordEntry,
} from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { transitionMask } from './tags.js';

/** Adds the weights of features buckets[from .. from+count) to out[off .. off+T). */
export type Scorer = (buckets: Uint32Array, from: number, count: number, out: Float32Array, off: number) => void;

export interface TaggerSpec {
  tags: readonly string[];
  /** log2 of the number of feature buckets. */
  bits: number;
  /** Transition scores trans[prev * T + cur], prev = T for the sentence start. */
  trans: Float64Array;
  gazetteer: Gazetteer | null;
  score: Scorer;
}

/** A sentence with everything that does not depend on the model's own predictions. */
export interface PreparedSentence {
  n: number;
  attrs: Uint32Array;
  entries: WordEntry[];
  upperSentence: boolean;
  docCase: Uint8Array;
  /**
   * Training keeps every feature per token (it updates their weights); inference keeps only the
   * context features and takes the one-word features from per-word cached scores.
   */
  full: boolean;
  /**
   * Feature bucket ids, MAX_FEATS slots per token (room left for history), filled by featurize()
   * just before the sentence is tagged; inference drops them afterwards so memory stays
   * proportional to one sentence.
   */
  buckets: Uint32Array | null;
  counts: Uint8Array | null;
}

/**
 * Prepares a document's sentences (words as strings). Linear in the number of tokens.
 * `cache` is the model's word cache (wordCache()) at inference; training passes none.
 */
export function prepareDoc(sentences: readonly (readonly string[])[], cache?: Map<string, WordEntry>): PreparedSentence[] {
  const base = sentences.map((words) => {
    const entries = wordEntries(words, cache);
    const attrs = flatAttrs(entries);
    return { attrs, entries, n: words.length, upperSentence: isUpperSentence(attrs, words.length) };
  });
  const casing = docCasing(base);
  const full = cache === undefined;
  return base.map((s, k) => ({
    n: s.n, attrs: s.attrs, entries: s.entries, upperSentence: s.upperSentence, docCase: casing[k], full, buckets: null, counts: null,
  }));
}

/**
 * Reusable buffers for inference, so tagging allocates per document rather than per sentence.
 * Only one inference sentence holds the bucket buffer at a time (tagDoc releases it after use).
 */
const pool = { buckets: new Uint32Array(0), em: new Float32Array(0), back: new Uint8Array(0) };

function grow<A extends Uint32Array | Float32Array | Uint8Array>(a: A, size: number, make: (n: number) => A): A {
  return a.length >= size ? a : make(Math.max(size, a.length * 2));
}

/** Computes a sentence's static feature buckets (idempotent). */
export function featurize(s: PreparedSentence, bits: number, gazetteer: Gazetteer | null): void {
  if (s.buckets) return;
  const gaz = gazetteer ? gazetteer.match(s.attrs, s.n, s.upperSentence) : null;
  const ctx = { attrs: s.attrs, n: s.n, upperSentence: s.upperSentence, gaz, docCase: s.docCase };
  const shift = 32 - bits;
  let buckets: Uint32Array;
  if (s.full) buckets = new Uint32Array(s.n * MAX_FEATS);
  else {
    pool.buckets = grow(pool.buckets, s.n * MAX_FEATS, (n) => new Uint32Array(n));
    buckets = pool.buckets.subarray(0, s.n * MAX_FEATS);
  }
  const counts = new Uint8Array(s.n);
  for (let i = 0; i < s.n; i++) {
    const base = i * MAX_FEATS;
    const c = s.full ? tokenFeatures(ctx, i, buckets) : contextFeatures(ctx, i, buckets, base) - base;
    for (let q = base; q < base + c; q++) buckets[q] = buckets[q] >>> shift;
    counts[i] = c;
  }
  s.buckets = buckets;
  s.counts = counts;
}

const caches = new WeakMap<TaggerSpec, Map<string, WordEntry>>();

/** The word cache of a model: attributes and role scores of the words it has seen. */
export function wordCache(spec: TaggerSpec): Map<string, WordEntry> {
  let c = caches.get(spec);
  if (!c) caches.set(spec, (c = new Map()));
  return c;
}

const boundaries = new WeakMap<TaggerSpec, Float32Array>();
const scratch = new Uint32Array(MAX_FEATS);

/**
 * A word's summed weights for each role it can play: 4 variants of its own role (headline ×
 * sentence-initial), then one per neighbour role; (ROLES + 3) × T scores.
 */
function roleScores(spec: TaggerSpec, attrs: Uint32Array): Float32Array {
  const T = spec.tags.length;
  const shift = 32 - spec.bits;
  const out = new Float32Array((ROLES + 3) * T);
  for (let slot = 0; slot < ROLES + 3; slot++) {
    const role = slot < 4 ? 0 : slot - 3;
    const k = roleFeatures(attrs, 0, role, scratch, 0, slot < 4 ? slot >> 1 : 0, slot < 4 ? slot & 1 : 0);
    for (let q = 0; q < k; q++) scratch[q] = scratch[q] >>> shift;
    spec.score(scratch, 0, k, out, slot * T);
  }
  return out;
}

/**
 * What earlier sentences of the document said about each capitalised word: counts of the types it
 * was tagged with (O, PER, ORG, LOC, MISC), keyed by its lowercase form (wordKey).
 */
export class DocHistory {
  private readonly seen = new Map<number, Uint16Array>();

  /** History code for token i: 1 + the majority type (0 when the word has no history). */
  code(s: PreparedSentence, i: number): number {
    if (!isCapitalised(capClass(s.attrs, i))) return 0;
    const c = this.seen.get(wordKey(s.attrs, i));
    if (!c) return 0;
    let best = 0;
    for (let t = 1; t < 5; t++) if (c[t] > c[best]) best = t;
    return 1 + best;
  }

  /** Records a decoded sentence; typeOf maps a tag index to 0 (O) .. 4 (MISC). */
  record(s: PreparedSentence, path: Uint8Array, typeOf: Uint8Array): void {
    for (let i = 0; i < s.n; i++) {
      if (!isCapitalised(capClass(s.attrs, i))) continue;
      const key = wordKey(s.attrs, i);
      let c = this.seen.get(key);
      if (!c) {
        c = new Uint16Array(5);
        this.seen.set(key, c);
      }
      if (c[typeOf[path[i]]] < 65535) c[typeOf[path[i]]]++;
    }
  }
}

/** Writes the history features of a sentence into its reserved slots; returns per-token counts. */
export function withHistory(s: PreparedSentence, history: DocHistory, bits: number): Uint8Array {
  if (!s.buckets || !s.counts) throw new Error('withHistory: sentence not featurized');
  const shift = 32 - bits;
  const counts = new Uint8Array(s.n);
  for (let i = 0; i < s.n; i++) {
    const h = history.code(s, i);
    let c = s.counts[i];
    if (h !== 0) {
      const at = i * MAX_FEATS + c;
      c += historyFeatures(h, capClass(s.attrs, i), i === 0, s.buckets, at);
      for (let q = at; q < i * MAX_FEATS + c; q++) s.buckets[q] = s.buckets[q] >>> shift;
    }
    counts[i] = c;
  }
  return counts;
}

/** Type index (0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC) of each tag. */
export function typeIndex(tags: readonly string[]): Uint8Array {
  const order = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
  return Uint8Array.from(tags, (t) => Math.max(0, order.indexOf(t === 'O' ? 'O' : t.slice(2))));
}

/** Emission scores for a sentence: n × T, into `into` when given (zeroed first). */
export function emissions(spec: TaggerSpec, s: PreparedSentence, counts: Uint8Array, into?: Float32Array): Float32Array {
  const T = spec.tags.length;
  const out = into ? into.subarray(0, s.n * T).fill(0) : new Float32Array(s.n * T);
  const buckets = s.buckets!;
  for (let i = 0; i < s.n; i++) spec.score(buckets, i * MAX_FEATS, counts[i], out, i * T);
  if (s.full) return out;
  let edge = boundaries.get(spec);
  if (!edge) boundaries.set(spec, (edge = roleScores(spec, BOUNDARY_ATTRS)));
  for (let j = 0; j < s.n; j++) {
    const e = s.entries[j];
    e.roles ??= roleScores(spec, e.attrs);
  }
  const upper = s.upperSentence ? 2 : 0;
  for (let i = 0; i < s.n; i++) {
    for (let role = 0; role < ROLES; role++) {
      const j = i + ROLE_OFFSET[role];
      const v = j >= 0 && j < s.n ? s.entries[j].roles! : edge;
      const from = (role === 0 ? upper + (i === 0 ? 1 : 0) : role + 3) * T;
      for (let t = 0; t < T; t++) out[i * T + t] += v[from + t];
    }
  }
  return out;
}

interface Lattice {
  /** For each tag, its allowed predecessors: preds[predStart[t] .. predStart[t + 1]). */
  preds: Uint8Array;
  predStart: Uint16Array;
  /** May the sentence start on tag t? */
  first: Uint8Array;
  final: Uint8Array;
}

const lattices = new WeakMap<TaggerSpec, Lattice>();

function lattice(spec: TaggerSpec): Lattice {
  let l = lattices.get(spec);
  if (l) return l;
  const T = spec.tags.length;
  const { allowed, final } = transitionMask(spec.tags);
  const preds: number[] = [];
  const predStart = new Uint16Array(T + 1);
  for (let t = 0; t < T; t++) {
    predStart[t] = preds.length;
    for (let p = 0; p < T; p++) if (allowed[p * T + t]) preds.push(p);
  }
  predStart[T] = preds.length;
  const first = allowed.slice(T * T, T * T + T);
  l = { preds: Uint8Array.from(preds), predStart, first, final };
  lattices.set(spec, l);
  return l;
}

/** The best tag path under emission + transition scores, respecting the scheme's constraints. */
export function viterbi(spec: TaggerSpec, em: Float32Array, n: number): Uint8Array {
  const T = spec.tags.length;
  const { preds, predStart, first, final } = lattice(spec);
  const trans = spec.trans;
  const path = new Uint8Array(n);
  if (n === 0) return path;
  // Transition scores in predecessor-list order, read sequentially in the inner loop (rebuilt per
  // call: training changes them between sentences).
  const predTrans = new Float64Array(preds.length);
  for (let t = 0; t < T; t++) {
    for (let q = predStart[t]; q < predStart[t + 1]; q++) predTrans[q] = trans[preds[q] * T + t];
  }
  pool.back = grow(pool.back, n * T, (k) => new Uint8Array(k));
  const back = pool.back;
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  for (let t = 0; t < T; t++) prev[t] = first[t] ? trans[T * T + t] + em[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let q = predStart[t]; q < predStart[t + 1]; q++) {
        const v = prev[preds[q]] + predTrans[q];
        if (v > best) { best = v; arg = preds[q]; }
      }
      cur[t] = best + em[i * T + t];
      back[i * T + t] = arg;
    }
    const tmp = prev; prev = cur; cur = tmp;
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (final[t] && prev[t] > best) { best = prev[t]; arg = t; }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/**
 * Tags a prepared document sentence by sentence, feeding each sentence's predictions into the
 * history the next ones see. `visit` lets training see the features and the path it decoded.
 */
export function tagDoc(
  spec: TaggerSpec,
  doc: readonly PreparedSentence[],
  visit?: (k: number, s: PreparedSentence, counts: Uint8Array, path: Uint8Array) => void,
  keepFeatures = false,
): Uint8Array[] {
  const history = new DocHistory();
  const typeOf = typeIndex(spec.tags);
  const out: Uint8Array[] = [];
  for (let k = 0; k < doc.length; k++) {
    const s = doc[k];
    featurize(s, spec.bits, spec.gazetteer);
    const counts = withHistory(s, history, spec.bits);
    pool.em = grow(pool.em, s.n * spec.tags.length, (n) => new Float32Array(n));
    const path = viterbi(spec, emissions(spec, s, counts, pool.em), s.n);
    visit?.(k, s, counts, path);
    history.record(s, path, typeOf);
    if (!keepFeatures) { s.buckets = null; s.counts = null; }
    out.push(path);
  }
  return out;
}
