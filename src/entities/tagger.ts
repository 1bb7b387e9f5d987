/**
 * @module entities/tagger
 * The sequence tagger: per-sentence feature preparation, emission scores from hashed feature
 * weights (every feature at training; infer.ts at inference), Viterbi (viterbi.ts), and the
 * document loop that feeds earlier predictions back as features. Training (scripts/train-ner.ts)
 * drives the same loop with its own weights.
 */
import {
  ATTRS, MAX_FEATS, capClass, docCasing, docKeys, historyFeatures, isUpperSentence, tokenFeatures, wordsAttrs,
} from './features.js';
import { WordTable } from './word-table.js';
import type { Gazetteer } from './gazetteer.js';
import { DocHistory } from './history.js';
import { inferEmissions } from './infer.js';
import { viterbi } from './viterbi.js';

export { DocHistory } from './history.js';
export { viterbi } from './viterbi.js';

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
  /** At inference, the words' ids in `table` (infer.ts keys per-word scores on them). */
  ids: Int32Array | null;
  table: WordTable | null;
  upperSentence: boolean;
  docCase: Uint8Array;
  /** Per token, its document key (docKeys: one number per wordKey in the document). */
  keys: Int32Array;
  /** Distinct document keys in the whole document. */
  keyCount: number;
  /**
   * Training hashes every feature per token (it updates their weights); inference computes
   * emissions from per-word and per-model sums instead (infer.ts) and never fills `buckets`.
   */
  full: boolean;
  /**
   * Feature bucket ids, MAX_FEATS slots per token (room left for history), filled by featurize()
   * just before the sentence is tagged (training only).
   */
  buckets: Uint32Array | null;
  counts: Uint8Array | null;
}

/**
 * Prepares a document's sentences (words as strings). Linear in the number of tokens.
 * `table` is the model's word table (wordCache()) at inference; training passes none.
 */
export function prepareDoc(sentences: readonly (readonly string[])[], table?: WordTable): PreparedSentence[] {
  // One attribute buffer per document, viewed per sentence: far fewer allocations than one each.
  let total = 0;
  for (const words of sentences) total += words.length;
  const all = new Uint32Array(total * ATTRS);
  const allIds = table ? new Int32Array(total) : null;
  const allKeys = new Int32Array(total);
  table?.startDocument();
  let at = 0;
  const base = sentences.map((words) => {
    const n = words.length;
    const attrs = all.subarray(at * ATTRS, (at + n) * ATTRS);
    let ids: Int32Array | null = null;
    if (table && allIds) {
      ids = allIds.subarray(at, at + n);
      table.lookup(words, ids, attrs, 0);
    } else {
      wordsAttrs(words, attrs);
    }
    const keys = allKeys.subarray(at, at + n);
    at += n;
    return { attrs, ids, keys, n, upperSentence: isUpperSentence(attrs, n) };
  });
  const keyCount = table && allIds ? table.docKeys(allIds, total, allKeys) : docKeys(all, total, allKeys);
  const casing = docCasing(base, keyCount);
  const full = table === undefined;
  return base.map((s, k) => ({
    n: s.n, attrs: s.attrs, ids: s.ids, table: table ?? null, upperSentence: s.upperSentence, docCase: casing[k], keys: s.keys, keyCount,
    full, buckets: null, counts: null,
  }));
}

/** Emission buffer reused across inference sentences (tagging is synchronous). */
let emBuffer = new Float32Array(0);

/** Computes a training sentence's feature buckets, every feature of every token (idempotent). */
export function featurize(s: PreparedSentence, bits: number, gazetteer: Gazetteer | null): void {
  if (s.buckets) return;
  if (!s.full) throw new Error('featurize: inference sentences are scored by inferEmissions');
  const gaz = gazetteer ? gazetteer.match(s.attrs, s.n, s.upperSentence) : null;
  const ctx = { attrs: s.attrs, n: s.n, upperSentence: s.upperSentence, gaz, docCase: s.docCase };
  const shift = 32 - bits;
  const buckets = new Uint32Array(s.n * MAX_FEATS);
  const counts = new Uint8Array(s.n);
  for (let i = 0; i < s.n; i++) {
    const base = i * MAX_FEATS;
    const c = tokenFeatures(ctx, i, buckets);
    for (let q = base; q < base + c; q++) buckets[q] = buckets[q] >>> shift;
    counts[i] = c;
  }
  s.buckets = buckets;
  s.counts = counts;
}

const caches = new WeakMap<TaggerSpec, WordTable>();

/** The word table of a model: the words it has seen, whose role scores infer.ts keeps. */
export function wordCache(spec: TaggerSpec): WordTable {
  let c = caches.get(spec);
  if (!c) caches.set(spec, (c = new WordTable()));
  return c;
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

const typeIndexes = new WeakMap<readonly string[], Uint8Array>();

/** Type index (0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC) of each tag. */
export function typeIndex(tags: readonly string[]): Uint8Array {
  let out = typeIndexes.get(tags);
  if (out) return out;
  const order = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
  out = Uint8Array.from(tags, (t) => Math.max(0, order.indexOf(t === 'O' ? 'O' : t.slice(2))));
  typeIndexes.set(tags, out);
  return out;
}

/** Training's emission scores for a featurized sentence: n × T, from every feature's weights. */
export function emissions(spec: TaggerSpec, s: PreparedSentence, counts: Uint8Array): Float32Array {
  const T = spec.tags.length;
  const out = new Float32Array(s.n * T);
  const buckets = s.buckets!;
  for (let i = 0; i < s.n; i++) spec.score(buckets, i * MAX_FEATS, counts[i], out, i * T);
  return out;
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
    let path: Uint8Array;
    if (s.full) {
      featurize(s, spec.bits, spec.gazetteer);
      const counts = withHistory(s, history, spec.bits);
      path = viterbi(spec, emissions(spec, s, counts), s.n);
      visit?.(k, s, counts, path);
      if (!keepFeatures) { s.buckets = null; s.counts = null; }
    } else {
      if (emBuffer.length < s.n * spec.tags.length) emBuffer = new Float32Array(Math.max(s.n * spec.tags.length, emBuffer.length * 2));
      path = viterbi(spec, inferEmissions(spec, s, history, emBuffer), s.n);
    }
    history.record(s, path, typeOf);
    out.push(path);
  }
  return out;
}
