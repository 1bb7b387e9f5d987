/**
 * @module integrity/stance-train
 * Fitting and cross-validating the two-stage stance model on FNC-1 pairs. Shared by
 * scripts/integrity-train-stance.ts (which writes the shipped weights) and `sitrep eval stance`
 * (which reports body-split cross-validation, the honest figure for pairs the model has not seen).
 */
import { fncScores, type FncScores, type Stance } from '../eval/metrics/fnc.js';
import { contentStems, fnv1a } from './text.js';
import { prepareWords } from './prepare.js';
import { pairFeatures, stanceHashes, type Idf } from './stance-features.js';
import { train, type Example, type LinearModel } from './linear.js';
import { bodySentences, combine, SPARSE_BITS, STAGE2_CLASSES, IDF_BITS, IDF_SCALE } from './stance.js';

export interface Pair { id: string; headline: string; body_id: number; stance: Stance }
export interface Body { body_id: number; body: string }
export interface Row { pair: Pair; x: number[]; h: number[] }

export interface FitParams {
  l2: number;
  l2Sparse: number;
  epochs: number;
  /** Stage-2 weight of `disagree` and `agree` examples (discuss is 1). */
  wDisagree: number;
  wAgree: number;
}

/**
 * Defaults chosen by five-fold body-split cross-validation on ../shared/datasets/fnc1
 * (scripts/integrity-train-stance.ts; env L2, L2S, EPOCHS, W_DISAGREE, W_AGREE override them).
 */
export const DEFAULT_PARAMS: FitParams = { l2: 30, l2Sparse: 3000, epochs: 12, wDisagree: 6, wAgree: 1.4 };

/** Hashed IDF over stems: log((N+1)/(df+1)) + 1, quantised to a byte (x IDF_SCALE). */
export function buildIdfTable(bodies: string[]): Uint8Array {
  const df = new Uint32Array(1 << IDF_BITS);
  const mask = (1 << IDF_BITS) - 1;
  for (const b of bodies) for (const s of new Set(contentStems(b))) df[fnv1a(s) & mask]++;
  const table = new Uint8Array(1 << IDF_BITS);
  const n = bodies.length;
  for (let i = 0; i < table.length; i++) table[i] = Math.min(255, Math.round((Math.log((n + 1) / (df[i] + 1)) + 1) * IDF_SCALE));
  return table;
}

export function featurize(pairs: Pair[], bodies: Body[], idf: Idf): Row[] {
  const sents = new Map(bodies.map((b) => [b.body_id, bodySentences(b.body)]));
  const prepared = new Map([...sents].map(([id, s]) => [id, prepareWords(s)]));
  return pairs.map((pair) => {
    const s = sents.get(pair.body_id) ?? [];
    const pre = prepared.get(pair.body_id) ?? prepareWords(s);
    const a = pairFeatures(pair.headline, s, idf, pre);
    return { pair, x: a.features, h: stanceHashes(pair.headline, pre, a.ranked, SPARSE_BITS) };
  });
}

export function fit(rows: Row[], p: FitParams): { related: LinearModel; stance: LinearModel } {
  const ex1: Example[] = rows.map((r) => ({ x: r.x, y: r.pair.stance === 'unrelated' ? 0 : 1 }));
  const related = train(ex1, ['unrelated', 'related'], { l2: p.l2, epochs: p.epochs, seed: 1 });
  const weight = (s: Stance): number => (s === 'disagree' ? p.wDisagree : s === 'agree' ? p.wAgree : 1);
  const ex2: Example[] = rows
    .filter((r) => r.pair.stance !== 'unrelated')
    .map((r) => ({ x: r.x, h: r.h, y: STAGE2_CLASSES.indexOf(r.pair.stance as never), weight: weight(r.pair.stance) }));
  const stance = train(ex2, [...STAGE2_CLASSES], { l2: p.l2, l2Sparse: p.l2Sparse, epochs: p.epochs, seed: 2, sparseBits: SPARSE_BITS });
  return { related, stance };
}

/** K-fold cross-validation split by body: a body's pairs never straddle train and test. */
export function crossValidate(rows: Row[], p: FitParams, k = 5): FncScores & { pairs: number } {
  const ids = [...new Set(rows.map((r) => r.pair.body_id))].sort((a, b) => fnv1a(String(a)) - fnv1a(String(b)));
  const foldOf = new Map(ids.map((id, i) => [id, i % k]));
  const gold: Stance[] = [];
  const pred: Stance[] = [];
  for (let f = 0; f < k; f++) {
    const m = fit(rows.filter((r) => foldOf.get(r.pair.body_id) !== f), p);
    for (const r of rows.filter((r) => foldOf.get(r.pair.body_id) === f)) {
      gold.push(r.pair.stance);
      pred.push(combine(m.related, m.stance, r.x, r.h).verdict);
    }
  }
  return { ...fncScores(gold, pred), pairs: gold.length };
}
